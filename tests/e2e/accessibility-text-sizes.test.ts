import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { lessonById } from '../../src/lessons';
import { stepNumber, words, wordsIn } from '../content';
import { sideways, textSize } from './accessibility-checks';
import { axeViolations } from './axe';
import { newLearner } from './learner-in-browser';
import { stepHeading } from './lesson-in-browser';
import { screenSettled } from './screen-settled';
import { useStaticAppInChromium } from './static-app';

const LESSON = 'book-gp-appointment';
const app = useStaticAppInChromium();

/** A step's address, found by its id. */
const step = (id: string) => `#/lesson/${LESSON}/${stepNumber(LESSON, id)}`;

let shared: Page | undefined;
/** One English learner's tablet, at the width asked: the cases here only open steps by address. */
async function learnerTablet(width: number): Promise<Page> {
  if (!shared) {
    shared = await app.onlineTablet({ viewport: { width, height: 1000 } });
    await shared.goto(app.server.url);
    await newLearner(shared, 'Sam');
  }
  await shared.setViewportSize({ width, height: 1000 });
  return shared;
}
afterAll(() => shared?.close());

describe('accessibility with larger text and on small and wide screens, in Chromium', () => {
  it('text grows to 200 % without anything scrolling sideways', async () => {
    const page = await learnerTablet(820);
    for (const path of ['#/', step('open-appointments'), step('type-reason')]) {
      await page.goto(`${app.server.url}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await screenSettled(page);
      await textSize(page, 200);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
      await textSize(page, 100);
    }
  });

  /**
   * The practice mail app's screens, each at its widest and narrowest and with text at 200 %: one
   * learner's tablet for them all, going from step to step as a learner would.
   */
  it('axe-core finds no violations on the mail app’s screens at 320 px, 1280 px and 200 % text, and nothing scrolls sideways', async () => {
    const mail = 'email-address';
    const shown = ['open-inbox', 'the-inbox', 'find-code', 'use-code'];
    const page = await learnerTablet(320);
    const found: unknown[] = [];
    for (const id of shown) {
      await page.goto(`${app.server.url}#/lesson/${mail}/${stepNumber(mail, id)}`);
      await expect.poll(() => stepHeading(page)).toBe(words(mail, `steps.${id}.title`));
      await page.locator('.pr-look-email').waitFor();
      await screenSettled(page);
      for (const size of ['320 px', '1280 px', '200 % text']) {
        await page.setViewportSize({ width: size === '1280 px' ? 1280 : 320, height: 1000 });
        if (size === '200 % text') await textSize(page, 200);
        const overflow = await sideways(page);
        found.push({ id, size, overflow, violations: await axeViolations(page) });
      }
      await textSize(page, 100);
    }
    expect(found).toEqual(
      shown.flatMap((id) =>
        ['320 px', '1280 px', '200 % text'].map((size) => ({ id, size, overflow: 0, violations: [] })),
      ),
    );
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
        ['320 px', 320, 100],
        ['1280 px', 1280, 100],
        ['200 % text', 820, 200],
      ] as const) {
        await page.setViewportSize({ width, height: 1000 });
        await textSize(page, text);
        for (const v of await axeViolations(page, '.practice')) found.push(`${screen} at ${at}: ${v}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) found.push(`${screen} at ${at}: scrolls ${overflow} px sideways`);
      }
    }
    expect(seen.size).toBe(10);
    expect(found).toEqual([]);
    await page.context().close();
  }, 180_000);
});
