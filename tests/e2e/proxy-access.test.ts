import { describe, expect, it } from 'vitest';
import { wordsIn } from '../content';
import { stepHeading } from './lesson-in-browser';
import { practiceSpan, practiseSteps, watchedLearner } from './practise-lesson';
import { useStaticAppInChromium } from './static-app';

const LESSON = 'proxy-access';
const app = useStaticAppInChromium();

describe('in Chromium, a learner acts for a linked profile in the NHS App and switches back', () => {
  // One page for each language: the practice steps run one after another, as a learner meets them.
  it.each(['en', 'ur'])(
    'in %s: Linked profiles, his profile under the yellow "Acting for" banner, his Prescriptions, then her own home again, and nothing is sent',
    async (lang) => {
      const { page, errors, sent } = await watchedLearner(app, lang);
      const shown = (key: string) =>
        page
          .locator('.practice')
          .getByText(wordsIn('en', 'practice', key), { exact: true })
          .count();
      const banners: number[] = [];
      await practiseSteps(page, lang, LESSON, practiceSpan(LESSON), async (step) => {
        // Whose profile it is stays in sight on every page while acting for him.
        if (step.id === 'acting-for' || step.id === 'switch-back')
          banners.push(await shown('screens.nhs-home-acting.acting'));
      });
      expect(banners).toEqual([1, 1]);
      // Switching back shows her own home: her name again, and no banner.
      await expect.poll(() => stepHeading(page)).toBe(wordsIn(lang, LESSON, 'steps.back-home.title'));
      expect(await shown('screens.nhs-home-linked.title')).toBe(1);
      expect(await shown('screens.nhs-home-acting.acting')).toBe(0);
      expect(await page.locator('.practice .pr-acting').count()).toBe(0);
      expect(errors).toEqual([]);
      expect(sent).toEqual([]);
      await page.close();
    },
  );
});
