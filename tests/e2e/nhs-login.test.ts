import { describe, expect, it } from 'vitest';
import { wordsIn } from '../content';
import { stepHeading } from './lesson-in-browser';
import { practiceSpan, practiseSteps, watchedLearner } from './practise-lesson';
import { useStaticAppInChromium } from './static-app';

const LESSON = 'nhs-login-setup';
const app = useStaticAppInChromium();

describe('in Chromium, a learner setting up NHS login', () => {
  it.each(['en', 'ur'])('does every practice step with the practice screens’ own controls, in %s', async (lang) => {
    const { page, errors, sent } = await watchedLearner(app, lang, 'Amina');
    await practiseSteps(page, lang, LESSON, practiceSpan(LESSON));
    // The last practice step moved on to the face scan, as NHS login would.
    await expect.poll(() => stepHeading(page)).toBe(wordsIn(lang, LESSON, 'steps.face-scan.title'));
    if (lang !== 'en') {
      const own = wordsIn(lang, 'practice', 'screens.login-face-scan.start-scan');
      expect(await page.locator('.pr-app [lang="ur"]', { hasText: own }).count()).toBe(1);
    }
    expect(errors).toEqual([]);
    expect(sent).toEqual([]);
    await page.close();
  });
});
