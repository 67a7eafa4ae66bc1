import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { words } from '../content';
import { launchChromium } from './browser';
import { hello, newLearner, pickLearner } from './learner-in-browser';
import { completeEveryLesson, lessonStates, waitUntilReadyOffline } from './offline-helpers';
import { DIST } from './serve';
import { type StaticServer, startStaticServer } from './static-server';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startStaticServer(DIST)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('offline in Chromium', () => {
  it('after one visit online, everything works from a cold start with no connection', async () => {
    const context = await browser.newContext({ viewport: { width: 820, height: 1180 } });
    const first = await context.newPage();
    await first.goto(server.url);
    await newLearner(first, 'Sam');
    await waitUntilReadyOffline(first);

    await context.setOffline(true);
    const requestsBefore = server.requested.length;
    for (const page of context.pages()) await page.close();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByText(words('ui', 'offline.notice')).waitFor();
    await pickLearner(page, 'Sam');

    await completeEveryLesson(page, 'Sam');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: hello('Sam') }).waitFor();
    expect(await lessonStates(page)).toEqual([1, 2, 3].map(() => words('ui', 'home.state.done')));
    expect(server.requested.slice(requestsBefore)).toEqual([]);
    await context.close();
  }, 120_000);
});
