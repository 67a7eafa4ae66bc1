import { describe, expect, it } from 'vitest';
import { lessonById } from '../../src/lessons';
import { words } from '../content';
import { newLearner, pickLearner, signOutLearner } from './learner-in-browser';
import { completeStepInBrowser, exact, stepHeading } from './lesson-in-browser';
import { useStaticAppInChromium } from './static-app';

const app = useStaticAppInChromium();
const saved = () => words('ui', 'save.saved');

describe('learners on one tablet, in Chromium', () => {
  it('two learners each carry on at their own step after a reload', async () => {
    const page = await app.browser.newPage({ viewport: { width: 820, height: 1180 } });
    await page.goto(app.server.url);
    const plans = [
      { nickname: 'Amina', lessonId: 'book-gp-appointment', stepsDone: 3 },
      { nickname: 'Jan', lessonId: 'tablet-basics', stepsDone: 2 },
    ];
    for (const { nickname, lessonId, stepsDone } of plans) {
      const lesson = lessonById(lessonId);
      if (!lesson) throw new Error('lesson missing');
      await newLearner(page, nickname);
      await page.goto(`${app.server.url}#/lesson/${lessonId}`);
      for (const step of lesson.steps.slice(0, stepsDone)) await completeStepInBrowser(page, lesson, step);
      await page.getByText(saved()).waitFor();
      await page.goto(app.server.url);
      await signOutLearner(page, nickname);
    }

    await page.reload();
    for (const { nickname, lessonId, stepsDone } of plans) {
      await pickLearner(page, nickname);
      await page.getByRole('link', exact(words('ui', 'home.resume', { lesson: words(lessonId, 'title') }))).click();
      const next = lessonById(lessonId)?.steps[stepsDone];
      const title = next?.type === 'check' ? words('ui', 'check.title') : words(lessonId, `steps.${next?.id}.title`);
      await expect.poll(() => stepHeading(page)).toBe(title);
      await page.goto(app.server.url);
      await signOutLearner(page, nickname);
    }
    await page.close();
  }, 90_000);
});
