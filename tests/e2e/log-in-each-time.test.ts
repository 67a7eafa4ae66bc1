import { describe, expect, it } from 'vitest';
import { wordsIn } from '../content';
import { stepHeading } from './lesson-in-browser';
import { practiceSpan, practiseSteps, watchedLearner } from './practise-lesson';
import { useStaticAppInChromium } from './static-app';

const LESSON = 'log-in-each-time';
const app = useStaticAppInChromium();

describe('in Chromium, a learner logging in to the NHS App', () => {
  it.each(['en', 'ur'])('does every practice step with the practice screens’ own controls, in %s', async (lang) => {
    const { page, errors, sent } = await watchedLearner(app, lang, 'Amina');
    await practiseSteps(page, lang, LESSON, practiceSpan(LESSON));
    // Log out moved on to the app's first page, as the NHS App would.
    await expect.poll(() => stepHeading(page)).toBe(wordsIn(lang, LESSON, 'steps.logged-out.title'));
    if (lang !== 'en') {
      const own = wordsIn(lang, 'practice', 'screens.nhs-access.continue-login');
      expect(await page.locator('.pr-app [lang="ur"]', { hasText: own }).count()).toBe(1);
    }
    expect(errors).toEqual([]);
    expect(sent).toEqual([]);
    await page.close();
  });
});
