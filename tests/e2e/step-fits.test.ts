import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTap, type Step } from '../../src/core/lesson';
import { lessons } from '../../src/lessons';
import { movesOnByItself, stepNumber, wordsIn } from '../content';
import { axeViolations } from './axe';
import { newLearner } from './learner-in-browser';
import { useStaticAppInChromium } from './static-app';

const app = useStaticAppInChromium();

/**
 * The smallest tablets, in landscape and portrait (iPad). Larger ones (a 10-inch Android at
 * 1280 × 800, iPad 10th generation at 810 × 1080) have 4–25 % more room each way, while the text,
 * which grows with the width, grows by under 2 %: what fits these fits them.
 */
const SIZES = [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
];
/** English; Urdu (right to left, the tallest lines: Nastaliq); Bengali (tall conjuncts, long words). */
const LANGUAGES = ['en', 'ur', 'bn'];

/**
 * Whether each element is wholly on screen with nothing over it: inside the viewport, and the
 * element itself is what a tap at its middle reaches (not the bar at the bottom drawn over it).
 */
const onScreen = (page: Page, selectors: string[]) =>
  page.evaluate((list) => {
    const problems: string[] = [];
    for (const selector of list) {
      const el = document.querySelector(selector);
      if (!el) {
        problems.push(`${selector}: not on the page`);
        continue;
      }
      const box = el.getBoundingClientRect();
      const inside = box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      const reached = !!hit && (el.contains(hit) || hit.contains(el) || el === hit);
      if (!inside || !reached)
        problems.push(`${selector}: ${inside ? 'covered' : `at ${Math.round(box.top)}–${Math.round(box.bottom)} px`}`);
    }
    return problems;
  }, selectors);

/** What must be in sight when a step opens: title, instruction, practice target, other ways, the way on. */
function mustSee(step: Step): string[] {
  const seen = ['h1'];
  if (step.type === 'practice') {
    seen.push('.instruction');
    for (const action of step.goal) {
      const target = isTap(action) ? action.tap : action.type;
      // The scrolling practice asks the learner to scroll its list to find the button: the list is in sight.
      seen.push(step.screen === 'basics-scroll' ? '.pr-long-list' : `.practice [data-target="${target}"]`);
    }
  }
  if (step.type === 'check') seen.push('.question', ...step.answers.map((_, i) => `.answers li:nth-child(${i + 1})`));
  if (step.type === 'explain') seen.push('.step-words');
  // Every other way is in sight, down to the last; the done step names them again.
  if (step.type === 'other-ways') seen.push('.other-ways > .body-text', '.ways > li:last-child');
  if (step.type === 'done') seen.push('.done-ways > li:last-child');
  if (!movesOnByItself(step)) seen.push('.nav-next');
  return seen;
}

describe('on a tablet, without scrolling', () => {
  const pages = new Map<string, Page>();
  beforeAll(async () => {
    for (const lang of LANGUAGES) {
      const page = await app.onlineTablet({ viewport: SIZES[0] });
      await page.goto(app.server.url);
      await newLearner(page, 'Maria', 'avatar-cat', lang);
      pages.set(lang, page);
    }
  });
  afterAll(async () => {
    for (const page of pages.values()) await page.close();
  });

  // One case for each language and lesson, so a longer catalogue adds cases, not minutes to one case.
  it.each(LANGUAGES.flatMap((lang) => lessons.map((lesson) => [lang, lesson.id] as const)))(
    'every step shows its title, instruction, target and way on, in %s, in %s',
    async (lang, lessonId) => {
      const page = pages.get(lang) as Page;
      const problems: string[] = [];
      for (const size of SIZES) {
        await page.setViewportSize(size);
        for (const lesson of lessons.filter((l) => l.id === lessonId)) {
          for (const [i, step] of lesson.steps.entries()) {
            const title =
              step.type === 'check'
                ? wordsIn(lang, 'ui', 'check.title')
                : wordsIn(lang, lesson.id, `steps.${step.id}.title`);
            await page.evaluate(
              (hash) => {
                location.hash = hash;
              },
              `#/lesson/${lesson.id}/${i + 1}`,
            );
            await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
            await page.evaluate(() => document.fonts.ready.then(() => undefined));
            const at = `${size.width}×${size.height} ${lesson.id} step ${i + 1}`;
            // Each step opens at its top, with its heading focused.
            const top = await page.evaluate(() => ({ y: scrollY, focus: document.activeElement?.tagName }));
            if (top.y !== 0 || top.focus !== 'H1') problems.push(`${at}: opened at ${top.y} px, focus on ${top.focus}`);
            for (const p of await onScreen(page, mustSee(step))) problems.push(`${at}: ${p}`);
          }
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it.each(LANGUAGES)('axe finds no violations on any kind of step, in %s', async (lang) => {
    const page = pages.get(lang) as Page;
    await page.setViewportSize(SIZES[0] as { width: number; height: number });
    const found: string[] = [];
    const kinds = new Set<string>();
    for (const lesson of lessons) {
      for (const [i, step] of lesson.steps.entries()) {
        const kind = step.type === 'explain' && step.screen ? 'explain-screen' : step.type;
        if (kinds.has(kind)) continue;
        kinds.add(kind);
        await page.evaluate(
          (hash) => {
            location.hash = hash;
          },
          `#/lesson/${lesson.id}/${i + 1}`,
        );
        const title =
          step.type === 'check'
            ? wordsIn(lang, 'ui', 'check.title')
            : wordsIn(lang, lesson.id, `steps.${step.id}.title`);
        await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
        for (const v of await axeViolations(page)) found.push(`${lesson.id} step ${i + 1}: ${v}`);
      }
    }
    expect(kinds.size).toBe(6);
    expect(found).toEqual([]);
  });

  it.each(LANGUAGES)('home shows what to tap first, and where the lessons start, in %s', async (lang) => {
    const page = pages.get(lang) as Page;
    const problems: string[] = [];
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.evaluate(() => {
        location.hash = '#/';
      });
      await page.locator('.resume .button').first().waitFor();
      await page.evaluate(() => scrollTo(0, 0));
      // The lessons are many, in paths, and the page scrolls; what to tap first never needs it, and
      // the first path's heading and first lesson show where the rest are.
      const first = ['.resume .button', '.path h2', '.path .lesson-card h3'];
      for (const p of await onScreen(page, first)) problems.push(`${size.width}×${size.height}: ${p}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('at 200 % text, where a step may scroll', () => {
  it('brings the practice target into sight when the step opens, and when it is ringed', async () => {
    // A 768 × 1024 tablet zoomed to 200 %, as WCAG's resize-text check does: half the CSS pixels.
    const page = await app.onlineTablet({ viewport: { width: 384, height: 512 }, deviceScaleFactor: 2 });
    await page.goto(app.server.url);
    await newLearner(page, 'Maria');
    await page.evaluate(
      (hash) => {
        location.hash = hash;
      },
      `#/lesson/book-gp-appointment/${stepNumber('book-gp-appointment', 'choose-type')}`,
    );
    await page
      .getByRole('heading', { level: 1, name: wordsIn('en', 'book-gp-appointment', 'steps.choose-type.title') })
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollHeight > innerHeight)).toBe(true);
    await expect.poll(async () => onScreen(page, ['.practice [data-target="type-phone"]'])).toEqual([]);

    // Back at the top, the choice is out of sight; three taps that miss (Continue before a choice,
    // made where the page stands) ring it, and it comes into sight.
    await page.evaluate(() => scrollTo(0, 0));
    expect(await onScreen(page, ['.practice [data-target="type-phone"]'])).not.toEqual([]);
    for (let i = 0; i < 3; i++) {
      await page.evaluate(() => document.querySelector<HTMLElement>('.practice [data-target="continue"]')?.click());
    }
    await page.locator('.pr-highlight').waitFor();
    await expect.poll(async () => onScreen(page, ['.pr-highlight'])).toEqual([]);
    await page.close();
  });
});
