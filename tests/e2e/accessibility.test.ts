import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { languageName } from '../../src/i18n/language-name';
import { lessonById, lessons } from '../../src/lessons';
import { screens as practiceScreens } from '../../src/practice/screens';
import { stepNumber, words, wordsIn } from '../content';
import { keyboardWords } from '../keyboard-taps';
import { axeViolations } from './axe';
import { englishIfAsked, newLearner, openVolunteerSettings, signOutLearner } from './learner-in-browser';
import { exact, stepHeading, tap } from './lesson-in-browser';
import { screenSettled } from './screen-settled';
import { useStaticAppInChromium } from './static-app';

const LESSON = 'book-gp-appointment';
const app = useStaticAppInChromium();

/**
 * Practice screens added for later lessons, by lesson and the prefixes of their screen ids: each
 * is checked where its lesson first shows it, all in one tablet (a fresh one each takes seconds).
 */
const NEW_SCREENS: [lessonId: string, prefixes: string[]][] = [
  ['ask-gp-online', ['consult-', 'messages-']],
  // Whole ids: the other nhs- and login- screens belong to other lessons.
  ['log-in-each-time', ['nhs-access', 'nhs-biometrics', 'nhs-profile', 'login-enter-password', 'login-reset-password']],
  ['stay-safe', ['sms-inbox-scam', 'sms-scam-', 'email-inbox-scam', 'email-scam-']],
  ['nhs-111', ['111-', 'nhs-home-support']],
  [
    'proxy-access',
    ['nhs-home-linked', 'nhs-linked-', 'nhs-home-acting', 'nhs-prescriptions-acting', 'nhs-switch-back'],
  ],
  ['health-record', ['nhs-home-your-health', 'your-health', 'gp-']],
  ['video-appointment', ['sms-inbox-video', 'sms-video-', 'video-']],
  ['wifi-and-nhs-app', ['settings-', 'store-']],
];

/** The steps that first show each of a lesson's screens whose id starts with one of the prefixes. */
function stepsShowingScreens(lessonId: string, prefixes: string[]): { n: number; screen: string; title: string }[] {
  const seen = new Set<string>();
  const found: { n: number; screen: string; title: string }[] = [];
  for (const [i, s] of (lessonById(lessonId)?.steps ?? []).entries()) {
    const screen = s.type === 'practice' || s.type === 'explain' ? s.screen : undefined;
    if (!screen || seen.has(screen) || !prefixes.some((p) => screen.startsWith(p))) continue;
    seen.add(screen);
    found.push({ n: i + 1, screen, title: words(lessonId, `steps.${s.id}.title`) });
  }
  return found;
}

/** How far the page scrolls sideways, once the layout has settled. */
const sideways = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((done) =>
        requestAnimationFrame(() => done(document.documentElement.scrollWidth - window.innerWidth)),
      ),
  );

/** Doubles the text size, as a browser's text setting does (a constructed sheet: the CSP refuses a <style>). */
const textSize = (page: Page, percent: 100 | 200) =>
  page.evaluate((p) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`html { font-size: ${p}% !important; }`);
    document.adoptedStyleSheets = p === 100 ? [] : [sheet];
  }, percent);

/** How a screen is reached: by a learner signed in on a set-up tablet, or on a tablet as it is. */
type Who = 'learner' | 'new tablet' | 'set-up tablet';

/** Opens a screen in a fresh tablet (its own context), as a signed-in learner unless told otherwise. */
async function open(path: string, who: Who = 'learner', width = 820): Promise<Page> {
  const page = await app.onlineTablet({ viewport: { width, height: 1000 } });
  await page.goto(app.server.url);
  if (who === 'learner') await newLearner(page, 'Sam');
  if (who === 'set-up tablet') await englishIfAsked(page);
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
  ['My settings', '#/me', 'learner'],
  [
    'My settings, choosing a PIN',
    '#/me',
    'learner',
    async (page) => {
      await page.getByRole('button', exact(words('ui', 'me.add-pin'))).click();
      await page.getByRole('group', exact(words('ui', 'new.pin-choose'))).waitFor();
    },
  ],
  ['the learner card', '#/card', 'learner'],
  ['the home screen', '#/', 'learner'],
  [
    'the home screen with no connection',
    '#/',
    'learner',
    async (page) => {
      await page.context().setOffline(true);
      await page.getByText(words('ui', 'offline.notice')).waitFor();
    },
  ],
  ['an explain step', step('intro'), 'learner'],
  ['a practice step', step('open-appointments'), 'learner'],
  [
    'a practice step after three wrong taps (hint and highlight)',
    step('open-appointments'),
    'learner',
    async (page) => {
      for (const t of ['prescriptions', 'documents', 'nav-profile']) await tap(page, 'nhs-home', t);
      await page.getByText(words('ui', 'practice.highlighted')).waitFor();
    },
  ],
  [
    'a practice step with the keyboard open',
    step('type-reason'),
    'learner',
    async (page) => {
      await tap(page, 'book-reason', 'reason');
      await page.getByRole('group', exact(keyboardWords().keyboard)).waitFor();
    },
  ],
  ['a practice step with choices', step('choose-type'), 'learner'],
  ['a practice step with a summary', step('confirm-booking'), 'learner'],
  ['an explain step showing the screen the app shows next', step('booked'), 'learner'],
  [
    'a check step after a wrong answer',
    step('before-you-confirm'),
    'learner',
    async (page) => {
      const wrong = words(LESSON, 'steps.before-you-confirm.answers.already-booked');
      await page.getByRole('button', exact(wrong)).click();
      await page.getByText(words('ui', 'check.marked-wrong')).waitFor();
      await page.getByText(words(LESSON, 'steps.before-you-confirm.explanation'), { exact: false }).waitFor();
    },
  ],
  ['an other-ways step', step('other-ways'), 'learner'],
  ['a done step', step('done'), 'learner'],
];

/** Text at 200 %: a constructed sheet, as the page's Content-Security-Policy refuses a <style> added to it. */
async function textAt200(page: Page): Promise<void> {
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('html { font-size: 200% !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
}

describe('accessibility in Chromium', () => {
  it.each(screens)(
    'axe-core finds no violations on %s, and nothing scrolls sideways from 320 to 1280 px wide',
    async (_name, path, who, prepare) => {
      const page = await open(path, who);
      await prepare?.(page);
      expect(await axeViolations(page)).toEqual([]);
      // The same screen in the same state, on a small phone and a wide tablet (one fresh tablet
      // for each screen, not three: each takes seconds on a 2-core machine).
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 1000 });
        const overflow = await page.evaluate(
          () =>
            new Promise<number>((done) =>
              requestAnimationFrame(() => done(document.documentElement.scrollWidth - window.innerWidth)),
            ),
        );
        expect({ width, overflow }).toEqual({ width, overflow: 0 });
      }
      await page.context().close();
    },
  );

  it.each(NEW_SCREENS)(
    'axe-core finds nothing on every new practice screen of %s: 320 and 1280 px wide, and text twice its size',
    async (lessonId, prefixes) => {
      const steps = stepsShowingScreens(lessonId, prefixes);
      // Every screen of the kit with these prefixes is shown by the lesson, so none goes unchecked.
      const kit = Object.keys(practiceScreens).filter((id) => prefixes.some((p) => id.startsWith(p)));
      expect(steps.map((s) => s.screen).sort()).toEqual(kit.sort());
      const page = await open('#/');
      const found: string[] = [];
      for (const { n, screen, title } of steps) {
        await page.setViewportSize({ width: 820, height: 1000 });
        await page.evaluate((hash) => {
          location.hash = hash;
        }, `#/lesson/${lessonId}/${n}`);
        await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
        await screenSettled(page);
        for (const [width, percent] of [
          [320, 100],
          [1280, 100],
          [820, 200],
        ] as const) {
          await page.setViewportSize({ width, height: 1000 });
          await textSize(page, percent);
          const at = `${screen} at ${width} px, ${percent} % text`;
          // The whole step once; at the other sizes the practice screen, which is what is new.
          for (const v of await axeViolations(page, width === 1280 ? undefined : '.practice'))
            found.push(`${at}: ${v}`);
          const overflow = await sideways(page);
          if (overflow !== 0) found.push(`${at}: scrolls sideways by ${overflow} px`);
        }
        await textSize(page, 100);
      }
      expect(found).toEqual([]);
      await page.context().close();
    },
  );

  it('text grows to 200 % without anything scrolling sideways', async () => {
    for (const path of ['#/', step('open-appointments'), step('type-reason')]) {
      const page = await open(path, 'learner', 820);
      await textAt200(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
      await page.context().close();
    }
  });

  /**
   * The practice mail app's screens, each at its widest and narrowest and with text at 200 %: one
   * learner's tablet for them all, going from step to step as a learner would.
   */
  it('axe-core finds no violations on the mail app’s screens at 320 px, 1280 px and 200 % text, and nothing scrolls sideways', async () => {
    const mail = 'email-address';
    const shown = ['open-inbox', 'the-inbox', 'find-code', 'use-code'];
    const page = await open('#/', 'learner', 320);
    const found: unknown[] = [];
    for (const id of shown) {
      await page.goto(`${app.server.url}#/lesson/${mail}/${stepNumber(mail, id)}`);
      await expect.poll(() => stepHeading(page)).toBe(words(mail, `steps.${id}.title`));
      await page.locator('.pr-look-email').waitFor();
      await screenSettled(page);
      for (const size of ['320 px', '1280 px', '200 % text']) {
        await page.setViewportSize({ width: size === '1280 px' ? 1280 : 320, height: 1000 });
        if (size === '200 % text') await textAt200(page);
        const overflow = await page.evaluate(
          () =>
            new Promise<number>((done) =>
              requestAnimationFrame(() => done(document.documentElement.scrollWidth - window.innerWidth)),
            ),
        );
        found.push({ id, size, overflow, violations: await axeViolations(page) });
      }
      await page.evaluate(() => {
        document.adoptedStyleSheets = [];
      });
    }
    expect(found).toEqual(
      shown.flatMap((id) =>
        ['320 px', '1280 px', '200 % text'].map((size) => ({ id, size, overflow: 0, violations: [] })),
      ),
    );
    await page.context().close();
    // Four screens, three sizes each, on one tablet: longer than one screen, shorter than four start-ups.
  }, 120_000);

  it('axe-core finds no violations on the NHS login and phone screens, at 320 and 1280 px and at 200 % text, in Urdu', async () => {
    // One learner for every screen of the kit's NHS login and phone looks, in Urdu: each control
    // carries NHS login's English and the learner's own words, the hardest case for both. axe
    // reads the practice screen only: the player around it is tested on every kind of step.
    const lesson = lessonById('nhs-login-setup');
    if (!lesson) throw new Error('The lesson is missing');
    const page = await app.onlineTablet({ viewport: { width: 1280, height: 1000 } });
    await page.goto(app.server.url);
    await newLearner(page, 'Sam', 'avatar-cat', 'ur');
    const found: string[] = [];
    const seen = new Set<string>();
    for (const [i, s] of lesson.steps.entries()) {
      const screen = 'screen' in s ? s.screen : undefined;
      if (!screen || !/^(login|sms)-/.test(screen) || seen.has(screen)) continue;
      seen.add(screen);
      await page.evaluate(
        (hash) => {
          location.hash = hash;
        },
        `#/lesson/${lesson.id}/${i + 1}`,
      );
      const title = wordsIn('ur', lesson.id, `steps.${s.id}.title`);
      await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
      await screenSettled(page);
      for (const [at, width, text] of [
        ['320 px', 320, '100%'],
        ['1280 px', 1280, '100%'],
        ['200 % text', 820, '200%'],
      ] as const) {
        await page.setViewportSize({ width, height: 1000 });
        await page.evaluate((size) => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(`html { font-size: ${size} !important; }`);
          document.adoptedStyleSheets = [sheet];
        }, text);
        for (const v of await axeViolations(page, '.practice')) found.push(`${screen} at ${at}: ${v}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) found.push(`${screen} at ${at}: scrolls ${overflow} px sideways`);
      }
    }
    expect(seen.size).toBe(10);
    expect(found).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('a keyboard alone can start a lesson, do a practice step and go on', async () => {
    const page = await open('#/');
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
