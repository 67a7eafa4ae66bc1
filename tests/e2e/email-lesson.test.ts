import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isTap, type Step } from '../../src/core/lesson';
import { lessonById } from '../../src/lessons';
import type { ScreenId } from '../../src/practice/screens';
import { movesOnByItself, stepNumber, wordsIn } from '../content';
import { newLearner } from './learner-in-browser';
import { exact, practiceControl, stepHeading } from './lesson-in-browser';
import { useStaticAppInChromium } from './static-app';

const LESSON = 'email-address';
const app = useStaticAppInChromium();

/**
 * The practice steps of "Get and use an email address", from opening the inbox to the inbox
 * after the email is read, done with the mail app's own controls as a learner of that language
 * would: an Urdu learner sees each control's English with the Urdu beneath, so a control is found
 * by its English name within the practice screen.
 */
async function practiseIn(page: Page, lang: string, step: Step): Promise<void> {
  const w = (ns: string, key: string) => wordsIn(lang, ns, key);
  const title = step.type === 'check' ? w('ui', 'check.title') : w(LESSON, `steps.${step.id}.title`);
  await expect.poll(() => stepHeading(page)).toBe(title);
  const next = page.getByRole('button', exact(w('ui', 'player.next')));
  if (step.type === 'practice') {
    const stage = page.locator('.step-stage');
    for (const action of step.goal) {
      if (!isTap(action)) throw new Error('This lesson types nothing');
      await practiceControl(stage, lang, step.screen as ScreenId, action.tap).click();
    }
    const moving = movesOnByItself(step);
    await page
      .getByText(w('ui', moving ? 'practice.well-done-moving' : 'practice.well-done'), { exact: true })
      .waitFor();
    if (moving) {
      // Only one way on: the mail app's own row or link, and no Next beside it.
      expect(await next.count()).toBe(0);
      await expect.poll(() => stepHeading(page), { timeout: 15_000 }).not.toBe(title);
      return;
    }
  }
  await next.click();
  await expect.poll(() => stepHeading(page)).not.toBe(title);
}

describe('in Chromium, a learner practises finding a code in an email', () => {
  it.each([
    ['en', 'Sam'],
    ['ur', 'Amina'],
  ])('in %s, with the mail app’s own controls, and nothing is sent', async (lang, name) => {
    const lesson = lessonById(LESSON);
    if (!lesson) throw new Error('The lesson is missing');
    const page = await app.onlineTablet({ viewport: { width: 1024, height: 768 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.server.url);
    await newLearner(page, name, 'avatar-cat', lang);
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET' || !r.url().startsWith(app.server.url)) sent.push(`${r.method()} ${r.url()}`);
    });

    const first = stepNumber(LESSON, 'open-inbox');
    const last = stepNumber(LESSON, 'use-code');
    await page.goto(`${app.server.url}#/lesson/${LESSON}/${first}`);
    if (lang === 'ur') {
      // The page reads right to left; the mail app is left to right, as the real one is, with
      // the learner's own words beneath its English.
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      const own = page.locator('.pr-look-email .pr-own[lang="ur"]', {
        hasText: wordsIn('ur', 'practice', 'screens.email-mailboxes.inbox'),
      });
      await own.first().waitFor();
      expect(await page.locator('.pr-look-email').getAttribute('dir')).toBe('ltr');
    }
    for (const step of lesson.steps.slice(first - 1, last)) await practiseIn(page, lang, step);
    await expect.poll(() => stepHeading(page)).toBe(wordsIn(lang, 'ui', 'check.title'));

    expect(errors).toEqual([]);
    expect(sent).toEqual([]);
    await page.close();
  });
});
