import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { MARKS } from '../src/app/marks';
import type { Lesson } from '../src/core/lesson';
import { lessons } from '../src/lessons';
import { launchChromium } from '../tests/e2e/browser';
import { newLearner } from '../tests/e2e/learner-in-browser';
import { doStepAction, stepHeading } from '../tests/e2e/lesson-in-browser';
import { DIST } from '../tests/e2e/serve';
import { startStaticServer } from '../tests/e2e/static-server';
import { median, percentile, round1 } from './lib/stats';

const CPU_SLOWDOWN = 4;
const BUDGET_MS = 50;

interface Tap {
  shown: number;
  saved: number;
}

/**
 * Runs in the page: taps Next; ms from the tap until the next step is on screen, and until it
 * is saved. Marks are watched with an observer, not polled, so the timing adds no work of its own.
 */
function tapNextAndTime(marks: typeof MARKS): Promise<Tap> {
  return new Promise((resolve) => {
    const next = document.querySelector<HTMLButtonElement>('.nav-next');
    // The step on screen now: a late mark of its own is not the next step's.
    const current = (performance.getEntriesByName(marks.stepShown).at(-1) as PerformanceMark | undefined)?.detail;
    let tappedAt = 0;
    let shown: number | undefined;
    let saved: number | undefined;
    next?.addEventListener('click', (e) => (tappedAt = e.timeStamp), { once: true, capture: true });
    const observer = new PerformanceObserver((list) => {
      for (const mark of list.getEntries() as PerformanceMark[]) {
        if (mark.name === marks.stepShown && mark.detail !== current) shown ??= mark.startTime;
        if (mark.name === marks.eventSaved && mark.detail === 'step.completed') saved ??= mark.startTime;
      }
      if (shown !== undefined && saved !== undefined) {
        observer.disconnect();
        resolve({ shown: shown - tappedAt, saved: saved - tappedAt });
      }
    });
    observer.observe({ type: 'mark' });
    next?.click();
  });
}

/** A tablet with a learner signed in, its CPU slowed 4×, ready to go through lessons. */
async function tablet(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 820, height: 1180 } });
  // tsx names functions with a helper that the page lacks; functions sent to the page need it.
  await page.addInitScript('globalThis.__name = (f) => f;');
  await page.goto(url);
  await newLearner(page, 'Sam');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return page;
}

/** Every step of a lesson, practice done first (untimed), then Next timed. */
async function tapThrough(page: Page, url: string, lesson: Lesson): Promise<Tap[]> {
  const taps: Tap[] = [];
  await page.goto(`${url}#/lesson/${lesson.id}/1`);
  for (const current of lesson.steps) {
    if (current.type === 'done') break;
    await page.waitForFunction(
      (n) => document.querySelector('.step-count')?.textContent?.includes(n),
      String(lesson.steps.indexOf(current) + 1),
    );
    await stepHeading(page);
    await doStepAction(page, lesson, current);
    taps.push(await page.evaluate(tapNextAndTime, MARKS));
  }
  return taps;
}

const timesOf = (taps: readonly Tap[]) => taps.map((t) => Math.max(t.shown, t.saved));

/**
 * From tapping Next to the next step shown and its event durably saved (the later of the
 * two), CPU slowed 4×, over every step of every lesson, twice (practice done first, untimed).
 * With `--against DIR`, another build of Hubsteps goes through the same lessons in turn with
 * this one, lesson by lesson: an A/B of two versions in the same minutes.
 */
export async function step(against?: string): Promise<Record<string, unknown>> {
  await build({ logLevel: 'warn', configLoader: 'bundle' });
  const browser = await launchChromium();
  const servers = await Promise.all([startStaticServer(DIST), ...(against ? [startStaticServer(against)] : [])]);
  try {
    const [server, otherServer] = servers;
    if (!server) throw new Error('no server');
    const page = await tablet(browser, server.url);
    const otherPage = otherServer ? await tablet(browser, otherServer.url) : null;
    const taps: Tap[] = [];
    const otherTaps: Tap[] = [];
    // Every step of every lesson, twice: this shared machine's noise needs many taps for a steady median.
    for (const lesson of [...lessons, ...lessons]) {
      taps.push(...(await tapThrough(page, server.url, lesson)));
      if (otherPage && otherServer) otherTaps.push(...(await tapThrough(otherPage, otherServer.url, lesson)));
    }
    const times = timesOf(taps);
    const medianMs = round1(median(times));
    const p95Ms = round1(percentile(times, 0.95));
    const row = (what: string, values: number[]) => ({
      what,
      'median ms': round1(median(values)),
      'p95 ms': round1(percentile(values, 0.95)),
    });
    console.table([
      row('shown and saved', times),
      row(
        'next step shown',
        taps.map((t) => t.shown),
      ),
      row(
        'event saved',
        taps.map((t) => t.saved),
      ),
      ...(otherTaps.length ? [row('the other build: shown and saved', timesOf(otherTaps))] : []),
    ]);
    console.log(`${taps.length} taps.`);
    console.log(`Next to the next step shown and saved, CPU ${CPU_SLOWDOWN}× slower; budget median ${BUDGET_MS} ms`);
    if (!otherTaps.length) return { medianMs, p95Ms };
    const againstMs = round1(median(timesOf(otherTaps)));
    console.log(`The other build (${against}), lesson by lesson in turn with this one: median ${againstMs} ms`);
    return { medianMs, p95Ms, againstMs };
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
}
