import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { lessonById } from '../../src/lessons';
import { wordsIn } from '../content';
import { keyboardWords } from '../keyboard-taps';
import { axeViolations } from './axe';
import { newLearner } from './learner-in-browser';
import { exact } from './lesson-in-browser';
import { screenSettled } from './screen-settled';
import { useStaticAppInChromium } from './static-app';

/** The typing steps: one in the NHS App's practice screens, one in the tablet lesson's own. */
const TYPING_STEPS = [
  { lesson: 'book-gp-appointment', step: 'type-reason' },
  { lesson: 'tablet-basics', step: 'type-word' },
];
const TEN = ['ar', 'bn', 'en', 'gu', 'pa', 'pl', 'pt', 'ro', 'so', 'ur'];
/** Tablets in portrait and in landscape. */
const PORTRAIT = { width: 768, height: 1024 };
const TABLETS = [PORTRAIT, { width: 1024, height: 768 }];
const app = useStaticAppInChromium();

/** What a person would see wrong with the keyboard as drawn: keys too small or cut, or cut off the screen. */
function problems(keyboard: Locator): Promise<string[]> {
  return keyboard.evaluate((kb) => {
    const found: string[] = [];
    const name = (key: Element) => key.getAttribute('aria-label') ?? key.textContent ?? '';
    for (const key of kb.querySelectorAll('button')) {
      const box = key.getBoundingClientRect();
      if (box.width < 48 || box.height < 48) found.push(`"${name(key)}" is ${box.width} x ${box.height} px`);
      if (key.scrollWidth > key.clientWidth)
        found.push(`"${name(key)}" is cut: ${key.scrollWidth} > ${key.clientWidth}`);
    }
    const box = kb.getBoundingClientRect();
    if (box.left < 0 || box.right > window.innerWidth) found.push(`keyboard spans ${box.left} to ${box.right} px`);
    const app = kb.closest('.pr-app')?.getBoundingClientRect();
    if (app && (box.left < app.left || box.right > app.right)) found.push('keyboard sticks out of the practice app');
    if (document.documentElement.scrollWidth > window.innerWidth) found.push('the page scrolls sideways');
    return found;
  });
}

/** Whether the first row reads q to p from the left, as on every tablet, whatever the page's direction. */
const qIsLeftOfP = async (keyboard: Locator): Promise<boolean> => {
  const q = await keyboard.getByRole('button', exact('q')).boundingBox();
  const p = await keyboard.getByRole('button', exact('p')).boundingBox();
  return !!q && !!p && q.x < p.x;
};

/** Opens a typing step, found by its id so the test follows the lesson's order, and taps its box. */
async function openTypingStep(page: Page, lang: string, lesson: string, step: string): Promise<Locator> {
  const n = (lessonById(lesson)?.steps.findIndex((s) => s.id === step) ?? -1) + 1;
  await page.setViewportSize(PORTRAIT);
  await page.goto(`${app.server.url}#/lesson/${lesson}/${n}`);
  await page.getByRole('heading', { level: 1, name: wordsIn(lang, lesson, `steps.${step}.title`) }).waitFor();
  await page.getByRole('textbox').click();
  const keyboard = page.getByRole('group', exact(keyboardWords(lang).keyboard));
  await keyboard.waitFor();
  await screenSettled(page);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return keyboard;
}

describe('the practice keyboard in Chromium', () => {
  it.each(TEN)(
    'in %s, every key is 48 px or more with its words whole, inside the practice app either way up, and axe finds nothing',
    async (lang) => {
      const page = await app.onlineTablet({ viewport: PORTRAIT });
      await page.goto(app.server.url);
      await newLearner(page, 'Sam', 'avatar-cat', lang);
      const key = keyboardWords(lang);
      const found: Record<string, string[]> = {};
      const expected: Record<string, string[]> = {};
      for (const { lesson, step } of TYPING_STEPS) {
        const keyboard = await openTypingStep(page, lang, lesson, step);
        found[`${step}: axe`] = await axeViolations(page);
        for (const tablet of TABLETS) {
          await page.setViewportSize(tablet);
          const at = `${step} at ${tablet.width}x${tablet.height}`;
          found[`${at}, letters`] = await problems(keyboard);
          await keyboard.getByRole('button', exact(key.toSymbols)).click();
          found[`${at}, symbols`] = await problems(keyboard);
          await keyboard.getByRole('button', exact(key.toLetters)).click();
          expect(await qIsLeftOfP(keyboard)).toBe(true);
        }
      }
      for (const name of Object.keys(found)) expected[name] = [];
      expect(found).toEqual(expected);
      await page.context().close();
    },
    90_000,
  );
});
