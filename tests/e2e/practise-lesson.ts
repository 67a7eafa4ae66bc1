import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { isTap, type Step } from '../../src/core/lesson';
import { lessonById } from '../../src/lessons';
import type { ScreenId } from '../../src/practice/screens';
import { movesOnByItself, stepNumber, stepTitle, wordsIn } from '../content';
import { keyboardWords, keyTaps } from '../keyboard-taps';
import { newLearner } from './learner-in-browser';
import { exact, headingLeaves, practiceControl, stepHeading } from './lesson-in-browser';
import type { StaticApp } from './static-app';

/** A learner's tablet in a browser, watched for what a lesson's practice must never do. */
export interface WatchedTablet {
  page: Page;
  /** Errors thrown in the page. */
  errors: string[];
  /** Anything the page sent, or fetched from elsewhere, once the learner was made. */
  sent: string[];
}

/** A new learner reading `lang`, at home on a fresh tablet, from which practice may send nothing. */
export async function watchedLearner(app: StaticApp, lang: string, name = 'Sam'): Promise<WatchedTablet> {
  const page = await app.onlineTablet({ viewport: { width: 1024, height: 768 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(app.server.url);
  await newLearner(page, name, 'avatar-cat', lang);
  const sent: string[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'GET' || !r.url().startsWith(app.server.url)) sent.push(`${r.method()} ${r.url()}`);
  });
  return { page, errors, sent };
}

/**
 * Opens the lesson at step `from` and goes on to step `to` (ids) as a learner of `lang` would:
 * each practice step done with the practice screen's own controls, found by their English names
 * with the learner's words beside them, typing key by key on the practice keyboard; Next on the
 * other steps, and on a practice step only where the real app has no control of its own to go
 * on. Each practice screen is English, left to right, as the real service is. Resolves on the
 * step after `to`.
 */
export async function practiseSteps(
  page: Page,
  lang: string,
  lessonId: string,
  { from, to }: { from: string; to: string },
  /** Anything a test does on a step before doing it as asked (a wrong tap, say). */
  before?: (step: Step) => Promise<void>,
): Promise<void> {
  const lesson = lessonById(lessonId);
  if (!lesson) throw new Error(`No lesson ${lessonId}`);
  const first = stepNumber(lessonId, from);
  await page.evaluate((hash) => {
    location.hash = hash;
  }, `#/lesson/${lessonId}/${first}`);
  expect(await page.evaluate(() => document.documentElement.dir)).toBe(lang === 'ur' || lang === 'ar' ? 'rtl' : 'ltr');
  const next = page.getByRole('button', exact(wordsIn(lang, 'ui', 'player.next')));
  for (const step of lesson.steps.slice(first - 1, stepNumber(lessonId, to))) {
    const title = stepTitle(lessonId, step, lang);
    await expect.poll(() => stepHeading(page)).toBe(title);
    await before?.(step);
    if (step.type === 'practice') {
      const app = page.locator('.practice .pr-app');
      expect(await app.evaluate((el) => [el.getAttribute('lang'), el.getAttribute('dir')])).toEqual(['en', 'ltr']);
      const screen = step.screen as ScreenId;
      for (const action of step.goal) {
        if (isTap(action)) {
          await practiceControl(app, lang, screen, action.tap).click();
          continue;
        }
        await practiceControl(app, lang, screen, action.type).click();
        const keyboard = page.getByRole('group', exact(keyboardWords(lang).keyboard));
        for (const key of keyTaps(wordsIn(lang, lessonId, `steps.${step.id}.typeText`), lang)) {
          await keyboard.getByRole('button', exact(key)).click();
        }
      }
      const moving = movesOnByItself(step);
      const praise = wordsIn(lang, 'ui', moving ? 'practice.well-done-moving' : 'practice.well-done');
      await page.getByText(praise, { exact: true }).waitFor();
      if (moving) {
        // Only one way on: the app's own control, and no Next beside it.
        expect(await next.count()).toBe(0);
        await headingLeaves(page, title);
        continue;
      }
    }
    if (step.type === 'check') throw new Error(`practiseSteps does not answer checks (${lessonId}/${step.id})`);
    await next.click();
    await headingLeaves(page, title);
  }
}

/** The first and last practice steps of a lesson, by id. */
export function practiceSpan(lessonId: string): { from: string; to: string } {
  const practice = (lessonById(lessonId)?.steps ?? []).filter((s) => s.type === 'practice');
  const from = practice[0]?.id;
  const to = practice.at(-1)?.id;
  if (!from || !to) throw new Error(`${lessonId} has no practice step`);
  return { from, to };
}
