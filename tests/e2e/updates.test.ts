import { describe, expect, it } from 'vitest';
import { lessonById } from '../../src/lessons';
import { PACK_LOCK } from '../../src/offline/pack-files';
import { words, wordsIn } from '../content';
import { hello, newLearner } from './learner-in-browser';
import { completeStepInBrowser, exact, stepHeading } from './lesson-in-browser';
import { picturesLoaded } from './offline-helpers';
import { DIST } from './serve';
import { checkForUpdate, markPage, newWorkerState, stillMarked, UPDATE_INSTALL_MS } from './sw-control';
import { cachedOf, controlledByNewest, installedTablet, keptFiles, useTwoBuilds, version } from './two-builds';

const lesson = lessonById('book-gp-appointment');
const updateNow = () => exact(words('ui', 'update.now'));
const builds = useTwoBuilds();

describe('updates in Chromium', () => {
  it('never interrupt a lesson, are offered at the next pause, and keep the progress', async () => {
    if (!lesson) throw new Error('lesson missing');
    const { context, page } = await installedTablet(builds);
    await page.goto(`${builds.server.url}#/lesson/${lesson.id}/1`);
    for (const step of lesson.steps.slice(0, 2)) await completeStepInBrowser(page, lesson, step);
    await markPage(page);

    builds.server.serve(builds.newBuild);
    await checkForUpdate(page);
    await expect.poll(() => newWorkerState(page), { timeout: UPDATE_INSTALL_MS }).toBe('waiting');
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
    expect(await version(builds, page)).toBe(words('ui', 'settings.version', { version: '2.0.0-test' }));
    await context.close();
  }, 120_000);

  it('taken in one tab reach the other tabs at their next pause, and bring the packs the tablet keeps', async () => {
    if (!lesson) throw new Error('lesson missing');
    const pl = (key: string, vars?: Record<string, string | number>) => wordsIn('pl', 'ui', key, vars);
    // Three tabs on one tablet: Sam in the middle of a lesson, Ola (in Polish) on her home screen,
    // and one left on "Who is learning today?".
    const { context, page: learning } = await installedTablet(builds);
    const resting = await context.newPage();
    await resting.goto(builds.server.url);
    await newLearner(resting, 'Ola', 'avatar-teapot', 'pl');
    const idle = await context.newPage();
    await idle.goto(builds.server.url);
    await idle.getByRole('heading', { level: 1, name: words('ui', 'who.title') }).waitFor();
    const oldFiles = keptFiles(DIST);
    // Every half second: each look lists the whole cache while the tablet is downloading into it.
    await expect.poll(() => cachedOf(resting, oldFiles), { timeout: 30_000, interval: 500 }).toEqual(oldFiles);
    await learning.goto(`${builds.server.url}#/lesson/${lesson.id}/1`);
    for (const step of lesson.steps.slice(0, 2)) await completeStepInBrowser(learning, lesson, step);
    for (const page of [learning, resting, idle]) await markPage(page);

    builds.server.serve(builds.newBuild);
    await checkForUpdate(resting);
    await expect.poll(() => newWorkerState(resting), { timeout: UPDATE_INSTALL_MS }).toBe('waiting');
    // Waiting, it holds the packs the tablet keeps in its own files: every lesson's pictures, every language's words.
    const newFiles = keptFiles(builds.newBuild);
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
    expect(await version(builds, learning)).toBe(words('ui', 'settings.version', { version: '2.0.0-test' }));

    // From cold with no connection, the new version runs with Ola's words and the lessons' pictures,
    // and the older copies are gone.
    await context.setOffline(true);
    for (const p of context.pages()) await p.close();
    const offline = await context.newPage();
    await offline.goto(builds.server.url);
    await offline.getByRole('button', exact('Ola')).click();
    await offline.getByRole('heading', { level: 1, name: pl('home.hello', { name: 'Ola' }) }).waitFor();
    expect(await version(builds, offline, 'pl')).toBe(pl('settings.version', { version: '2.0.0-test' }));
    expect(await cachedOf(offline, newFiles)).toEqual(newFiles);
    const replaced = oldFiles.filter((f) => !newFiles.includes(f));
    expect(await cachedOf(offline, replaced)).toEqual([]);
    await offline.goto(`${builds.server.url}#/lesson/${lesson.id}/3`);
    await expect.poll(() => stepHeading(offline)).toBe(wordsIn('pl', lesson.id, 'steps.open-appointments.title'));
    await offline.getByText(wordsIn('pl', 'practice', 'common.practice-mark')).waitFor();
    await offline.goto(`${builds.server.url}#/lesson/${lesson.id}/2`);
    await expect.poll(() => stepHeading(offline)).toBe(wordsIn('pl', lesson.id, 'steps.appointment-types.title'));
    await expect.poll(() => picturesLoaded(offline)).toBe(true);
    await context.close();
  }, 180_000);
});
