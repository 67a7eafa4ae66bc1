import { describe, expect, it } from 'vitest';
import { wordsIn } from '../content';
import { stepHeading } from './lesson-in-browser';
import { practiceSpan, practiseSteps, watchedLearner } from './practise-lesson';
import { useStaticAppInChromium } from './static-app';

const LESSON = 'nhs-111';
const app = useStaticAppInChromium();

describe('in Chromium, a learner gets help from NHS 111 online', () => {
  // One page for each language: the practice steps run one after another, as a learner meets them.
  it.each(['en', 'ur'])(
    'in %s: from the NHS App home through the emergency check and the questions to what to do, and nothing is sent',
    async (lang) => {
      const { page, errors, sent } = await watchedLearner(app, lang);
      await practiseSteps(page, lang, LESSON, practiceSpan(LESSON));
      // The last answer opens 111 online's end page: what to do and where, as the service shows it.
      await expect.poll(() => stepHeading(page)).toBe(wordsIn(lang, LESSON, 'steps.result.title'));
      const result = page.locator('.practice');
      const shown = (key: string) => result.getByText(wordsIn('en', 'practice', key), { exact: true }).count();
      expect(await shown('screens.111-result.title')).toBe(1);
      expect(await shown('common.111-name')).toBe(1);
      expect(errors).toEqual([]);
      expect(sent).toEqual([]);
      await page.close();
    },
  );
});
