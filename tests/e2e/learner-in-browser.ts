import type { Page } from 'playwright-core';
import { words, wordsIn } from '../content';
import { exact } from './lesson-in-browser';

export const hello = (name: string) => words('ui', 'home.hello', { name });

/** On a tablet's very first start, Hubsteps asks for a language first; this chooses English. */
export async function englishIfAsked(page: Page): Promise<void> {
  const heading = page.getByRole('heading', { level: 1 });
  await heading.waitFor();
  if ((await heading.textContent()) !== words('ui', 'language.title')) return;
  await page.getByRole('button', exact('English')).click();
  await page.getByRole('heading', { level: 1, name: words('ui', 'who.title') }).waitFor();
}

/**
 * From "Who is learning today?" (in English), makes a learner as a person would, in their own
 * language, and lands on their home.
 */
export async function newLearner(page: Page, nickname: string, avatar = 'avatar-cat', lang = 'en'): Promise<void> {
  await englishIfAsked(page);
  await page.getByRole('link', exact(words('ui', 'who.new'))).click();
  await page.getByRole('textbox', exact(words('ui', 'new.nickname'))).fill(nickname);
  await page.getByRole('radio', exact(words('ui', `avatars.${avatar}`))).check();
  if (lang !== 'en') await page.getByRole('combobox', exact(words('ui', 'new.language'))).selectOption(lang);
  await page.getByRole('button', exact(words('ui', 'new.save'))).click();
  await page.getByRole('link', exact(wordsIn(lang, 'ui', 'card.start'))).click();
  await page.getByRole('heading', { level: 1, name: wordsIn(lang, 'ui', 'home.hello', { name: nickname }) }).waitFor();
}

/** On "Who is learning today?", taps a learner without a lock and lands on their home. */
export async function pickLearner(page: Page, nickname: string): Promise<void> {
  await page.getByRole('button', exact(nickname)).click();
  await page.getByRole('heading', { level: 1, name: hello(nickname) }).waitFor();
}

export async function signOutLearner(page: Page, nickname: string): Promise<void> {
  await page.getByRole('button', exact(words('ui', 'home.sign-out', { name: nickname }))).click();
  await page.getByRole('heading', { level: 1, name: words('ui', 'who.title') }).waitFor();
}
