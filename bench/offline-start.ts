import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { build } from 'vite';
import { MARKS } from '../src/app/marks';
import { SESSION_KEY } from '../src/app/session';
import { launchChromium } from '../tests/e2e/browser';
import { newLearner } from '../tests/e2e/learner-in-browser';
import { waitUntilReadyOffline } from '../tests/e2e/offline-helpers';
import { DIST } from '../tests/e2e/serve';
import { type StaticServer, startStaticServer } from '../tests/e2e/static-server';
import { markTime } from './lib/mark-time';
import { buildPreactFloor, captureStep } from './lib/preact-floor';
import { median, percentile, round1 } from './lib/stats';

// Cold starts vary a lot on a shared 2-core machine: enough runs for a steady median.
const RUNS = 25;
const CPU_SLOWDOWN = 4;
const BUDGET_MS = 400;
/** An iPad held upright. */
const VIEWPORT = { width: 820, height: 1180 };
/** A blank page behind a ten-line service worker: what any offline start costs on this machine. */
const FLOOR = fileURLToPath(new URL('./floor', import.meta.url));

/** A page ready for cold offline starts: its service worker in charge, the connection off. */
interface Target {
  context: BrowserContext;
  url: string;
  times: number[];
}

/** One cold start in a fresh tab with the service worker stopped: ms from navigation to the mark. */
async function coldStart(target: Target): Promise<void> {
  const page = await target.context.newPage();
  const cdp = await target.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.goto(target.url);
  target.times.push(await markTime(cdp, MARKS.stepShown));
  await page.close();
}

/** Hubsteps with a learner signed in, installed and then offline, opening the first lesson. */
async function hubsteps(browser: Browser, server: StaticServer): Promise<Target> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const setup = await context.newPage();
  await setup.goto(server.url);
  await newLearner(setup, 'Sam');
  await waitUntilReadyOffline(setup);
  const session = await setup.evaluate((key) => sessionStorage.getItem(key), SESSION_KEY);
  await context.setOffline(true);
  await setup.close();
  // Each run is a fresh tab with the learner still signed in, as after a reload.
  await context.addInitScript(
    ({ key, stored }: { key: string; stored: string | null }) => {
      if (!stored) return;
      sessionStorage.setItem(key, JSON.stringify({ ...JSON.parse(stored), lastActive: Date.now() }));
    },
    { key: SESSION_KEY, stored: session },
  );
  return { context, url: `${server.url}#/lesson/book-gp-appointment/1`, times: [] };
}

/** A reference page, once its service worker is in charge and the connection is off. */
async function reference(browser: Browser, server: StaticServer): Promise<Target> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const setup = await context.newPage();
  await setup.goto(server.url);
  await setup.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await setup.close();
  return { context, url: server.url, times: [] };
}

/**
 * From navigation to the first lesson step shown and usable, with no connection, served by
 * the service worker, the CPU slowed 4×, each run a cold start (the service worker stopped).
 * Two reference pages start the same way, run by run in turn with Hubsteps, so the figure can
 * be read against the machine running the benchmark: a blank page (what the browser alone
 * costs), and the same step drawn by Preact with nothing behind it, built as Hubsteps is (what
 * any Preact app drawing that step costs).
 */
export async function offlineStart(against?: string): Promise<Record<string, unknown>> {
  await build({ logLevel: 'warn', configLoader: 'bundle' });
  const browser = await launchChromium();
  const servers: StaticServer[] = [];
  const serve = async (dir: string) => {
    const server = await startStaticServer(dir);
    servers.push(server);
    return server;
  };
  try {
    const app = await hubsteps(browser, await serve(DIST));
    // The step as Hubsteps draws it, for the Preact reference page.
    const shown = await app.context.newPage();
    await shown.goto(app.url);
    await shown.getByRole('heading', { level: 1 }).waitFor();
    const step = await captureStep(shown);
    await shown.close();
    const floor = await reference(browser, await serve(FLOOR));
    const preact = await reference(browser, await serve(await buildPreactFloor(step, DIST)));

    // Another build of Hubsteps (`--against DIR`), started in turn with this one: an A/B of two
    // versions on the same machine in the same minutes.
    const other = against ? await hubsteps(browser, await serve(against)) : null;
    const targets = [app, floor, preact, ...(other ? [other] : [])];
    for (let run = 0; run < RUNS; run++) {
      // Each in turn, starting with a different one each run, so a slow spell of the machine
      // falls on all three alike.
      for (let i = 0; i < targets.length; i++) await coldStart(targets[(run + i) % targets.length] as Target);
    }

    console.table(
      app.times.map((ms, i) => ({
        run: i + 1,
        'ms to a usable step': round1(ms),
        'blank page': round1(floor.times[i] ?? 0),
        'same step, Preact only': round1(preact.times[i] ?? 0),
        ...(other ? { 'the other build': round1(other.times[i] ?? 0) } : {}),
      })),
    );
    const medianMs = round1(median(app.times));
    const floorMs = round1(median(floor.times));
    const preactFloorMs = round1(median(preact.times));
    console.log(
      `Offline cold start, CPU ${CPU_SLOWDOWN}× slower: median ${medianMs} ms, p90 ${round1(percentile(app.times, 0.9))} ms; budget ${BUDGET_MS} ms`,
    );
    console.log(
      `A blank page started the same way: median ${floorMs} ms (Hubsteps adds ${round1(medianMs - floorMs)} ms)`,
    );
    console.log(
      `The same step drawn by Preact alone, built the same way: median ${preactFloorMs} ms (Hubsteps adds ${round1(medianMs - preactFloorMs)} ms)`,
    );
    if (!other) return { medianMs, floorMs, preactFloorMs };
    const againstMs = round1(median(other.times));
    const faster = app.times.filter((ms, i) => ms < (other.times[i] ?? Number.POSITIVE_INFINITY)).length;
    console.log(
      `The other build (${against}), in turn with this one: median ${againstMs} ms; this build was faster in ${faster} of ${RUNS} runs`,
    );
    return { medianMs, floorMs, preactFloorMs, againstMs };
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
}
