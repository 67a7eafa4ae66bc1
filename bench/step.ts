import { build } from 'vite';
import { MARKS } from '../src/app/marks';
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

/** Runs in the page: taps Next; ms from the tap until the next step is on screen, and until it is saved. */
function tapNextAndTime(marks: typeof MARKS): Promise<Tap> {
  return new Promise((resolve) => {
    const shownBefore = performance.getEntriesByName(marks.stepShown).length;
    const savedBefore = performance.getEntriesByName(marks.eventSaved).length;
    const next = document.querySelector<HTMLButtonElement>('.nav-next');
    let tappedAt = 0;
    next?.addEventListener('click', (e) => (tappedAt = e.timeStamp), { once: true, capture: true });
    const check = () => {
      const shown = performance.getEntriesByName(marks.stepShown).slice(shownBefore);
      const saved = performance
        .getEntriesByName(marks.eventSaved)
        .slice(savedBefore)
        .filter((m) => (m as PerformanceMark).detail === 'step.completed');
      if (shown[0] && saved[0]) resolve({ shown: shown[0].startTime - tappedAt, saved: saved[0].startTime - tappedAt });
      else setTimeout(check, 2);
    };
    next?.click();
    check();
  });
}

/**
 * From tapping Next to the next step shown and its event durably saved (the later of the
 * two), CPU slowed 4×, over every step of every lesson, twice (practice done first, untimed).
 */
export async function step(): Promise<Record<string, unknown>> {
  await build({ logLevel: 'warn', configLoader: 'runner' });
  const [browser, server] = await Promise.all([launchChromium(), startStaticServer(DIST)]);
  try {
    const page = await browser.newPage({ viewport: { width: 820, height: 1180 } });
    // tsx names functions with a helper that the page lacks; functions sent to the page need it.
    await page.addInitScript('globalThis.__name = (f) => f;');
    await page.goto(server.url);
    await newLearner(page, 'Sam');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

    const taps: Tap[] = [];
    // Every step of every lesson, twice: this shared machine's noise needs many taps for a steady median.
    for (const lesson of [...lessons, ...lessons]) {
      await page.goto(`${server.url}#/lesson/${lesson.id}/1`);
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
    }
    const times = taps.map((t) => Math.max(t.shown, t.saved));
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
    ]);
    console.log(`${taps.length} taps.`);
    console.log(`Next to the next step shown and saved, CPU ${CPU_SLOWDOWN}× slower; budget median ${BUDGET_MS} ms`);
    return { medianMs, p95Ms };
  } finally {
    await browser.close();
    await server.close();
  }
}
