import { describe, expect, it } from 'vitest';
import { wordsIn } from '../content';
import { stepHeading } from './lesson-in-browser';
import { practiceSpan, practiseSteps, watchedLearner } from './practise-lesson';
import { useStaticAppInChromium } from './static-app';

const LESSON = 'stay-safe';
const app = useStaticAppInChromium();

describe('in Chromium, a learner spots a fake NHS text and a fake NHS email', () => {
  // One page for each language: the practice steps run in order, with the explanations between them.
  it.each(['en', 'ur'])(
    'in %s: deletes the text without following its link, checks the email’s sender and moves it to Junk, and nothing is sent',
    async (lang) => {
      const { page, errors, sent } = await watchedLearner(app, lang);
      const title = (id: string) => wordsIn(lang, LESSON, `steps.${id}.title`);
      await practiseSteps(page, lang, LESSON, practiceSpan(LESSON), async (step) => {
        if (step.id !== 'delete-text') return;
        // The scam's link is only words: tapping it goes nowhere and brings the step's hint.
        const practiceScreen = page.locator('.practice');
        expect(await practiceScreen.getByRole('link').count()).toBe(0);
        await practiceScreen.getByText('nhs-vaccine-booking.com/pay', { exact: true }).click();
        await page.getByText(wordsIn(lang, LESSON, 'steps.delete-text.hint'), { exact: false }).waitFor();
        expect(await stepHeading(page)).toBe(title(step.id));
      });
      // Move to Junk left the inbox without the fake email, as the mail app would show it.
      await expect.poll(() => stepHeading(page)).toBe(title('report-email'));
      const inbox = page.locator('.practice');
      expect(await inbox.getByText(wordsIn('en', 'practice', 'emails.nhs-scam.subject')).count()).toBe(0);
      expect(await inbox.getByText(wordsIn('en', 'practice', 'emails.nhs-login-code.subject')).count()).toBe(1);
      expect(errors).toEqual([]);
      expect(sent).toEqual([]);
      await page.close();
    },
  );
});
