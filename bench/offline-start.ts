import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { build } from 'vite';
import { MARKS } from '../src/app/marks';
import { launchChromium } from '../tests/e2e/browser';
import { newLearner } from '../tests/e2e/learner-in-browser';
import { waitUntilReadyOffline } from '../tests/e2e/offline-helpers';
import { DIST } from '../tests/e2e/serve';
import { startStaticServer } from '../tests/e2e/static-server';
import { markTime } from './lib/mark-time';
import { median, percentile, round1 } from './lib/stats';

// Cold starts vary a lot on a shared 2-core machine: enough runs for a steady median.
const RUNS = 25;
const CPU_SLOWDOWN = 4;
const BUDGET_MS = 400;
/** A blank page behind a ten-line service worker: what any offline start costs on this machine. */
const FLOOR = fileURLToPath(new URL('./floor', import.meta.url));

/** Cold starts, each in a fresh tab with the service worker stopped: ms from navigation to the mark. */
async function coldStarts(context: BrowserContext, url: string): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url);
    times.push(await markTime(cdp, MARKS.stepShown));
    await page.close();
  }
  return times;
}

/** The floor: the same cold offline start of a page with nothing in it. */
async function floorStarts(context: BrowserContext): Promise<number[]> {
  const server = await startStaticServer(FLOOR);
  try {
    const setup = await context.newPage();
    await setup.goto(server.url);
    await setup.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await setup.close();
    return await coldStarts(context, server.url);
  } finally {
    await server.close();
  }
}

/**
 * From navigation to the first lesson step shown and usable, with no connection, served by
 * the service worker, the CPU slowed 4×, each run a cold start (the service worker stopped).
 * The same start of a blank page is measured too, so the figure can be read against what the
 * browser alone costs on the machine running the benchmark.
 */
export async function offlineStart(): Promise<Record<string, unknown>> {
  await build({ logLevel: 'warn', configLoader: 'bundle' });
  const [browser, server] = await Promise.all([launchChromium(), startStaticServer(DIST)]);
  try {
    const context = await browser.newContext({ viewport: { width: 820, height: 1180 } });
    const setup = await context.newPage();
    await setup.goto(server.url);
    await newLearner(setup, 'Sam');
    await waitUntilReadyOffline(setup);
    const session = await setup.evaluate(() => sessionStorage.getItem('hubsteps.session'));
    await context.setOffline(true);
    await setup.close();
    // Each run is a fresh tab with the learner still signed in, as after a reload.
    await context.addInitScript((stored: string | null) => {
      if (!stored) return;
      sessionStorage.setItem('hubsteps.session', JSON.stringify({ ...JSON.parse(stored), lastActive: Date.now() }));
    }, session);
    const times = await coldStarts(context, `${server.url}#/lesson/book-gp-appointment/1`);

    const floorContext = await browser.newContext({ viewport: { width: 820, height: 1180 } });
    const floor = await floorStarts(floorContext);

    console.table(
      times.map((ms, i) => ({ run: i + 1, 'ms to a usable step': round1(ms), 'blank page': round1(floor[i] ?? 0) })),
    );
    const medianMs = round1(median(times));
    const floorMs = round1(median(floor));
    console.log(
      `Offline cold start, CPU ${CPU_SLOWDOWN}× slower: median ${medianMs} ms, p90 ${round1(percentile(times, 0.9))} ms; budget ${BUDGET_MS} ms`,
    );
    console.log(
      `A blank page started the same way: median ${floorMs} ms (Hubsteps adds ${round1(medianMs - floorMs)} ms)`,
    );
    return { medianMs, floorMs };
  } finally {
    await browser.close();
    await server.close();
  }
}
