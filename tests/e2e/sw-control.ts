import type { Page } from 'playwright-core';

/** Asks the browser to look for a new version now, as it does by itself on visits and timers. */
export const checkForUpdate = (page: Page): Promise<void> =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update().catch(() => undefined);
  });

/**
 * How long a new version may take to install: it downloads the new build and every pack the
 * tablet keeps, as the first install does. A few seconds alone; in the full suite, with three
 * browsers on 2 cores (a 1-minute load of 11 to 14 with Chromium 150), it took over 20 s.
 */
export const UPDATE_INSTALL_MS = 60_000;

/** Where the newest service worker stands: waiting to take over, still installing, or none. */
export const newWorkerState = (page: Page): Promise<'waiting' | 'installing' | 'none'> =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (registration?.waiting) return 'waiting';
    return registration?.installing ? 'installing' : 'none';
  });

/** Marks the page so a test can tell whether it was reloaded since. */
export const markPage = (page: Page): Promise<void> =>
  page.evaluate(() => {
    (window as unknown as { hubstepsMark?: boolean }).hubstepsMark = true;
  });

export const stillMarked = (page: Page): Promise<boolean> =>
  page.evaluate(() => (window as unknown as { hubstepsMark?: boolean }).hubstepsMark === true);

/** Whether a service worker is active for the page: the offline copy is complete. */
export const hasActiveWorker = (page: Page): Promise<boolean> =>
  page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.active));
