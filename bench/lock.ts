import { fileURLToPath } from 'node:url';
import { PBKDF2_ITERATIONS } from '../src/app/profiles/secret';
import { launchChromium } from '../tests/e2e/browser';
import { startStaticServer } from '../tests/e2e/static-server';
import { median, round1 } from './lib/stats';

const CPU_SLOWDOWN = Number(process.env.SLOW ?? 4);
const RUNS = 9;
const TARGET_MS = 150;
/** Any page of the machine's own will do: WebCrypto needs a secure context, which localhost is. */
const PAGE = fileURLToPath(new URL('./floor', import.meta.url));

/**
 * What one try at a PIN costs on a slow tablet: PBKDF2-SHA-256 at several round counts in
 * Chromium, CPU slowed 4×, median of 9. The lock's round count (src/app/profiles/secret.ts) is
 * chosen from it, to cost about 150 ms.
 */
export async function lock(): Promise<Record<string, unknown>> {
  const [browser, server] = await Promise.all([launchChromium(), startStaticServer(PAGE)]);
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const rows: { iterations: number; 'median ms': number }[] = [];
    for (const iterations of [100_000, 300_000, PBKDF2_ITERATIONS, 1_000_000]) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        times.push(
          await page.evaluate(async (n) => {
            const start = performance.now();
            const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('2580'), 'PBKDF2', false, [
              'deriveBits',
            ]);
            const salt = crypto.getRandomValues(new Uint8Array(16));
            await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: n }, key, 256);
            return performance.now() - start;
          }, iterations),
        );
      }
      rows.push({ iterations, 'median ms': round1(median(times)) });
    }
    console.table(rows);
    const chosen = rows.find((r) => r.iterations === PBKDF2_ITERATIONS)?.['median ms'] ?? Number.NaN;
    console.log(
      `One try at a lock (${PBKDF2_ITERATIONS} rounds), CPU ${CPU_SLOWDOWN}× slower: median ${chosen} ms; aim about ${TARGET_MS} ms`,
    );
    return { iterations: PBKDF2_ITERATIONS, medianMs: chosen };
  } finally {
    await browser.close();
    await server.close();
  }
}
