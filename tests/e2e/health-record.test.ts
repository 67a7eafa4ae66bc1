import { describe, expect, it } from 'vitest';
import { wordsIn } from '../content';
import { stepHeading } from './lesson-in-browser';
import { practiceSpan, practiseSteps, watchedLearner } from './practise-lesson';
import { useStaticAppInChromium } from './static-app';

const LESSON = 'health-record';
const app = useStaticAppInChromium();

describe('in Chromium, a learner finds a test result in the GP health record', () => {
  // One page for each language: the practice steps run one after another, as a learner meets them.
  it.each(['en', 'ur'])(
    'in %s: from the NHS App home through Your health and the warning to one result and its comment, and nothing is sent',
    async (lang) => {
      const { page, errors, sent } = await watchedLearner(app, lang);
      await practiseSteps(page, lang, LESSON, practiceSpan(LESSON));
      // The last tap opens the result: the surgery's comment, as the app shows it, with no Change link.
      await expect.poll(() => stepHeading(page)).toBe(wordsIn(lang, LESSON, 'steps.read-result.title'));
      const result = page.locator('.practice');
      const shown = (key: string) => result.getByText(wordsIn('en', 'practice', key), { exact: true }).count();
      expect(await shown('screens.gp-test-result.title')).toBe(1);
      expect(await shown('screens.gp-test-result.comment.value')).toBe(1);
      if (lang !== 'en')
        expect(
          await result
            .getByText(wordsIn(lang, 'practice', 'screens.gp-test-result.comment.value'), { exact: true })
            .count(),
        ).toBe(1);
      expect(await result.getByRole('button', { name: wordsIn('en', 'practice', 'common.change') }).count()).toBe(0);
      expect(errors).toEqual([]);
      expect(sent).toEqual([]);
      await page.close();
    },
  );
});
