import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { PBKDF2_ITERATIONS } from '../src/app/profiles/secret';
import { launchChromium } from '../tests/e2e/browser';
import { startStaticServer } from '../tests/e2e/static-server';
import { median, round1 } from './lib/stats';

const CPU_SLOWDOWN = 4;
const RUNS = 9;
const TARGET_MS = 150;
/** Any page of the machine's own will do: WebCrypto needs a secure context, which localhost is. */
const PAGE = fileURLToPath(new URL('./floor', import.meta.url));

/** Runs in the page: ms for one PBKDF2-SHA-256 derivation of a PIN, as a lock check does it. */
async function oneTry(iterations: number): Promise<number> {
  const start = performance.now();
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('2580'), 'PBKDF2', false, ['deriveBits']);
  const salt = crypto.getRandomValues(new Uint8Array(16));
  await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
  return performance.now() - start;
}

async function medianTry(page: Page, iterations: number): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) times.push(await page.evaluate(oneTry, iterations));
  return round1(median(times));
}

/**
 * What one try at a lock costs: PBKDF2-SHA-256 at several round counts in Chromium, median of 9,
 * as it is and with the CPU slowed 4×. Chromium runs WebCrypto off the page's main thread, where
 * DevTools' slow-down does not reach, so the two agree; a slow tablet is taken to be 4× slower
 * than this machine, as in the other benchmarks. The lock's round count (src/app/profiles/secret.ts)
 * is chosen so that a try costs about 150 ms there.
 */
export async function lock(): Promise<Record<string, unknown>> {
  const [browser, server] = await Promise.all([launchChromium(), startStaticServer(PAGE)]);
  try {
    const page = await browser.newPage();
    // tsx names functions with a helper that the page lacks; functions sent to the page need it.
    await page.addInitScript('globalThis.__name = (f) => f;');
    await page.goto(server.url);
    const cdp = await page.context().newCDPSession(page);
    const rows: Record<string, number>[] = [];
    for (const iterations of [100_000, 200_000, PBKDF2_ITERATIONS, 600_000]) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      const here = await medianTry(page, iterations);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      const throttled = await medianTry(page, iterations);
      rows.push({ rounds: iterations, 'ms here': here, [`ms, CPU ${CPU_SLOWDOWN}× slower`]: throttled });
    }
    console.table(rows);
    const chosen = rows.find((r) => r.rounds === PBKDF2_ITERATIONS) ?? {};
    const msHere = chosen['ms here'] ?? Number.NaN;
    const msThrottled = chosen[`ms, CPU ${CPU_SLOWDOWN}× slower`] ?? Number.NaN;
    const slowTabletMs = round1(msHere * CPU_SLOWDOWN);
    console.log(
      `One try at a lock (${PBKDF2_ITERATIONS} rounds): ${msHere} ms here, ${msThrottled} ms with DevTools' ${CPU_SLOWDOWN}× slow-down (which does not reach WebCrypto); about ${slowTabletMs} ms on a tablet ${CPU_SLOWDOWN}× slower; aim about ${TARGET_MS} ms`,
    );
    return { iterations: PBKDF2_ITERATIONS, msHere, msThrottled, slowTabletMs };
  } finally {
    await browser.close();
    await server.close();
  }
}
