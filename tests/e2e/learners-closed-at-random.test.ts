import { describe, expect, it } from 'vitest';
import { lessonById } from '../../src/lessons';
import { stepTitle, words } from '../content';
import { hello, newLearner, pickLearner } from './learner-in-browser';
import { completeStepInBrowser } from './lesson-in-browser';
import { useStaticAppInChromium } from './static-app';
import { eventsOnTablet } from './tablet-db';

const app = useStaticAppInChromium();
const saved = () => words('ui', 'save.saved');

/** A small, seeded random number generator, so a failing run can be repeated exactly. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('a learner on a tablet whose page is closed at random, in Chromium', () => {
  it('keeps every step it said was saved, when the page is closed at random moments (50 times)', async () => {
    const lesson = lessonById('book-gp-appointment');
    if (!lesson) throw new Error('lesson missing');
    const seed = Number(process.env.HUBSTEPS_SEED ?? 20261121);
    const random = seeded(seed);
    const context = await app.browser.newContext({ viewport: { width: 820, height: 1180 } });
    let page = await context.newPage();
    await page.goto(app.server.url);
    await newLearner(page, 'Sam');
    /** How many completions of each step the interface confirmed as saved. */
    const confirmed = new Map<string, number>();

    for (let round = 0; round < 50; round++) {
      // A step chosen by the seed, not by where the learner stopped: once the lesson is done it
      // would start again at its first step every time, so few steps would be tried.
      const number = 1 + Math.floor(random() * lesson.steps.length);
      const step = lesson.steps[number - 1];
      if (!step) throw new Error(`no step ${number}`);
      const title = stepTitle(lesson.id, step);
      await page.goto(`${app.server.url}#/lesson/${lesson.id}/${number}`);
      await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
      await completeStepInBrowser(page, lesson, step);
      if (random() < 0.5) {
        // Closed while saving, or just after: nothing is claimed for this step.
        await page.waitForTimeout(Math.floor(random() * 20));
      } else if (step.type !== 'done') {
        await page.getByRole('heading', { level: 1 }).filter({ hasNotText: title }).waitFor();
        await page.getByText(saved(), { exact: true }).waitFor();
        confirmed.set(step.id, (confirmed.get(step.id) ?? 0) + 1);
      }
      await page.close({ runBeforeUnload: false });
      page = await context.newPage();
      await page.goto(app.server.url);
      await pickLearner(page, 'Sam').catch(async (error: unknown) => {
        // What the reopened page showed instead ("Loading…", say), with the seed that repeats the run.
        const shown = await page
          .locator('#app')
          .innerText({ timeout: 1000 })
          .catch(() => '(nothing)');
        throw new Error(
          `round ${round} (seed ${seed}): Sam could not be picked; the reopened page showed ${JSON.stringify(shown)}`,
          { cause: error },
        );
      });
    }

    const stored = await eventsOnTablet(page);
    const completions = new Map<string, number>();
    for (const e of stored)
      if (e.type === 'step.completed') completions.set(e.stepId, (completions.get(e.stepId) ?? 0) + 1);
    expect(confirmed.size).toBeGreaterThan(3);
    for (const [stepId, count] of confirmed) {
      expect(completions.get(stepId) ?? 0, `step ${stepId} (seed ${seed})`).toBeGreaterThanOrEqual(count);
    }
    // A seq per device with no gaps and no repeats, however the page was closed.
    const seqs = stored.map((e) => e.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    await page.getByRole('heading', { level: 1, name: hello('Sam') }).waitFor();
    await context.close();
  }, 240_000);
});
