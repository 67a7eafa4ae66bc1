import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isTap, type PracticeStep } from '../../src/core/lesson';
import { lessonById } from '../../src/lessons';
import type { ScreenId } from '../../src/practice/screens';
import { movesOnByItself, stepNumber, wordsIn } from '../content';
import { keyboardWords, keyTaps } from '../keyboard-taps';
import { newLearner } from './learner-in-browser';
import { exact, practiceControl, stepHeading } from './lesson-in-browser';
import { useStaticAppInChromium } from './static-app';

const LESSON = 'log-in-each-time';
const lesson = lessonById(LESSON);
const app = useStaticAppInChromium();

async function doPractice(page: Page, lang: string, step: PracticeStep): Promise<void> {
  const screen = step.screen as ScreenId;
  for (const action of step.goal) {
    if (isTap(action)) {
      await practiceControl(page, lang, screen, action.tap).click();
      continue;
    }
    await practiceControl(page, lang, screen, action.type).click();
    const keyboard = page.getByRole('group', exact(keyboardWords(lang).keyboard));
    for (const key of keyTaps(wordsIn(lang, LESSON, `steps.${step.id}.typeText`), lang))
      await keyboard.getByRole('button', exact(key)).click();
  }
}

describe('in Chromium, a learner logging in to the NHS App', () => {
  it.each(['en', 'ur'])('does every practice step with the practice screens’ own controls, in %s', async (lang) => {
    if (!lesson) throw new Error('The lesson is missing');
    const title = (id: string) => wordsIn(lang, LESSON, `steps.${id}.title`);
    const page = await app.onlineTablet({ viewport: { width: 1024, height: 768 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.server.url);
    await newLearner(page, 'Amina', 'avatar-cat', lang);
    // Practice sends nothing: from here on, only the app's own files may be fetched.
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET' || !r.url().startsWith(app.server.url)) sent.push(`${r.method()} ${r.url()}`);
    });

    const practice = lesson.steps.filter((s): s is PracticeStep => s.type === 'practice');
    const first = stepNumber(LESSON, practice[0]?.id ?? '');
    const last = stepNumber(LESSON, practice.at(-1)?.id ?? '');
    await page.evaluate((hash) => {
      location.hash = hash;
    }, `#/lesson/${LESSON}/${first}`);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(lang === 'ur' ? 'rtl' : 'ltr');

    for (const step of lesson.steps.slice(first - 1, last)) {
      await expect.poll(() => stepHeading(page)).toBe(title(step.id));
      if (step.type !== 'practice') {
        await page.getByRole('button', exact(wordsIn(lang, 'ui', 'player.next'))).click();
        continue;
      }
      // The real service's pages are English, left to right, whatever the learner reads.
      const screen = page.locator('.pr-app');
      expect(await screen.evaluate((el) => [el.getAttribute('lang'), el.getAttribute('dir')])).toEqual(['en', 'ltr']);
      // Only one way on: the app's own button, link or bar, or the phone's conversation, never Next beside it.
      expect(movesOnByItself(step)).toBe(true);
      expect(await page.getByRole('button', exact(wordsIn(lang, 'ui', 'player.next'))).count()).toBe(0);
      await doPractice(page, lang, step);
      await page.getByText(wordsIn(lang, 'ui', 'practice.well-done-moving'), { exact: true }).waitFor();
      await expect.poll(() => stepHeading(page), { timeout: 15_000 }).not.toBe(title(step.id));
    }
    // Log out moved on to the app's first page, as the NHS App would.
    await expect.poll(() => stepHeading(page)).toBe(title('logged-out'));
    if (lang !== 'en') {
      const own = wordsIn(lang, 'practice', 'screens.nhs-access.continue-login');
      expect(await page.locator('.pr-app [lang="ur"]', { hasText: own }).count()).toBe(1);
    }
    expect(errors).toEqual([]);
    expect(sent).toEqual([]);
    await page.close();
  });
});
