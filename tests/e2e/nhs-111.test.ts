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

const LESSON = 'nhs-111';
const lesson = lessonById(LESSON);
const app = useStaticAppInChromium();

/** Does one practice step with the app's own controls, as its words ask, and waits for the lesson to move on. */
async function practise(page: Page, lang: string, step: PracticeStep): Promise<void> {
  const title = wordsIn(lang, LESSON, `steps.${step.id}.title`);
  await expect.poll(() => stepHeading(page)).toBe(title);
  // Only one way on: the app's own control, and no Next beside it.
  expect(movesOnByItself(step)).toBe(true);
  expect(await page.getByRole('button', exact(wordsIn(lang, 'ui', 'player.next'))).count()).toBe(0);
  const screen = step.screen as ScreenId;
  for (const action of step.goal) {
    if (isTap(action)) {
      await practiceControl(page.locator('.practice'), lang, screen, action.tap).click();
      continue;
    }
    await practiceControl(page.locator('.practice'), lang, screen, action.type).click();
    const keyboard = page.getByRole('group', exact(keyboardWords(lang).keyboard));
    for (const key of keyTaps(wordsIn(lang, LESSON, `steps.${step.id}.typeText`), lang)) {
      await keyboard.getByRole('button', exact(key)).click();
    }
  }
  await page.getByText(wordsIn(lang, 'ui', 'practice.well-done-moving'), { exact: true }).waitFor();
  await expect.poll(() => stepHeading(page), { timeout: 15_000 }).not.toBe(title);
}

describe('in Chromium, a learner gets help from NHS 111 online', () => {
  // One page for each language: the practice steps run one after another, as a learner meets them.
  it.each(['en', 'ur'])(
    'in %s: from the NHS App home through the emergency check and the questions to what to do, and nothing is sent',
    async (lang) => {
      if (!lesson) throw new Error('The lesson is missing');
      const page = await app.onlineTablet({ viewport: { width: 1024, height: 768 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(app.server.url);
      await newLearner(page, 'Sam', 'avatar-cat', lang);
      const sent: string[] = [];
      page.on('request', (r) => {
        if (r.method() !== 'GET' || !r.url().startsWith(app.server.url)) sent.push(`${r.method()} ${r.url()}`);
      });

      const practice = lesson.steps.filter((s): s is PracticeStep => s.type === 'practice');
      const first = practice[0];
      if (!first) throw new Error('No practice steps');
      await page.evaluate(
        (hash) => {
          location.hash = hash;
        },
        `#/lesson/${LESSON}/${stepNumber(LESSON, first.id)}`,
      );
      for (const step of practice) await practise(page, lang, step);

      // The last answer opens 111 online's end page: what to do and where, as the service shows it.
      await expect.poll(() => stepHeading(page)).toBe(wordsIn(lang, LESSON, 'steps.result.title'));
      const result = page.locator('.practice');
      expect(
        await result.getByText(wordsIn('en', 'practice', 'screens.111-result.title'), { exact: true }).count(),
      ).toBe(1);
      expect(await result.getByText(wordsIn('en', 'practice', 'common.111-name'), { exact: true }).count()).toBe(1);
      if (lang === 'ur') expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(errors).toEqual([]);
      expect(sent).toEqual([]);
      await page.close();
    },
  );
});
