import { describe, expect, it } from 'vitest';
import { wordsIn } from '../content';
import { stepHeading } from './lesson-in-browser';
import { practiceSpan, practiseSteps, watchedLearner } from './practise-lesson';
import { useStaticAppInChromium } from './static-app';

const LESSON = 'wifi-and-nhs-app';
const app = useStaticAppInChromium();

describe('in Chromium, a learner joins the Wi-fi and installs the NHS App on practice screens', () => {
  // One page for each language: the practice steps run one after another, as a learner meets them.
  it.each(['en', 'ur'])(
    'in %s: Settings, the network and its password, then the app store to the real NHS App, and nothing is sent',
    async (lang) => {
      const { page, errors, sent } = await watchedLearner(app, lang);
      const practice = page.locator('.practice');
      const shown = (key: string) => practice.getByText(wordsIn('en', 'practice', key), { exact: true }).count();
      let joined = false;
      await practiseSteps(page, lang, LESSON, practiceSpan(LESSON), async (step) => {
        if (step.id !== 'connected') return;
        // Join opens the Wi-Fi list again: the hub's network ticked and "Connected", the fan at the top.
        expect(await shown('screens.settings-wifi-joined.connected')).toBe(1);
        expect(await practice.locator('.pr-net-joined').textContent()).toContain(
          wordsIn('en', 'practice', 'screens.settings-wifi-joined.community-hub'),
        );
        expect(await practice.locator('.pr-status-fan').count()).toBe(1);
        joined = true;
      });
      expect(joined).toBe(true);
      // Install opens the NHS App's page again, made by NHS England, its button now "Open".
      await expect.poll(() => stepHeading(page)).toBe(wordsIn(lang, LESSON, 'steps.open-app.title'));
      expect(await shown('screens.store-installed.maker')).toBe(1);
      expect(await shown('screens.store-installed.open')).toBe(1);
      expect(errors).toEqual([]);
      expect(sent).toEqual([]);
      await page.close();
    },
  );
});
