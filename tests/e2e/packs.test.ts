import { describe, expect, it } from 'vitest';
import { words } from '../content';
import { openVolunteerSettings } from './learner-in-browser';
import { exact } from './lesson-in-browser';
import { useStaticAppInChromium } from './static-app';

const app = useStaticAppInChromium();

const isWords = (path: string) => path.startsWith('/assets/words/');

describe('content packs in Chromium', () => {
  it('a volunteer sees what is on the tablet, with sizes, and downloads a language with a progress bar', async () => {
    // The first visit cannot fetch the English words pack (but can show the home screen).
    let homeWords = 0;
    app.server.setFault((path) => (isWords(path) && ++homeWords > 3 ? 'drop' : 'ok'));
    const context = await app.browser.newContext({ viewport: { width: 820, height: 1180 } });
    const page = await context.newPage();
    await openVolunteerSettings(page, app.server.url);
    const english = page.getByRole('listitem').filter({ hasText: 'English' });
    await expect.poll(() => english.textContent(), { timeout: 20_000 }).toMatch(/kB/);
    expect(await english.textContent()).not.toContain(words('ui', 'packs.on-tablet'));

    // Now the connection is slow but working: the volunteer downloads English.
    app.server.setFault((path) => (isWords(path) ? 'slow' : 'ok'));
    await english.getByRole('button', exact(words('ui', 'packs.download', { name: 'English' }))).click();
    // The bar moves on in steps the volunteer can watch, not only from nothing to done.
    const bar = english.getByRole('progressbar', exact(words('ui', 'packs.downloading', { name: 'English' })));
    await bar.waitFor();
    await page.waitForFunction(() => {
      const now = Number(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow'));
      return now > 0 && now < 100;
    });
    // "On this tablet", not "Not on this tablet".
    await english.getByText(new RegExp(`· ${words('ui', 'packs.on-tablet')}$`)).waitFor();
    expect(await bar.count()).toBe(0);
    await context.close();
  }, 60_000);
});
