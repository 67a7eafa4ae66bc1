import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { languageName } from '../../src/i18n/language-name';
import { lessons } from '../../src/lessons';
import { stepNumber, words, wordsIn } from '../content';
import { keyboardWords } from '../keyboard-taps';
import { sideways } from './accessibility-checks';
import { axeViolations } from './axe';
import { englishIfAsked, newLearner, openVolunteerSettings, signOutLearner } from './learner-in-browser';
import { exact, stepHeading, tap } from './lesson-in-browser';
import { screenSettled } from './screen-settled';
import { useStaticAppInChromium } from './static-app';

const LESSON = 'book-gp-appointment';
const app = useStaticAppInChromium();

/**
 * How a screen is reached: by a learner signed in on a set-up tablet of their own, by the one
 * learner whose tablet the screens that change nothing a later screen shows share (a fresh
 * tablet and learner each take seconds of a 2-core machine), or on a tablet as it is.
 */
type Who = 'learner' | 'same learner' | 'new tablet' | 'set-up tablet';

let shared: Page | undefined;
afterAll(() => shared?.close());

/** Opens a screen, at 820 px wide, in a fresh tablet (its own context) or in the shared learner's. */
async function open(path: string, who: Who): Promise<Page> {
  const viewport = { width: 820, height: 1000 };
  let page = who === 'same learner' ? shared : undefined;
  if (page) await page.setViewportSize(viewport);
  else {
    page = await app.onlineTablet({ viewport });
    await page.goto(app.server.url);
    if (who === 'learner' || who === 'same learner') await newLearner(page, 'Sam');
    if (who === 'set-up tablet') await englishIfAsked(page);
    if (who === 'same learner') shared = page;
  }
  await page.goto(`${app.server.url}${path}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await screenSettled(page);
  return page;
}

/** A step's address, found by its id, so the tests follow the lesson's order. */
const step = (id: string) => `#/lesson/${LESSON}/${stepNumber(LESSON, id)}`;

/** One screen of each kind, with the state a learner or volunteer can put it in. */
const screens: [string, string, Who, ((page: Page) => Promise<void>)?][] = [
  ['the language choice on a new tablet', '#/', 'new tablet'],
  [
    'setting up a new tablet with a volunteer PIN',
    '#/',
    'new tablet',
    async (page) => {
      await page.getByRole('button', exact('English')).click();
      await page.getByRole('group', exact(words('ui', 'volunteer.pin-choose'))).waitFor();
    },
  ],
  [
    '"Who is learning today?" with learners',
    '#/',
    'set-up tablet',
    async (page) => {
      await newLearner(page, 'Amina', 'avatar-teapot');
      await signOutLearner(page, 'Amina');
    },
  ],
  [
    'the new learner form, with its errors',
    '#/new',
    'set-up tablet',
    async (page) => {
      await page.getByRole('button', exact(words('ui', 'new.save'))).click();
      await page.getByRole('alert').getByRole('link').first().waitFor();
    },
  ],
  [
    'the new learner form in Urdu, chosen first',
    '#/new',
    'set-up tablet',
    async (page) => {
      await page.getByRole('radio', exact(languageName('ur'))).check();
      await page.getByRole('heading', { level: 1, name: wordsIn('ur', 'ui', 'new.title') }).waitFor();
    },
  ],
  [
    'signing in with a PIN',
    '#/new',
    'set-up tablet',
    async (page) => {
      await page.getByRole('textbox', exact(words('ui', 'new.nickname'))).fill('Priya');
      await page.getByRole('radio', exact(words('ui', 'avatars.avatar-fish'))).check();
      await page.getByRole('radio', exact(words('ui', 'new.lock-pin'))).check();
      for (const digit of '24682468') await page.getByRole('button', exact(digit)).click();
      await page.getByRole('button', exact(words('ui', 'new.save'))).click();
      await page.getByRole('link', exact(words('ui', 'card.start'))).click();
      await signOutLearner(page, 'Priya');
      await page.getByRole('button', exact('Priya')).click();
      await page.getByRole('group', exact(words('ui', 'sign-in.pin'))).waitFor();
    },
  ],
  ['the volunteer lock on settings', '#/settings', 'set-up tablet'],
  [
    'the volunteer lock after a wrong PIN (the error summary)',
    '#/settings',
    'set-up tablet',
    async (page) => {
      const pad = page.getByRole('group', exact(words('ui', 'volunteer.pin')));
      for (const digit of '000000') await pad.getByRole('button', exact(digit)).click();
      await page.getByRole('link', exact(words('ui', 'sign-in.wrong-pin'))).waitFor();
    },
  ],
  [
    'the settings screen, unlocked',
    '#/',
    'learner',
    async (page) => {
      await openVolunteerSettings(page, app.server.url);
    },
  ],
  ['My settings', '#/me', 'same learner'],
  [
    'My settings, choosing a PIN',
    '#/me',
    'same learner',
    async (page) => {
      await page.getByRole('button', exact(words('ui', 'me.add-pin'))).click();
      await page.getByRole('group', exact(words('ui', 'new.pin-choose'))).waitFor();
    },
  ],
  ['the learner card', '#/card', 'same learner'],
  ['the home screen', '#/', 'same learner'],
  [
    'the home screen with no connection',
    '#/',
    'learner',
    async (page) => {
      await page.context().setOffline(true);
      await page.getByText(words('ui', 'offline.notice')).waitFor();
    },
  ],
  ['an explain step', step('intro'), 'same learner'],
  ['a practice step', step('open-appointments'), 'same learner'],
  [
    'a practice step after three wrong taps (hint and highlight)',
    step('open-appointments'),
    'same learner',
    async (page) => {
      for (const t of ['prescriptions', 'documents', 'nav-profile']) await tap(page, 'nhs-home', t);
      await page.getByText(words('ui', 'practice.highlighted')).waitFor();
    },
  ],
  [
    'a practice step with the keyboard open',
    step('type-reason'),
    'same learner',
    async (page) => {
      await tap(page, 'book-reason', 'reason');
      await page.getByRole('group', exact(keyboardWords().keyboard)).waitFor();
    },
  ],
  ['a practice step with choices', step('choose-type'), 'same learner'],
  ['a practice step with a summary', step('confirm-booking'), 'same learner'],
  ['an explain step showing the screen the app shows next', step('booked'), 'same learner'],
  [
    'a check step after a wrong answer',
    step('before-you-confirm'),
    'same learner',
    async (page) => {
      const wrong = words(LESSON, 'steps.before-you-confirm.answers.already-booked');
      await page.getByRole('button', exact(wrong)).click();
      await page.getByText(words('ui', 'check.marked-wrong')).waitFor();
      await page.getByText(words(LESSON, 'steps.before-you-confirm.explanation'), { exact: false }).waitFor();
    },
  ],
  ['an other-ways step', step('other-ways'), 'same learner'],
  ['a done step', step('done'), 'same learner'],
];

describe('accessibility in Chromium', () => {
  it.each(screens)(
    'axe-core finds no violations on %s, and nothing scrolls sideways from 320 to 1280 px wide',
    async (_name, path, who, prepare) => {
      const page = await open(path, who);
      await prepare?.(page);
      expect(await axeViolations(page)).toEqual([]);
      // The same screen in the same state, on a small phone and a wide tablet.
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 1000 });
        const overflow = await sideways(page);
        expect({ width, overflow }).toEqual({ width, overflow: 0 });
      }
      if (page !== shared) await page.context().close();
    },
  );

  it('a keyboard alone can start a lesson, do a practice step and go on', async () => {
    const page = await open('#/', 'learner');
    const focusTo = async (name: string) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
        if (focused === name) return;
      }
      throw new Error(`Tab never reached "${name}"`);
    };
    const first = lessons[0];
    if (!first?.steps[0]) throw new Error('No lessons');
    await focusTo(words('ui', 'home.start'));
    await page.keyboard.press('Enter');
    await expect.poll(() => stepHeading(page)).toBe(words(first.id, `steps.${first.steps[0].id}.title`));

    await page.goto(`${app.server.url}${step('open-appointments')}`);
    await expect.poll(() => stepHeading(page)).toBe(words(LESSON, 'steps.open-appointments.title'));
    await focusTo(words('practice', 'screens.nhs-home.appointments'));
    await page.keyboard.press('Enter');
    // The app's own card opens the next screen, as it would in the real app.
    await page.getByText(words('ui', 'practice.well-done-moving')).waitFor();
    await expect.poll(() => stepHeading(page)).toBe(words(LESSON, 'steps.tap-book.title'));
    await page.context().close();
  });
});
