import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isTap, type PracticeStep } from '../../src/core/lesson';
import { lessonById } from '../../src/lessons';
import type { ScreenId } from '../../src/practice/screens';
import { movesOnByItself, stepNumber, wordsIn } from '../content';
import { keyboardWords, keyTaps } from '../keyboard-taps';
import { newLearner } from './learner-in-browser';
import { exact, practiceControl, stepHeading } from './lesson-in-browser';
import { useStaticAppInChromium } from './static-app';

const LESSON = 'wifi-and-nhs-app';
const lesson = lessonById(LESSON);
const app = useStaticAppInChromium();

/** Does one practice step with the practice tablet's own controls, as its words ask, and waits for the lesson to move on. */
async function practise(page: Page, lang: string, step: PracticeStep): Promise<void> {
  const title = wordsIn(lang, LESSON, `steps.${step.id}.title`);
  await expect.poll(() => stepHeading(page)).toBe(title);
  // Only one way on: the practice tablet's own control, and no Next beside it.
  expect(movesOnByItself(step)).toBe(true);
  expect(await page.getByRole('button', exact(wordsIn(lang, 'ui', 'player.next'))).count()).toBe(0);
  const screen = step.screen as ScreenId;
  for (const action of step.goal) {
    if (isTap(action)) {
      await practiceControl(page.locator('.practice'), lang, screen, action.tap).click();
      continue;
    }
    await practiceControl(page.locator('.practice'), lang, screen, action.type).click();
    const keyboard = page.getByRole('group', exact(keyboardWords(lang).keyboard));
    for (const key of keyTaps(wordsIn(lang, LESSON, `steps.${step.id}.typeText`), lang)) {
      await keyboard.getByRole('button', exact(key)).click();
    }
  }
  await page.getByText(wordsIn(lang, 'ui', 'practice.well-done-moving'), { exact: true }).waitFor();
  await expect.poll(() => stepHeading(page), { timeout: 15_000 }).not.toBe(title);
}

/** Goes straight to a step of the lesson, as the volunteer's "resume" does. */
async function openStep(page: Page, stepId: string): Promise<void> {
  await page.evaluate(
    (hash) => {
      location.hash = hash;
    },
    `#/lesson/${LESSON}/${stepNumber(LESSON, stepId)}`,
  );
}

describe('in Chromium, a learner joins the Wi-fi and installs the NHS App on practice screens', () => {
  // One page for each language: the practice steps run one after another, as a learner meets them.
  it.each(['en', 'ur'])(
    'in %s: Settings, the network and its password, then the app store to the real NHS App, and nothing is sent',
    async (lang) => {
      if (!lesson) throw new Error('The lesson is missing');
      const page = await app.onlineTablet({ viewport: { width: 1024, height: 768 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(app.server.url);
      await newLearner(page, 'Sam', 'avatar-cat', lang);
      const sent: string[] = [];
      page.on('request', (r) => {
        if (r.method() !== 'GET' || !r.url().startsWith(app.server.url)) sent.push(`${r.method()} ${r.url()}`);
      });

      const practice = lesson.steps.filter((s): s is PracticeStep => s.type === 'practice');
      const wifi = practice.filter((s) => s.screen.startsWith('settings-'));
      const store = practice.filter((s) => s.screen.startsWith('store-'));
      expect(wifi.length + store.length).toBe(practice.length);

      const first = wifi[0];
      if (!first) throw new Error('No Wi-Fi practice');
      await openStep(page, first.id);
      for (const step of wifi) await practise(page, lang, step);

      // Join opens the Wi-Fi list again: the hub's network ticked and "Connected", the fan at the top.
      await expect.poll(() => stepHeading(page)).toBe(wordsIn(lang, LESSON, 'steps.connected.title'));
      const joined = page.locator('.practice');
      expect(
        await joined
          .getByText(wordsIn('en', 'practice', 'screens.settings-wifi-joined.connected'), { exact: true })
          .count(),
      ).toBe(1);
      expect(await joined.locator('.pr-net-joined').textContent()).toContain(
        wordsIn('en', 'practice', 'screens.settings-wifi-joined.community-hub'),
      );
      expect(await joined.locator('.pr-status-fan').count()).toBe(1);

      const search = store[0];
      if (!search) throw new Error('No app store practice');
      await openStep(page, search.id);
      for (const step of store) await practise(page, lang, step);

      // Install opens the NHS App's page again, made by NHS England, its button now "Open".
      await expect.poll(() => stepHeading(page)).toBe(wordsIn(lang, LESSON, 'steps.open-app.title'));
      const installed = page.locator('.practice');
      expect(
        await installed.getByText(wordsIn('en', 'practice', 'screens.store-installed.maker'), { exact: true }).count(),
      ).toBe(1);
      expect(
        await installed
          .getByRole('button', { name: wordsIn('en', 'practice', 'screens.store-installed.open') })
          .count(),
      ).toBe(1);
      if (lang === 'ur') expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(errors).toEqual([]);
      expect(sent).toEqual([]);
      await page.close();
    },
  );
});
