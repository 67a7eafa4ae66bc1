import { describe, expect, it } from 'vitest';
import { wordsIn } from '../content';
import { stepHeading } from './lesson-in-browser';
import { practiceSpan, practiseSteps, watchedLearner } from './practise-lesson';
import { useStaticAppInChromium } from './static-app';

const LESSON = 'ask-gp-online';
const app = useStaticAppInChromium();

describe('in Chromium, a learner asks their GP surgery for help online', () => {
  // One page for each language: the practice steps run one after another, as a learner meets them.
  it.each(['en', 'ur'])(
    'in %s: from Appointments through the form to the reply in Messages, and nothing is sent',
    async (lang) => {
      const { page, errors, sent } = await watchedLearner(app, lang);
      await practiseSteps(page, lang, LESSON, practiceSpan(LESSON));
      // The last practice step opens the surgery's reply, shown as the app shows it.
      await expect.poll(() => stepHeading(page)).toBe(wordsIn(lang, LESSON, 'steps.read-reply.title'));
      const reply = page.locator('.practice').getByText(wordsIn('en', 'practice', 'screens.messages-reply.body'));
      expect(await reply.count()).toBe(1);
      expect(errors).toEqual([]);
      expect(sent).toEqual([]);
      await page.close();
    },
  );
});
