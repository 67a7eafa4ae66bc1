import { describe, expect, it } from 'vitest';
import { wordsIn } from '../content';
import { stepHeading } from './lesson-in-browser';
import { practiseSteps, watchedLearner } from './practise-lesson';
import { useStaticAppInChromium } from './static-app';

const LESSON = 'email-address';
const app = useStaticAppInChromium();

/**
 * The practice steps of "Get and use an email address", from opening the inbox to the inbox
 * after the email is read, done with the mail app's own controls as a learner of that language
 * would: an Urdu learner sees each control's English with the Urdu beneath.
 */
describe('in Chromium, a learner practises finding a code in an email', () => {
  it.each([
    ['en', 'Sam'],
    ['ur', 'Amina'],
  ])('in %s, with the mail app’s own controls, and nothing is sent', async (lang, name) => {
    const { page, errors, sent } = await watchedLearner(app, lang, name);
    await practiseSteps(page, lang, LESSON, { from: 'open-inbox', to: 'use-code' }, async (step) => {
      if (lang !== 'ur' || step.id !== 'open-inbox') return;
      // The mail app is left to right, as the real one is, with the learner's own words beneath its English.
      const own = page.locator('.pr-look-email .pr-own[lang="ur"]', {
        hasText: wordsIn('ur', 'practice', 'screens.email-mailboxes.inbox'),
      });
      await own.first().waitFor();
    });
    await expect.poll(() => stepHeading(page)).toBe(wordsIn(lang, 'ui', 'check.title'));
    expect(errors).toEqual([]);
    expect(sent).toEqual([]);
    await page.close();
  });
});
