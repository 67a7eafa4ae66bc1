import type { Page } from 'playwright-core';
import { languageName } from '../../src/i18n/language-name';
import { words, wordsIn } from '../content';
import { exact } from './lesson-in-browser';

export const hello = (name: string) => words('ui', 'home.hello', { name });

/** The volunteer PIN the tests give a tablet they set up. */
export const VOLUNTEER_PIN = '135790';

/**
 * On a tablet's very first start, Hubsteps asks for a language (this chooses English), then a
 * volunteer PIN (this sets VOLUNTEER_PIN); it ends on "Who is learning today?".
 */
export async function englishIfAsked(page: Page): Promise<void> {
  const heading = page.getByRole('heading', { level: 1 });
  const who = page.getByRole('heading', { level: 1, name: words('ui', 'who.title') });
  await heading.waitFor();
  if ((await heading.textContent()) === words('ui', 'language.title')) {
    await page.getByRole('button', exact('English')).click();
    await page
      .getByRole('heading', { level: 1, name: words('ui', 'volunteer.setup-title') })
      .or(who)
      .waitFor();
  }
  if ((await heading.textContent()) === words('ui', 'volunteer.setup-title')) {
    for (const label of ['volunteer.pin-choose', 'volunteer.pin-confirm']) {
      const pad = page.getByRole('group', exact(words('ui', label)));
      for (const digit of VOLUNTEER_PIN) await pad.getByRole('button', exact(digit)).click();
    }
  }
  await who.waitFor();
}

/**
 * Opens settings as a volunteer, in the page's language: types the tablet's volunteer PIN, or
 * on a tablet that has none yet, chooses it (VOLUNTEER_PIN, twice).
 */
export async function openVolunteerSettings(page: Page, url: string, lang = 'en'): Promise<void> {
  const ui = (key: string) => wordsIn(lang, 'ui', key);
  await page.goto(`${url}#/settings`);
  const unlock = page.getByRole('group', exact(ui('volunteer.pin')));
  const choose = page.getByRole('group', exact(ui('volunteer.pin-choose')));
  await unlock.or(choose).waitFor();
  if (await choose.isVisible()) {
    for (const label of ['volunteer.pin-choose', 'volunteer.pin-confirm']) {
      const pad = page.getByRole('group', exact(ui(label)));
      for (const digit of VOLUNTEER_PIN) await pad.getByRole('button', exact(digit)).click();
    }
  } else {
    for (const digit of VOLUNTEER_PIN) await unlock.getByRole('button', exact(digit)).click();
  }
  await page.getByRole('heading', { level: 1, name: ui('settings.title') }).waitFor();
}

/**
 * From "Who is learning today?" (in English), makes a learner as a person would: their own
 * language first, by its own name, then the rest of the form in it; lands on their home.
 */
export async function newLearner(page: Page, nickname: string, avatar = 'avatar-cat', lang = 'en'): Promise<void> {
  const w = (key: string, vars?: Record<string, string | number>) => wordsIn(lang, 'ui', key, vars);
  await englishIfAsked(page);
  await page.getByRole('link', exact(words('ui', 'who.new'))).click();
  await page.getByRole('radio', exact(languageName(lang))).check();
  await page.getByRole('heading', { level: 1, name: w('new.title') }).waitFor();
  await page.getByRole('textbox', exact(w('new.nickname'))).fill(nickname);
  await page.getByRole('radio', exact(w(`avatars.${avatar}`))).check();
  await page.getByRole('button', exact(w('new.save'))).click();
  await page.getByRole('link', exact(w('card.start'))).click();
  await page.getByRole('heading', { level: 1, name: w('home.hello', { name: nickname }) }).waitFor();
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
