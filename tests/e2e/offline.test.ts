import { describe, expect, it } from 'vitest';
import { words, wordsIn } from '../content';
import { englishIfAsked, hello, newLearner, pickLearner } from './learner-in-browser';
import { exact } from './lesson-in-browser';
import { completeEveryLesson, lessonStates, waitUntilReadyOffline } from './offline-helpers';
import { useStaticAppInChromium } from './static-app';

const app = useStaticAppInChromium();

describe('offline in Chromium', () => {
  it('after one visit online, everything works from a cold start with no connection', async () => {
    const context = await app.browser.newContext({ viewport: { width: 820, height: 1180 } });
    const first = await context.newPage();
    await first.goto(app.server.url);
    await newLearner(first, 'Sam');
    await waitUntilReadyOffline(first);

    await context.setOffline(true);
    const requestsBefore = app.server.requested.length;
    for (const page of context.pages()) await page.close();
    const page = await context.newPage();
    await page.goto(app.server.url);
    await page.getByText(words('ui', 'offline.notice')).waitFor();
    await pickLearner(page, 'Sam');

    await completeEveryLesson(page, 'Sam');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: hello('Sam') }).waitFor();
    expect(await lessonStates(page)).toEqual([1, 2, 3].map(() => words('ui', 'home.state.done')));
    expect(app.server.requested.slice(requestsBefore)).toEqual([]);
    await context.close();
  }, 120_000);

  it('a learner who chose another language has it from a cold start with no connection', async () => {
    const context = await app.browser.newContext({ viewport: { width: 820, height: 1180 } });
    const first = await context.newPage();
    await first.goto(app.server.url);
    await englishIfAsked(first);
    await waitUntilReadyOffline(first);
    await first.getByRole('link', exact(words('ui', 'who.new'))).click();
    await first.getByRole('textbox', exact(words('ui', 'new.nickname'))).fill('Amina');
    await first.getByRole('radio', exact(words('ui', 'avatars.avatar-owl'))).check();
    await first.getByRole('combobox', exact(words('ui', 'new.language'))).selectOption('ur');
    await first.getByRole('button', exact(words('ui', 'new.save'))).click();
    await first.getByRole('link', exact(wordsIn('ur', 'ui', 'card.start'))).click();
    await first.getByText(wordsIn('ur', 'ui', 'offline.ready'), { exact: true }).waitFor({ timeout: 30_000 });

    await context.setOffline(true);
    for (const page of context.pages()) await page.close();
    const page = await context.newPage();
    await page.goto(`${app.server.url}#/`);
    await page.getByRole('button', exact('Amina')).click();
    await page.getByRole('heading', { level: 1, name: wordsIn('ur', 'ui', 'home.hello', { name: 'Amina' }) }).waitFor();
    await page.goto(`${app.server.url}#/lesson/repeat-prescription/1`);
    const title = wordsIn('ur', 'repeat-prescription', 'steps.intro.title');
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    // And in English, for the volunteer helping.
    await page.getByRole('button', exact(words('ui', 'english.show'))).click();
    await page.getByRole('heading', { level: 1, name: words('repeat-prescription', 'steps.intro.title') }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await context.close();
  }, 120_000);
});
