import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { words } from '../content';
import { newLearner, pickLearner } from './learner-in-browser';
import { exact, stepHeading } from './lesson-in-browser';
import { waitUntilReadyOffline } from './offline-helpers';
import { DIST } from './serve';
import { checkForUpdate, hasActiveWorker, newWorkerState } from './sw-control';
import { cachedOf, installedTablet, keptFiles, useTwoBuilds, version } from './two-builds';

const updateNow = () => exact(words('ui', 'update.now'));
const builds = useTwoBuilds();

describe('updates cut off by the network, in Chromium', () => {
  it('that fail to download, the app or one pack file, leave the installed version working offline, and are tried again later', async () => {
    const { context, page } = await installedTablet(builds);
    const brokenApp = readdirSync(join(builds.newBuild, 'assets')).find(
      (f) => f.startsWith('Settings-') && f.endsWith('.js'),
    );
    const brokenWords = keptFiles(builds.newBuild).find((url) => url.startsWith('/assets/words/en/practice-'));
    if (!brokenApp || !brokenWords) throw new Error('no Settings chunk or English practice words in the new build');
    expect(keptFiles(DIST)).not.toContain(brokenWords);
    builds.server.serve(builds.newBuild);
    // Either one failing fails the whole install: first a file of the app, then one of the packs.
    for (const broken of [brokenApp, brokenWords]) {
      builds.server.setFault((path) => (path.endsWith(broken) ? 'error-500' : 'ok'));
      await checkForUpdate(page);
      await expect.poll(() => builds.server.requested.some((p) => p.endsWith(broken)), { timeout: 20_000 }).toBe(true);
      await expect.poll(() => newWorkerState(page), { timeout: 20_000 }).toBe('none');
    }

    // With every tab closed nothing waits to take over, so a cold start runs the installed version, words and all.
    await context.setOffline(true);
    for (const p of context.pages()) await p.close();
    const offline = await context.newPage();
    await offline.goto(builds.server.url);
    await pickLearner(offline, 'Sam');
    expect(await offline.getByRole('button', updateNow()).count()).toBe(0);
    expect(await version(builds, offline)).toBe(words('ui', 'settings.version', { version: '0.1.0' }));
    const installed = keptFiles(DIST);
    expect(await cachedOf(offline, installed)).toEqual(installed);
    await offline.goto(`${builds.server.url}#/lesson/book-gp-appointment/3`);
    await expect.poll(() => stepHeading(offline)).toBe(words('book-gp-appointment', 'steps.open-appointments.title'));
    await offline.getByText(words('practice', 'common.practice-mark')).waitFor();

    // Later the server is mended and the connection is back: the update comes through.
    await context.setOffline(false);
    builds.server.setFault(() => 'ok');
    await offline.goto(builds.server.url);
    await checkForUpdate(offline);
    await offline.getByRole('button', updateNow()).waitFor({ timeout: 20_000 });
    await context.close();
  }, 120_000);

  it('complete a first visit that the network cut off halfway, on the next visit', async () => {
    builds.server.serve(DIST);
    const context = await builds.browser.newContext({ viewport: { width: 820, height: 1180 } });
    const first = await context.newPage();
    await first.goto(builds.server.url);
    // A tablet's very first start asks for a language.
    await first.getByRole('heading', { level: 1, name: words('ui', 'language.title') }).waitFor();
    // The app is showing; as it starts saving its offline copy, the connection drops after a few files.
    let served = 0;
    builds.server.setFault(() => (++served > 5 ? 'drop' : 'ok'));
    await expect.poll(() => served, { timeout: 20_000 }).toBeGreaterThan(5);
    await expect.poll(() => newWorkerState(first), { timeout: 20_000 }).toBe('none');
    expect(await hasActiveWorker(first)).toBe(false);
    expect(await first.getByText(words('ui', 'offline.ready'), { exact: true }).count()).toBe(0);
    await first.close();

    builds.server.setFault(() => 'ok');
    const second = await context.newPage();
    await second.goto(builds.server.url);
    await waitUntilReadyOffline(second);

    await context.setOffline(true);
    await second.close();
    const offline = await context.newPage();
    await offline.goto(builds.server.url);
    await newLearner(offline, 'Ola');
    await offline.goto(`${builds.server.url}#/lesson/repeat-prescription/1`);
    await expect.poll(() => stepHeading(offline)).toBe(words('repeat-prescription', 'steps.intro.title'));
    await context.close();
  }, 120_000);
});
