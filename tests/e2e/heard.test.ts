import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isTap, type Step } from '../../src/core/lesson';
import { languageName } from '../../src/i18n/language-name';
import { lessonById } from '../../src/lessons';
import { stepNumber, wordsIn } from '../content';
import { keyboardWords, keyTaps } from '../keyboard-taps';
import { newLearner, VOLUNTEER_PIN } from './learner-in-browser';
import { exact } from './lesson-in-browser';
import { useStaticAppInChromium } from './static-app';

const app = useStaticAppInChromium();
const LEARNER_PIN = '2468';

/** Where focus is (an h1's words, or the focused element's tag) and the page's title. */
const whereAmI = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { focused: el?.tagName === 'H1' ? el.textContent : el?.tagName, title: document.title };
  });

/** After a change of screen: focus is on the new screen's h1, and the title says where the learner is. */
async function expectScreen(page: Page, heading: string, title = heading): Promise<void> {
  await expect.poll(() => whereAmI(page)).toEqual({ focused: heading, title: `${title} – Hubsteps` });
}

async function typeOnPad(page: Page, label: string, digits: string): Promise<void> {
  const pad = page.getByRole('group', exact(label));
  for (const digit of digits) await pad.getByRole('button', exact(digit)).click();
}

/** Does a step in any language: the practice by its targets, the right answer by its words, then Next. */
async function doStep(page: Page, lang: string, lessonId: string, step: Step): Promise<void> {
  const w = (ns: string, key: string) => wordsIn(lang, ns, key);
  if (step.type === 'practice') {
    const stage = page.locator('.step-stage');
    for (const action of step.goal) {
      await stage.locator(`[data-target="${isTap(action) ? action.tap : action.type}"]`).click();
      if (!isTap(action)) {
        const keyboard = page.getByRole('group', exact(keyboardWords(lang).keyboard));
        for (const key of keyTaps(w(lessonId, `steps.${step.id}.typeText`), lang)) {
          await keyboard.getByRole('button', exact(key)).click();
        }
      }
    }
  }
  if (step.type === 'check') {
    await page.getByRole('button', { name: w(lessonId, `steps.${step.id}.answers.${step.correct}`) }).click();
  }
  // Playwright waits until Next is ready (it is aria-disabled until the practice is done).
  await page.getByRole('button', exact(w('ui', step.type === 'done' ? 'player.finish' : 'player.next'))).click();
}

describe.each(['en', 'ur'])('a learner who listens, in %s', (lang) => {
  const ui = (key: string, vars?: Record<string, string | number>) => wordsIn(lang, 'ui', key, vars);
  const profiles = (key: string) => wordsIn(lang, 'profiles', key);

  it('finds focus on each new screen’s heading, and a page title that says where they are', async () => {
    const page = await app.onlineTablet({ viewport: { width: 1024, height: 768 } });
    await page.goto(app.server.url);
    // A new tablet: its language, in English until one is chosen.
    await expectScreen(page, wordsIn('en', 'ui', 'language.title'));
    await page.getByRole('button', exact(languageName(lang))).click();
    await expectScreen(page, wordsIn(lang, 'volunteer', 'volunteer.setup-title'));
    await typeOnPad(page, wordsIn(lang, 'volunteer', 'volunteer.pin-choose'), VOLUNTEER_PIN);
    await typeOnPad(page, wordsIn(lang, 'volunteer', 'volunteer.pin-confirm'), VOLUNTEER_PIN);
    await expectScreen(page, ui('who.title'));

    // A new learner with a PIN, their card, their home.
    await page.getByRole('link', exact(ui('who.new'))).click();
    await expectScreen(page, profiles('new.title'));
    await page.getByRole('textbox', exact(profiles('new.nickname'))).fill('Amina');
    await page.getByRole('radio', exact(profiles('avatars.avatar-cat'))).check();
    await page.getByRole('radio', exact(profiles('new.lock-pin'))).check();
    await typeOnPad(page, profiles('new.pin-choose'), LEARNER_PIN);
    await typeOnPad(page, profiles('new.pin-confirm'), LEARNER_PIN);
    await page.getByRole('button', exact(profiles('new.save'))).click();
    await expectScreen(page, profiles('card.title'));
    await page.getByRole('link', exact(profiles('card.start'))).click();
    const home = ui('home.hello', { name: 'Amina' });
    await expectScreen(page, home, ui('home.page-title'));

    // A lesson to its end: every step's heading takes focus, and the title names step and lesson.
    const lesson = lessonById('tablet-basics');
    if (!lesson) throw new Error('lesson missing');
    const lessonTitle = wordsIn(lang, lesson.id, 'title');
    const card = page.locator('li').filter({ has: page.getByRole('heading', { level: 3, name: lessonTitle }) });
    await card.getByRole('link', exact(ui('home.start'))).click();
    for (const [i, step] of lesson.steps.entries()) {
      const heading = step.type === 'check' ? ui('check.title') : wordsIn(lang, lesson.id, `steps.${step.id}.title`);
      await expectScreen(
        page,
        heading,
        `${ui('player.step-of', { n: i + 1, total: lesson.steps.length })}: ${lessonTitle}`,
      );
      await doStep(page, lang, lesson.id, step);
    }
    await expectScreen(page, home, ui('home.page-title'));

    // The volunteer screens, behind their PIN, and back.
    await page.getByRole('link', exact(ui('home.settings'))).click();
    await expectScreen(page, wordsIn(lang, 'volunteer', 'volunteer.title'));
    await typeOnPad(page, wordsIn(lang, 'volunteer', 'volunteer.pin'), VOLUNTEER_PIN);
    await expectScreen(page, wordsIn(lang, 'volunteer', 'settings.title'));
    await page.getByRole('link', exact(ui('player.all-lessons'))).click();
    await expectScreen(page, home, ui('home.page-title'));

    // Signing out, and in again: a wrong PIN keeps focus in the pad, the right one opens home.
    await page.getByRole('button', exact(ui('home.sign-out', { name: 'Amina' }))).click();
    await expectScreen(page, ui('who.title'));
    await page.getByRole('button', exact('Amina')).click();
    await expectScreen(page, 'Amina');
    const pad = profiles('sign-in.pin');
    await typeOnPad(page, pad, '1111');
    await page.getByText(profiles('sign-in.wrong-pin')).first().waitFor();
    // Focus stays in the pad, for the next try at once.
    await expect
      .poll(() => page.getByRole('group', exact(pad)).evaluate((group) => group.contains(document.activeElement)))
      .toBe(true);
    await typeOnPad(page, pad, LEARNER_PIN);
    await expectScreen(page, home, ui('home.page-title'));
    await page.close();
  }, 120_000);
});

describe('Show in English, on an Urdu page', () => {
  it('tags every English text English, left to right, and every Urdu text Urdu, right to left', async () => {
    const page = await app.onlineTablet({ viewport: { width: 1024, height: 768 } });
    await page.goto(app.server.url);
    await newLearner(page, 'Amina', 'avatar-cat', 'ur');
    const lessonId = 'book-gp-appointment';
    await page.goto(`${app.server.url}#/lesson/${lessonId}/${stepNumber(lessonId, 'open-appointments')}`);
    await page
      .getByRole('heading', { level: 1, name: wordsIn('ur', lessonId, 'steps.open-appointments.title') })
      .waitFor();
    await page.getByRole('button', exact(wordsIn('en', 'ui', 'english.show'))).click();
    await page
      .getByRole('heading', { level: 1, name: wordsIn('en', lessonId, 'steps.open-appointments.title') })
      .waitFor();
    // A wrong tap, so the feedback is on the page too.
    await page.locator('.step-stage [data-target="prescriptions"]').click();
    await page.getByText(wordsIn('en', lessonId, 'steps.open-appointments.hint'), { exact: false }).waitFor();

    const mistagged = await page.evaluate(() => {
      const wrong: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? '';
        const el = node.parentElement;
        if (!text || !el || el.closest('[aria-hidden="true"], script, style')) continue;
        if (!el.checkVisibility()) continue;
        const urdu = /[\u0600-\u06ff]/.test(text);
        const english = /[A-Za-z]{2}/.test(text);
        if (urdu === english) continue; // digits and marks, or both scripts in one text (none expected)
        const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
        const dir = getComputedStyle(el).direction;
        const want = urdu ? { lang: 'ur', dir: 'rtl' } : { lang: 'en', dir: 'ltr' };
        if (lang !== want.lang || dir !== want.dir) wrong.push(`${text} (lang ${lang}, ${dir})`);
      }
      return wrong;
    });
    expect(mistagged).toEqual([]);
    await page.close();
  }, 60_000);
});
