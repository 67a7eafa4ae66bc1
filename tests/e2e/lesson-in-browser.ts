import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { isTap, type Lesson, type Step } from '../../src/core/lesson';
import type { ScreenId } from '../../src/practice/screens';
import { movesOnByItself, praiseFor, stepTitle, targetControl, words } from '../content';
import { keyboardWords, keyTaps } from '../keyboard-taps';

export const exact = (name: string | RegExp) => ({ name, exact: true });

/**
 * A control of the practice app as a learner of `lang` finds it: its name is the real service's
 * English, and a learner who reads another language has their own words after it.
 */
export function practiceControl(scope: Page | Locator, lang: string, screen: ScreenId, target: string): Locator {
  const { role, name } = targetControl(screen, target);
  if (lang === 'en' || typeof name !== 'string') return scope.getByRole(role, exact(name));
  return scope.getByRole(role, { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
}

export async function tap(page: Page, screen: ScreenId, target: string): Promise<void> {
  const { role, name } = targetControl(screen, target);
  await page.getByRole(role, exact(name)).click();
}

/**
 * Waits until the page's heading is another than `title`: the step has moved on. Watched in
 * the page, every 100 ms: polled from here, asking for the heading every 50 ms through a
 * practice step's second of praise, the wait cost a 2-core machine more than the step did.
 */
export async function headingLeaves(page: Page, title: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (t) => {
      const heading = document.querySelector('h1');
      return !!heading && heading.textContent !== t;
    },
    title,
    { polling: 100, timeout },
  );
}

export async function stepHeading(page: Page): Promise<string> {
  return (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
}

/**
 * Does one step as its words ask, in a real browser, then taps Next or Finish; a practice step
 * that ends with the app's own Continue or a card moves on by itself.
 */
export async function completeStepInBrowser(page: Page, lesson: Lesson, step: Step): Promise<void> {
  const title = stepTitle(lesson.id, step);
  await expect.poll(() => stepHeading(page)).toBe(title);
  if (movesOnByItself(step)) {
    // Only one way on at a time: the app's own control, and no Next beside it.
    expect(await page.getByRole('button', exact(words('ui', 'player.next'))).count()).toBe(0);
    await doStepAction(page, lesson, step);
    // Done once the lesson has moved on by itself, which is when the step is recorded.
    await headingLeaves(page, title);
    return;
  }
  await doStepAction(page, lesson, step);
  const next = step.type === 'done' ? 'player.finish' : 'player.next';
  await page.getByRole('button', exact(words('ui', next))).click();
}

/** The part of a step that must be done before Next: the practice, or the right answer. */
export async function doStepAction(page: Page, lesson: Lesson, step: Step): Promise<void> {
  if (step.type === 'practice') {
    const screen = step.screen as ScreenId;
    for (const action of step.goal) {
      if (isTap(action)) await tap(page, screen, action.tap);
      else {
        await tap(page, screen, action.type);
        const keyboard = page.getByRole('group', exact(keyboardWords().keyboard));
        for (const key of keyTaps(words(lesson.id, `steps.${step.id}.typeText`))) {
          await keyboard.getByRole('button', exact(key)).click();
        }
      }
    }
    await page.getByText(praiseFor(step), { exact: true }).waitFor();
  }
  if (step.type === 'check') {
    await page.getByRole('button', exact(words(lesson.id, `steps.${step.id}.answers.${step.correct}`))).click();
  }
}
