import { describe, expect, it } from 'vitest';
import { wordsIn } from '../content';
import { stepHeading } from './lesson-in-browser';
import { practiceSpan, practiseSteps, watchedLearner } from './practise-lesson';
import { useStaticAppInChromium } from './static-app';

const LESSON = 'video-appointment';
const app = useStaticAppInChromium();

describe('in Chromium, a learner joins a video appointment from the surgery’s text', () => {
  // One page for each language: the practice steps run one after another, as a learner meets them.
  it.each(['en', 'ur'])(
    'in %s: from the text’s link through Allow, the self-view, the waiting room and Unmute to Leave, and the camera is never asked for',
    async (lang) => {
      const { page, errors, sent } = await watchedLearner(app, lang);
      // A practice call is drawn: it must never ask the tablet for its camera or microphone.
      const watching = await page.evaluate(() => {
        const w = window as Window & { cameraAsked?: number };
        w.cameraAsked = 0;
        const media = navigator.mediaDevices;
        if (!media) return false;
        media.getUserMedia = () => {
          w.cameraAsked = (w.cameraAsked ?? 0) + 1;
          return Promise.reject(new Error('practice must not ask for the camera'));
        };
        return true;
      });
      expect(watching).toBe(true);
      await practiseSteps(page, lang, LESSON, practiceSpan(LESSON));
      // Leave opens the page that says the call is over, as the service shows it.
      await expect.poll(() => stepHeading(page)).toBe(wordsIn(lang, LESSON, 'steps.call-ended.title'));
      const ended = page.locator('.practice');
      const shown = (key: string) => ended.getByText(wordsIn('en', 'practice', key), { exact: true }).count();
      expect(await shown('screens.video-ended.title')).toBe(1);
      expect(await shown('common.video-name')).toBe(1);
      expect(await page.evaluate(() => (window as Window & { cameraAsked?: number }).cameraAsked)).toBe(0);
      expect(errors).toEqual([]);
      expect(sent).toEqual([]);
      await page.close();
    },
  );
});
