import type { CDPSession } from 'playwright-core';

/**
 * When the page first left a performance mark, in ms from navigation, waited for through the
 * DevTools protocol. Playwright's own page helpers (waitForFunction and the like) first install
 * a large script in the page, which costs tens of milliseconds of main-thread time at 4× CPU in
 * the middle of the start being measured; this evaluates one small expression instead.
 */
export async function markTime(cdp: CDPSession, mark: string): Promise<number> {
  const expression = `new Promise((resolve) => {
    const seen = () => performance.getEntriesByName(${JSON.stringify(mark)})[0];
    const found = seen();
    if (found) return resolve(found.startTime);
    new PerformanceObserver((_list, observer) => {
      const entry = seen();
      if (entry) { observer.disconnect(); resolve(entry.startTime); }
    }).observe({ type: 'mark' });
  })`;
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails || typeof result.value !== 'number') {
    throw new Error(`The page never left the mark ${mark}: ${exceptionDetails?.text ?? 'no time'}`);
  }
  return result.value;
}
