import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { lessons } from '../../src/lessons';
import { stepTitle, words } from '../content';
import { picturesLoaded as allPicturesLoaded } from './engines/engine-steps';
import { hello } from './learner-in-browser';
import { completeStepInBrowser, exact, stepHeading } from './lesson-in-browser';

/** Waits until the home screen says this tablet is ready to be used with no connection. */
export async function waitUntilReadyOffline(page: Page): Promise<void> {
  await page.getByText(words('ui', 'offline.ready'), { exact: true }).waitFor({ timeout: 30_000 });
}

/** Whether every picture on the page has loaded (a missing one shows as broken). */
export const picturesLoaded = (page: Page): Promise<boolean> => page.evaluate(allPicturesLoaded);

/**
 * From the home screen: does the first lesson to the end, as a learner would, then opens every
 * step of every other lesson by its address, each with its words and pictures. Everything a
 * learner can open is checked, and saving is; doing every practice again here would add a
 * minute a lesson (each moving step's praise shows for a second) and tell nothing more.
 */
export async function everyLessonOffline(page: Page, nickname: string): Promise<void> {
  const [first, ...rest] = lessons;
  if (!first) throw new Error('No lessons');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', exact(words(first.id, 'title'))) });
  await card.getByRole('link').click();
  for (const step of first.steps) {
    await expect.poll(() => picturesLoaded(page)).toBe(true);
    await completeStepInBrowser(page, first, step);
  }
  await page.getByRole('heading', { level: 1, name: hello(nickname) }).waitFor();
  for (const lesson of rest) {
    for (const [i, step] of lesson.steps.entries()) {
      await page.evaluate(
        (hash) => {
          location.hash = hash;
        },
        `#/lesson/${lesson.id}/${i + 1}`,
      );
      await expect.poll(() => stepHeading(page)).toBe(stepTitle(lesson.id, step));
      await expect.poll(() => picturesLoaded(page)).toBe(true);
    }
  }
  await page.evaluate(() => {
    location.hash = '#/';
  });
  await page.getByRole('heading', { level: 1, name: hello(nickname) }).waitFor();
}

/** The home's lesson states after everyLessonOffline: the first done, every other one started. */
export const statesAfterEveryLesson = (): string[] =>
  lessons.map((_, i) => words('ui', i === 0 ? 'home.state.done' : 'home.state.in-progress'));

export async function lessonStates(page: Page): Promise<string[]> {
  const states = [];
  for (const lesson of lessons) {
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', exact(words(lesson.id, 'title'))) });
    states.push((await card.locator('.state').textContent()) ?? '');
  }
  return states;
}
