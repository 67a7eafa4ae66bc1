import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lessonById } from '../../src/lessons';
import { PACK_CACHE, PACK_LOCK } from '../../src/offline/pack-files';
import type { PackList } from '../../src/offline/pack-types';
import { words, wordsIn } from '../content';
import { launchChromium } from './browser';
import { buildVersion } from './builds';
import { hello, newLearner, openVolunteerSettings, pickLearner } from './learner-in-browser';
import { completeStepInBrowser, exact, stepHeading } from './lesson-in-browser';
import { picturesLoaded, waitUntilReadyOffline } from './offline-helpers';
import { DIST } from './serve';
import { type StaticServer, startStaticServer } from './static-server';
import { checkForUpdate, hasActiveWorker, markPage, newWorkerState, stillMarked } from './sw-control';

const lesson = lessonById('book-gp-appointment');
const updateNow = () => exact(words('ui', 'update.now'));
let browser: Browser;
let server: StaticServer;
let newBuild: string;

beforeAll(async () => {
  [browser, server, newBuild] = await Promise.all([
    launchChromium(),
    startStaticServer(DIST),
    buildVersion('2.0.0-test'),
  ]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function installedTablet(): Promise<{ context: BrowserContext; page: Page }> {
  server.serve(DIST);
  server.setFault(() => 'ok');
  const context = await browser.newContext({ viewport: { width: 820, height: 1180 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await newLearner(page, 'Sam');
  await waitUntilReadyOffline(page);
  return { context, page };
}

/** The version settings show, opened by a volunteer in the page's language. */
async function version(page: Page, lang = 'en'): Promise<string> {
  await openVolunteerSettings(page, server.url, lang);
  return (await page.locator('.version').textContent()) ?? '';
}

/** The pack files of a build that a tablet keeps: every lesson's pictures, and every language's words. */
function keptFiles(build: string): string[] {
  const list = JSON.parse(readFileSync(join(build, 'packs.json'), 'utf8')) as PackList;
  return [...new Set(list.packs.flatMap((p) => p.files.map((f) => f.url)))];
}

/** Which of these files the tablet's pack cache holds. */
const cachedOf = (page: Page, files: readonly string[]): Promise<string[]> =>
  page.evaluate(
    async ([cacheName, wanted]) => {
      const held = new Set((await (await caches.open(cacheName)).keys()).map((r) => new URL(r.url).pathname));
      return wanted.filter((f) => held.has(f));
    },
    [PACK_CACHE, files] as const,
  );

/** Whether the newest service worker controls the page, with none waiting behind it. */
const controlledByNewest = (page: Page): Promise<boolean> =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return !registration?.waiting && registration?.active === navigator.serviceWorker.controller;
  });

describe('updates in Chromium', () => {
  it('never interrupt a lesson, are offered at the next pause, and keep the progress', async () => {
    if (!lesson) throw new Error('lesson missing');
    const { context, page } = await installedTablet();
    await page.goto(`${server.url}#/lesson/${lesson.id}/1`);
    for (const step of lesson.steps.slice(0, 2)) await completeStepInBrowser(page, lesson, step);
    await markPage(page);

    server.serve(newBuild);
    await checkForUpdate(page);
    await expect.poll(() => newWorkerState(page), { timeout: 20_000 }).toBe('waiting');
    // The new version is ready, but the learner is mid-lesson: nothing changes under them.
    for (const step of lesson.steps.slice(2, 4)) await completeStepInBrowser(page, lesson, step);
    expect(await page.getByRole('button', updateNow()).count()).toBe(0);
    expect(await stillMarked(page)).toBe(true);
    await expect.poll(() => stepHeading(page)).toBe(words(lesson.id, `steps.${lesson.steps[4]?.id}.title`));

    // Back on the home screen, a natural pause: the update is offered, and taken.
    await page.getByRole('link', exact(words('ui', 'player.all-lessons'))).click();
    await page.getByRole('button', updateNow()).click();
    await expect.poll(() => stillMarked(page).catch(() => false), { timeout: 20_000 }).toBe(false);
    await page.getByRole('heading', { level: 1, name: hello('Sam') }).waitFor();
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', exact(words(lesson.id, 'title'))) });
    await card.getByRole('link', exact(words('ui', 'home.continue'))).click();
    await expect.poll(() => stepHeading(page)).toBe(words(lesson.id, `steps.${lesson.steps[4]?.id}.title`));
    expect(await version(page)).toBe(words('ui', 'settings.version', { version: '2.0.0-test' }));
    await context.close();
  }, 120_000);

  it('that fail to download, the app or one pack file, leave the installed version working offline, and are tried again later', async () => {
    const { context, page } = await installedTablet();
    const brokenApp = readdirSync(join(newBuild, 'assets')).find((f) => f.startsWith('Settings-') && f.endsWith('.js'));
    const brokenWords = keptFiles(newBuild).find((url) => url.startsWith('/assets/words/en/practice-'));
    if (!brokenApp || !brokenWords) throw new Error('no Settings chunk or English practice words in the new build');
    expect(keptFiles(DIST)).not.toContain(brokenWords);
    server.serve(newBuild);
    // Either one failing fails the whole install: first a file of the app, then one of the packs.
    for (const broken of [brokenApp, brokenWords]) {
      server.setFault((path) => (path.endsWith(broken) ? 'error-500' : 'ok'));
      await checkForUpdate(page);
      await expect.poll(() => server.requested.some((p) => p.endsWith(broken)), { timeout: 20_000 }).toBe(true);
      await expect.poll(() => newWorkerState(page), { timeout: 20_000 }).toBe('none');
    }

    // With every tab closed nothing waits to take over, so a cold start runs the installed version, words and all.
    await context.setOffline(true);
    for (const p of context.pages()) await p.close();
    const offline = await context.newPage();
    await offline.goto(server.url);
    await pickLearner(offline, 'Sam');
    expect(await offline.getByRole('button', updateNow()).count()).toBe(0);
    expect(await version(offline)).toBe(words('ui', 'settings.version', { version: '0.1.0' }));
    const installed = keptFiles(DIST);
    expect(await cachedOf(offline, installed)).toEqual(installed);
    await offline.goto(`${server.url}#/lesson/book-gp-appointment/3`);
    await expect.poll(() => stepHeading(offline)).toBe(words('book-gp-appointment', 'steps.open-appointments.title'));
    await offline.getByText(words('practice', 'common.practice-mark')).waitFor();

    // Later the server is mended and the connection is back: the update comes through.
    await context.setOffline(false);
    server.setFault(() => 'ok');
    await offline.goto(server.url);
    await checkForUpdate(offline);
    await offline.getByRole('button', updateNow()).waitFor({ timeout: 20_000 });
    await context.close();
  }, 120_000);

  it('taken in one tab reach the other tabs at their next pause, and bring the packs the tablet keeps', async () => {
    if (!lesson) throw new Error('lesson missing');
    const pl = (key: string, vars?: Record<string, string | number>) => wordsIn('pl', 'ui', key, vars);
    // Three tabs on one tablet: Sam in the middle of a lesson, Ola (in Polish) on her home screen,
    // and one left on "Who is learning today?".
    const { context, page: learning } = await installedTablet();
    const resting = await context.newPage();
    await resting.goto(server.url);
    await newLearner(resting, 'Ola', 'avatar-teapot', 'pl');
    const idle = await context.newPage();
    await idle.goto(server.url);
    await idle.getByRole('heading', { level: 1, name: words('ui', 'who.title') }).waitFor();
    const oldFiles = keptFiles(DIST);
    await expect.poll(() => cachedOf(resting, oldFiles), { timeout: 30_000 }).toEqual(oldFiles);
    await learning.goto(`${server.url}#/lesson/${lesson.id}/1`);
    for (const step of lesson.steps.slice(0, 2)) await completeStepInBrowser(learning, lesson, step);
    for (const page of [learning, resting, idle]) await markPage(page);

    server.serve(newBuild);
    await checkForUpdate(resting);
    await expect.poll(() => newWorkerState(resting), { timeout: 20_000 }).toBe('waiting');
    // Waiting, it holds the packs the tablet keeps in its own files: every lesson's pictures, every language's words.
    const newFiles = keptFiles(newBuild);
    expect(newFiles.filter((f) => !oldFiles.includes(f)).length).toBeGreaterThan(0);
    expect(await cachedOf(resting, newFiles)).toEqual(newFiles);
    // Coming back online makes the running version keep its packs; it leaves the waiting version's alone.
    await resting.evaluate(async (lock) => {
      dispatchEvent(new Event('online'));
      await navigator.locks.request(lock, () => undefined);
    }, PACK_LOCK);
    expect(await cachedOf(resting, newFiles)).toEqual(newFiles);

    // Ola's tab takes the update and reloads into it.
    await resting.getByRole('button', exact(pl('update.now'))).click();
    await expect.poll(() => stillMarked(resting).catch(() => false), { timeout: 20_000 }).toBe(false);
    await resting.getByRole('heading', { level: 1, name: pl('home.hello', { name: 'Ola' }) }).waitFor();
    // The tab already at a pause reloads into it at once.
    await expect.poll(() => stillMarked(idle).catch(() => false), { timeout: 20_000 }).toBe(false);
    await idle.getByRole('heading', { level: 1, name: words('ui', 'who.title') }).waitFor();

    // Sam's tab is now under the new version but mid-lesson: it carries on as it was.
    await expect.poll(() => controlledByNewest(learning)).toBe(true);
    for (const step of lesson.steps.slice(2, 5)) await completeStepInBrowser(learning, lesson, step);
    await expect.poll(() => stepHeading(learning)).toBe(words(lesson.id, `steps.${lesson.steps[5]?.id}.title`));
    await expect.poll(() => picturesLoaded(learning)).toBe(true);
    expect(await stillMarked(learning)).toBe(true);
    // Home is a natural pause: there it reloads, into the new version.
    await learning.getByRole('link', exact(words('ui', 'player.all-lessons'))).click();
    await expect.poll(() => stillMarked(learning).catch(() => false), { timeout: 20_000 }).toBe(false);
    await learning.getByRole('heading', { level: 1, name: hello('Sam') }).waitFor();
    expect(await version(learning)).toBe(words('ui', 'settings.version', { version: '2.0.0-test' }));

    // From cold with no connection, the new version runs with Ola's words and the lessons' pictures,
    // and the older copies are gone.
    await context.setOffline(true);
    for (const p of context.pages()) await p.close();
    const offline = await context.newPage();
    await offline.goto(server.url);
    await offline.getByRole('button', exact('Ola')).click();
    await offline.getByRole('heading', { level: 1, name: pl('home.hello', { name: 'Ola' }) }).waitFor();
    expect(await version(offline, 'pl')).toBe(pl('settings.version', { version: '2.0.0-test' }));
    expect(await cachedOf(offline, newFiles)).toEqual(newFiles);
    const replaced = oldFiles.filter((f) => !newFiles.includes(f));
    expect(await cachedOf(offline, replaced)).toEqual([]);
    await offline.goto(`${server.url}#/lesson/${lesson.id}/3`);
    await expect.poll(() => stepHeading(offline)).toBe(wordsIn('pl', lesson.id, 'steps.open-appointments.title'));
    await offline.getByText(wordsIn('pl', 'practice', 'common.practice-mark')).waitFor();
    await offline.goto(`${server.url}#/lesson/${lesson.id}/2`);
    await expect.poll(() => stepHeading(offline)).toBe(wordsIn('pl', lesson.id, 'steps.appointment-types.title'));
    await expect.poll(() => picturesLoaded(offline)).toBe(true);
    await context.close();
  }, 180_000);

  it('complete a first visit that the network cut off halfway, on the next visit', async () => {
    server.serve(DIST);
    const context = await browser.newContext({ viewport: { width: 820, height: 1180 } });
    const first = await context.newPage();
    await first.goto(server.url);
    // A tablet's very first start asks for a language.
    await first.getByRole('heading', { level: 1, name: words('ui', 'language.title') }).waitFor();
    // The app is showing; as it starts saving its offline copy, the connection drops after a few files.
    let served = 0;
    server.setFault(() => (++served > 5 ? 'drop' : 'ok'));
    await expect.poll(() => served, { timeout: 20_000 }).toBeGreaterThan(5);
    await expect.poll(() => newWorkerState(first), { timeout: 20_000 }).toBe('none');
    expect(await hasActiveWorker(first)).toBe(false);
    expect(await first.getByText(words('ui', 'offline.ready'), { exact: true }).count()).toBe(0);
    await first.close();

    server.setFault(() => 'ok');
    const second = await context.newPage();
    await second.goto(server.url);
    await waitUntilReadyOffline(second);

    await context.setOffline(true);
    await second.close();
    const offline = await context.newPage();
    await offline.goto(server.url);
    await newLearner(offline, 'Ola');
    await offline.goto(`${server.url}#/lesson/repeat-prescription/1`);
    await expect.poll(() => stepHeading(offline)).toBe(words('repeat-prescription', 'steps.intro.title'));
    await context.close();
  }, 120_000);
});
