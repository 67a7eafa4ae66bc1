import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { lessonById } from '../../src/lessons';
import { wordsIn } from '../content';
import { keyboardWords } from '../keyboard-taps';
import { axeViolations } from './axe';
import { newLearner } from './learner-in-browser';
import { exact } from './lesson-in-browser';
import { useStaticAppInChromium } from './static-app';

const LESSON = 'book-gp-appointment';
const STEP = 'type-reason';
/** The typing step's number, found by its id, so the test follows the lesson's order. */
const stepNumber = (lessonById(LESSON)?.steps.findIndex((s) => s.id === STEP) ?? -1) + 1;
const TEN = ['ar', 'bn', 'en', 'gu', 'pa', 'pl', 'pt', 'ro', 'so', 'ur'];
/** Tablets in portrait and in landscape. */
const TABLETS = [
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
];
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

async function openTypingStep(page: Page, lang: string): Promise<Locator> {
  await page.goto(`${app.server.url}#/lesson/${LESSON}/${stepNumber}`);
  await page.getByRole('heading', { level: 1, name: wordsIn(lang, LESSON, `steps.${STEP}.title`) }).waitFor();
  await page.getByRole('textbox').click();
  const keyboard = page.getByRole('group', exact(keyboardWords(lang).keyboard));
  await keyboard.waitFor();
  // Fonts and styles in place before anything is measured.
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return keyboard;
}

describe('the practice keyboard in Chromium', () => {
  it.each(TEN)(
    'in %s, every key is 48 px or more with its words whole, on screen either way up, and axe finds nothing',
    async (lang) => {
      const page = await (await app.browser.newContext({ viewport: TABLETS[0] })).newPage();
      await page.goto(app.server.url);
      await newLearner(page, 'Sam', 'avatar-cat', lang);
      const keyboard = await openTypingStep(page, lang);
      const key = keyboardWords(lang);
      const found: Record<string, string[]> = { axe: await axeViolations(page) };
      for (const tablet of TABLETS) {
        await page.setViewportSize(tablet);
        const at = `${tablet.width}x${tablet.height}`;
        found[`letters ${at}`] = await problems(keyboard);
        await keyboard.getByRole('button', exact(key.toSymbols)).click();
        found[`symbols ${at}`] = await problems(keyboard);
        await keyboard.getByRole('button', exact(key.toLetters)).click();
        expect(await qIsLeftOfP(keyboard)).toBe(true);
      }
      expect(found).toEqual({
        axe: [],
        'letters 768x1024': [],
        'symbols 768x1024': [],
        'letters 1024x768': [],
        'symbols 1024x768': [],
      });
      await page.context().close();
    },
    90_000,
  );
});
