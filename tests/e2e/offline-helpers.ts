import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { lessons } from '../../src/lessons';
import { words } from '../content';
import { hello } from './learner-in-browser';
import { completeStepInBrowser, exact } from './lesson-in-browser';

/** Waits until the home screen says this tablet is ready to be used with no connection. */
export async function waitUntilReadyOffline(page: Page): Promise<void> {
  await page.getByText(words('ui', 'offline.ready'), { exact: true }).waitFor({ timeout: 30_000 });
}

/** Whether every picture on the page has loaded (a missing one shows as broken). */
export const picturesLoaded = (page: Page): Promise<boolean> =>
  page.evaluate(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));

/** From the home screen, does every lesson to the end, checking each step's pictures. */
export async function completeEveryLesson(page: Page, nickname: string): Promise<void> {
  for (const lesson of lessons) {
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', exact(words(lesson.id, 'title'))) });
    await card.getByRole('link').click();
    for (const step of lesson.steps) {
      await expect.poll(() => picturesLoaded(page)).toBe(true);
      await completeStepInBrowser(page, lesson, step);
    }
    await page.getByRole('heading', { level: 1, name: hello(nickname) }).waitFor();
  }
}

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
