import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isTap, type PracticeStep } from '../../src/core/lesson';
import { lessonById } from '../../src/lessons';
import type { ScreenId } from '../../src/practice/screens';
import { movesOnByItself, stepNumber, wordsIn } from '../content';
import { newLearner } from './learner-in-browser';
import { exact, practiceControl, stepHeading } from './lesson-in-browser';
import { useStaticAppInChromium } from './static-app';

const LESSON = 'stay-safe';
const lesson = lessonById(LESSON);
const app = useStaticAppInChromium();

/** Does one practice step with the phone's or mail app's own controls, then goes on as the step offers. */
async function practise(page: Page, lang: string, step: PracticeStep): Promise<void> {
  const title = wordsIn(lang, LESSON, `steps.${step.id}.title`);
  const next = page.getByRole('button', exact(wordsIn(lang, 'ui', 'player.next')));
  const moving = movesOnByItself(step);
  // Only one way on: the app's own Delete, Move to Junk or message, never Next beside it.
  if (moving) expect(await next.count()).toBe(0);
  for (const action of step.goal) {
    if (!isTap(action)) throw new Error(`${step.id}: this lesson only taps`);
    await practiceControl(page.locator('.practice'), lang, step.screen as ScreenId, action.tap).click();
  }
  if (moving) {
    await page.getByText(wordsIn(lang, 'ui', 'practice.well-done-moving'), { exact: true }).waitFor();
    await expect.poll(() => stepHeading(page), { timeout: 15_000 }).not.toBe(title);
    return;
  }
  // Checking the sender's address opens nothing in a mail app: the lesson's Next goes on.
  await next.click();
  await expect.poll(() => stepHeading(page)).not.toBe(title);
}

describe('in Chromium, a learner spots a fake NHS text and a fake NHS email', () => {
  // One page for each language: the practice steps run in order, with the explanations between them.
  it.each(['en', 'ur'])(
    'in %s: deletes the text without following its link, checks the email’s sender and moves it to Junk, and nothing is sent',
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
      const title = (id: string) => wordsIn(lang, LESSON, `steps.${id}.title`);

      const practice = lesson.steps.filter((s): s is PracticeStep => s.type === 'practice');
      const first = stepNumber(LESSON, practice[0]?.id ?? '');
      const last = stepNumber(LESSON, practice.at(-1)?.id ?? '');
      await page.evaluate((hash) => {
        location.hash = hash;
      }, `#/lesson/${LESSON}/${first}`);

      for (const step of lesson.steps.slice(first - 1, last)) {
        await expect.poll(() => stepHeading(page)).toBe(title(step.id));
        if (step.type !== 'practice') {
          await page.getByRole('button', exact(wordsIn(lang, 'ui', 'player.next'))).click();
          continue;
        }
        if (step.id === 'delete-text') {
          // The scam's link is only words: tapping it goes nowhere and brings the step's hint.
          const practiceScreen = page.locator('.practice');
          expect(await practiceScreen.getByRole('link').count()).toBe(0);
          await practiceScreen.getByText('nhs-vaccine-booking.com/pay', { exact: true }).click();
          await page.getByText(wordsIn(lang, LESSON, 'steps.delete-text.hint'), { exact: false }).waitFor();
          expect(await stepHeading(page)).toBe(title(step.id));
        }
        await practise(page, lang, step);
      }

      // Move to Junk left the inbox without the fake email, as the mail app would show it.
      await expect.poll(() => stepHeading(page)).toBe(title('report-email'));
      const inbox = page.locator('.practice');
      expect(await inbox.getByText(wordsIn('en', 'practice', 'emails.nhs-scam.subject')).count()).toBe(0);
      expect(await inbox.getByText(wordsIn('en', 'practice', 'emails.nhs-login-code.subject')).count()).toBe(1);
      if (lang === 'ur') expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(errors).toEqual([]);
      expect(sent).toEqual([]);
      await page.close();
    },
  );
});
