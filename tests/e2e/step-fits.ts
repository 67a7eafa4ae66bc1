import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTap, type Step } from '../../src/core/lesson';
import { lessons } from '../../src/lessons';
import { movesOnByItself, stepTitle } from '../content';
import { axeViolations } from './axe';
import { newLearner } from './learner-in-browser';
import type { StaticApp } from './static-app';

/**
 * The smallest tablets, in landscape and portrait (iPad). Larger ones (a 10-inch Android at
 * 1280 × 800, iPad 10th generation at 810 × 1080) have 4–25 % more room each way, while the text,
 * which grows with the width, grows by under 2 %: what fits these fits them.
 */
const SIZES = [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
];
/**
 * Whether each element is wholly on screen with nothing over it: inside the viewport, and the
 * element itself is what a tap at its middle reaches (not the bar at the bottom drawn over it).
 */
export const onScreen = (page: Page, selectors: string[]) =>
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

/** How long a step's heading may take to get the focus once it shows. */
const FOCUS_WITHIN_MS = 2000;

/**
 * Opens a step by its address, inside the page: waits for the heading `title`, the fonts, and the
 * heading's focus (up to FOCUS_WITHIN_MS, then says where the focus is). Answers where the page
 * stands and what has the focus. A thousand steps are opened, and one call each instead of four
 * leaves the browser's time for drawing them.
 */
const openStep = (page: Page, hash: string, title: string) =>
  page.evaluate(
    async ({ hash, title, focusWithin }) => {
      location.hash = hash;
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const asked = performance.now();
      while (document.querySelector('h1')?.textContent?.trim() !== title) {
        if (performance.now() - asked > 15_000)
          throw new Error(
            `${hash}: the heading "${title}" did not show; the page's is "${document.querySelector('h1')?.textContent}"`,
          );
        await frame();
      }
      await document.fonts.ready;
      const shown = performance.now();
      while (document.activeElement?.tagName !== 'H1' && performance.now() - shown < focusWithin) await frame();
      return { y: scrollY, focus: document.activeElement?.tagName };
    },
    { hash, title, focusWithin: FOCUS_WITHIN_MS },
  );

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

/**
 * Every step of every lesson, and home, on the smallest tablets each way up, for a learner in
 * `lang`; one file per language, so the three run side by side.
 */
export function stepsFitIn(lang: string, app: StaticApp): void {
  describe(`on a tablet, without scrolling, in ${lang}`, () => {
    let page: Page;
    beforeAll(async () => {
      page = await app.onlineTablet({ viewport: SIZES[0] });
      await page.goto(app.server.url);
      await newLearner(page, 'Maria', 'avatar-cat', lang);
    });
    afterAll(() => page.close());

    // One case for each language and lesson, so a longer catalogue adds cases, not minutes to one case.
    it.each(lessons.map((lesson) => lesson.id))(
      'every step shows its title, instruction, target and way on, in %s',
      async (lessonId) => {
        const problems: string[] = [];
        for (const size of SIZES) {
          await page.setViewportSize(size);
          for (const lesson of lessons.filter((l) => l.id === lessonId)) {
            for (const [i, step] of lesson.steps.entries()) {
              const title = stepTitle(lesson.id, step, lang);
              const at = `${size.width}×${size.height} ${lesson.id} step ${i + 1}`;
              // Each step opens at its top, with its heading focused.
              const top = await openStep(page, `#/lesson/${lesson.id}/${i + 1}`, title);
              if (top.y !== 0 || top.focus !== 'H1')
                problems.push(`${at}: opened at ${top.y} px, focus on ${top.focus}`);
              for (const p of await onScreen(page, mustSee(step))) problems.push(`${at}: ${p}`);
            }
          }
        }
        expect(problems).toEqual([]);
      },
    );

    it('axe finds no violations on any kind of step', async () => {
      await page.setViewportSize(SIZES[0] as { width: number; height: number });
      const found: string[] = [];
      const kinds = new Set<string>();
      for (const lesson of lessons) {
        for (const [i, step] of lesson.steps.entries()) {
          const kind = step.type === 'explain' && step.screen ? 'explain-screen' : step.type;
          if (kinds.has(kind)) continue;
          kinds.add(kind);
          await openStep(page, `#/lesson/${lesson.id}/${i + 1}`, stepTitle(lesson.id, step, lang));
          for (const v of await axeViolations(page)) found.push(`${lesson.id} step ${i + 1}: ${v}`);
        }
      }
      expect(kinds.size).toBe(6);
      expect(found).toEqual([]);
    });

    it('home shows what to tap first, and where the lessons start', async () => {
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
}
