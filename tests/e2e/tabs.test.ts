import { describe, expect, it } from 'vitest';
import { lessonById } from '../../src/lessons';
import { words, wordsIn } from '../content';
import { hello, newLearner, openVolunteerSettings, pickLearner } from './learner-in-browser';
import { exact, stepHeading } from './lesson-in-browser';
import { useStaticAppInChromium } from './static-app';
import { eventsOnTablet } from './tablet-db';

const app = useStaticAppInChromium();
const LESSON = 'tablet-basics';

describe('two tabs of Hubsteps on one tablet, in Chromium', () => {
  it('a learner removed in one tab is signed out of the other at once, which writes nothing more for them', async () => {
    const context = await app.browser.newContext({ viewport: { width: 820, height: 1180 } });
    const volunteer = await context.newPage();
    await volunteer.goto(app.server.url);
    await newLearner(volunteer, 'Sam');
    // Sam carries on learning in another tab.
    const learning = await context.newPage();
    await learning.goto(app.server.url);
    await pickLearner(learning, 'Sam');
    await learning.goto(`${app.server.url}#/lesson/${LESSON}/1`);
    const first = lessonById(LESSON)?.steps[0];
    await expect.poll(() => stepHeading(learning)).toBe(words(LESSON, `steps.${first?.id}.title`));

    await openVolunteerSettings(volunteer, app.server.url);
    await volunteer.getByRole('button', exact(words('ui', 'learners.remove', { name: 'Sam' }))).click();
    await volunteer.getByRole('button', exact(words('ui', 'learners.confirm-remove', { name: 'Sam' }))).click();
    await volunteer.getByText(words('ui', 'learners.done-remove', { name: 'Sam' })).waitFor();

    // No reload: the other tab hears of it, and Sam is no longer there.
    await learning.getByRole('heading', { level: 1, name: words('ui', 'who.title') }).waitFor();
    expect(await learning.getByRole('button', exact('Sam')).count()).toBe(0);
    const left = await eventsOnTablet(learning);
    expect(left.map((e) => e.type)).toEqual(['learner.removed']);
    await context.close();
  });

  it('a learner’s change of language in one tab is seen at once in another', async () => {
    const context = await app.browser.newContext({ viewport: { width: 820, height: 1180 } });
    const first = await context.newPage();
    await first.goto(app.server.url);
    await newLearner(first, 'Ola');
    const second = await context.newPage();
    await second.goto(app.server.url);
    await pickLearner(second, 'Ola');

    await first.goto(`${app.server.url}#/me`);
    await first.getByRole('combobox', exact(words('ui', 'new.language'))).selectOption('pl');
    await second.getByRole('heading', { level: 1, name: wordsIn('pl', 'ui', 'home.hello', { name: 'Ola' }) }).waitFor();
    expect(await second.evaluate(() => document.documentElement.lang)).toBe('pl');
    await context.close();
  });
});

describe('a screen whose code cannot be fetched, in Chromium', () => {
  it('says so with a Reload button, never "Loading…" for ever, and opens once it can', async () => {
    // No service worker, so the screen's code comes from the server, which fails it.
    const context = await app.browser.newContext({ viewport: { width: 820, height: 1180 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(app.server.url);
    await newLearner(page, 'Sam');
    app.server.setFault((path) => (/\/MySettings-[\w-]+\.(js|css)$/.test(path) ? 'error-500' : 'ok'));
    try {
      await page.getByRole('link', exact(words('ui', 'home.my-settings'))).click();
      await page.getByRole('heading', { level: 1, name: words('ui', 'screen.could-not-open') }).waitFor();
      expect(await page.getByText(words('ui', 'loading')).count()).toBe(0);

      app.server.setFault(() => 'ok');
      await page.getByRole('button', exact(words('ui', 'screen.reload'))).click();
      await page.getByRole('heading', { level: 1, name: words('ui', 'me.title') }).waitFor();
      await page.getByRole('link', exact(words('ui', 'player.all-lessons'))).click();
      await page.getByRole('heading', { level: 1, name: hello('Sam') }).waitFor();
    } finally {
      app.server.setFault(() => 'ok');
      await context.close();
    }
  });
});
