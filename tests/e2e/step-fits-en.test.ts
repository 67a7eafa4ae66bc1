import { describe, expect, it } from 'vitest';
import { stepNumber, wordsIn } from '../content';
import { newLearner } from './learner-in-browser';
import { useStaticAppInChromium } from './static-app';
import { onScreen, stepsFitIn } from './step-fits';

const app = useStaticAppInChromium();
// In English; step-fits-ur and step-fits-bn do Urdu and Bengali.
stepsFitIn('en', app);

describe('at 200 % text, where a step may scroll', () => {
  it('brings the practice target into sight when the step opens, and when it is ringed', async () => {
    // A 768 × 1024 tablet zoomed to 200 %, as WCAG's resize-text check does: half the CSS pixels.
    const page = await app.onlineTablet({ viewport: { width: 384, height: 512 }, deviceScaleFactor: 2 });
    await page.goto(app.server.url);
    await newLearner(page, 'Maria');
    await page.evaluate(
      (hash) => {
        location.hash = hash;
      },
      `#/lesson/book-gp-appointment/${stepNumber('book-gp-appointment', 'choose-type')}`,
    );
    await page
      .getByRole('heading', { level: 1, name: wordsIn('en', 'book-gp-appointment', 'steps.choose-type.title') })
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollHeight > innerHeight)).toBe(true);
    await expect.poll(async () => onScreen(page, ['.practice [data-target="type-phone"]'])).toEqual([]);

    // Back at the top, the choice is out of sight; three taps that miss (Continue before a choice,
    // made where the page stands) ring it, and it comes into sight.
    await page.evaluate(() => scrollTo(0, 0));
    expect(await onScreen(page, ['.practice [data-target="type-phone"]'])).not.toEqual([]);
    for (let i = 0; i < 3; i++) {
      await page.evaluate(() => document.querySelector<HTMLElement>('.practice [data-target="continue"]')?.click());
    }
    await page.locator('.pr-highlight').waitFor();
    await expect.poll(async () => onScreen(page, ['.pr-highlight'])).toEqual([]);
    await page.close();
  });
});
