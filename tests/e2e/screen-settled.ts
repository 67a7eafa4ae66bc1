import type { Page } from 'playwright-core';

/**
 * Waits until the screen's pictures, style sheets and fonts are in place, before anything is
 * measured. Not "network idle": a new tablet goes on downloading every language and lesson for
 * offline use long after the screen is up.
 */
export async function screenSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.images].every((img) => img.complete) &&
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => link.sheet) &&
      document.fonts.status === 'loaded',
  );
}
