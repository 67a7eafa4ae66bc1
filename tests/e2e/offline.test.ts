import { describe, expect, it } from 'vitest';
import { words } from '../content';
import { hello, newLearner, pickLearner } from './learner-in-browser';
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
});
