import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { languageName } from '../../src/i18n/i18n';
import { wordsIn } from '../content';
import { axeViolations } from './axe';
import { LANGUAGE_BUTTONS, languageButtons } from './language-choice';
import { VOLUNTEER_PIN } from './learner-in-browser';
import { exact } from './lesson-in-browser';
import { screenSettled } from './screen-settled';
import { useStaticAppInChromium } from './static-app';

const LESSON = 'book-gp-appointment';
const app = useStaticAppInChromium();

/** A fresh tablet whose first start is given this language, and a learner made in it, at home. */
async function learnerIn(lang: string): Promise<Page> {
  const page = await app.onlineTablet({ viewport: { width: 820, height: 1000 } });
  await page.goto(app.server.url);
  await page.getByRole('button', exact(languageName(lang))).click();
  const w = (key: string, vars?: Record<string, string | number>) => wordsIn(lang, 'ui', key, vars);
  // The new tablet's volunteer PIN, chosen by a volunteer in the tablet's language.
  for (const label of ['volunteer.pin-choose', 'volunteer.pin-confirm']) {
    const pad = page.getByRole('group', exact(w(label)));
    for (const digit of VOLUNTEER_PIN) await pad.getByRole('button', exact(digit)).click();
  }
  await page.getByRole('link', exact(w('who.new'))).click();
  await page.getByRole('textbox', exact(w('new.nickname'))).fill('Sam');
  await page.getByRole('radio', exact(w('avatars.avatar-cat'))).check();
  await page.getByRole('button', exact(w('new.save'))).click();
  await page.getByRole('link', exact(w('card.start'))).click();
  await page.getByRole('heading', { level: 1, name: w('home.hello', { name: 'Sam' }) }).waitFor();
  await screenSettled(page);
  return page;
}

async function openStep(page: Page, lang: string, n: number, stepId: string): Promise<void> {
  await page.goto(`${app.server.url}#/lesson/${LESSON}/${n}`);
  await page.getByRole('heading', { level: 1, name: wordsIn(lang, LESSON, `steps.${stepId}.title`) }).waitFor();
  await screenSettled(page);
}

describe('languages in Chromium', () => {
  it('a new tablet names each language as WebKit and Firefox do (webkit.test.ts, firefox.test.ts)', async () => {
    const context = await app.browser.newContext({ viewport: { width: 820, height: 1000 } });
    const page = await context.newPage();
    await page.goto(app.server.url);
    await page.getByRole('heading', { level: 1, name: wordsIn('en', 'ui', 'language.title') }).waitFor();
    expect(await page.evaluate(languageButtons)).toEqual(LANGUAGE_BUTTONS);
    await context.close();
  });

  it.each(['ur', 'ar'])('%s lays out right to left, with Next on the left-hand side', async (lang) => {
    const page = await learnerIn(lang);
    expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual([
      'rtl',
      lang,
    ]);
    await openStep(page, lang, 1, 'intro');
    const next = await page.getByRole('button', exact(wordsIn(lang, 'ui', 'player.next'))).boundingBox();
    const back = await page.getByRole('button', exact(wordsIn(lang, 'ui', 'player.back'))).boundingBox();
    const width = await page.evaluate(() => window.innerWidth);
    expect(next && back).toBeTruthy();
    if (!next || !back) return;
    expect(next.x + next.width).toBeLessThan(width / 2);
    expect(back.x).toBeGreaterThan(width / 2);
    // The progress bar fills from the right.
    const bar = await page.locator('.progress-done').boundingBox();
    const track = await page.locator('.progress').boundingBox();
    expect(bar && track && Math.round(bar.x + bar.width)).toBe(track && Math.round(track.x + track.width));
    await page.context().close();
  });

  it.each(['ar', 'ur', 'bn'])(
    'axe-core finds no violations in %s',
    async (lang) => {
      const page = await learnerIn(lang);
      const found: Record<string, string[]> = { home: await axeViolations(page) };
      await openStep(page, lang, 1, 'intro');
      found.explain = await axeViolations(page);
      await openStep(page, lang, 8, 'choose-time');
      found.practice = await axeViolations(page);
      await page
        .getByRole('button', exact(wordsIn('en', 'ui', 'english.show')))
        .first()
        .click();
      found['shown in English'] = await axeViolations(page);
      expect(found).toEqual({ home: [], explain: [], practice: [], 'shown in English': [] });
      await page.context().close();
    },
    90_000,
  );
});
