import { describe, expect, it } from 'vitest';
import { languageName } from '../../src/i18n/language-name';
import { PACK_CACHE } from '../../src/offline/pack-files';
import { words, wordsIn } from '../content';
import { englishIfAsked, hello, newLearner, pickLearner } from './learner-in-browser';
import { exact } from './lesson-in-browser';
import { everyLessonOffline, lessonStates, statesAfterEveryLesson, waitUntilReadyOffline } from './offline-helpers';
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

    await everyLessonOffline(page, 'Sam');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: hello('Sam') }).waitFor();
    expect(await lessonStates(page)).toEqual(statesAfterEveryLesson());
    // Hubsteps asks for nothing. The browser itself may check its service worker for an update
    // (/sw.js), which DevTools' offline switch does not stop; on a tablet with no connection that
    // check simply fails, and the version installed stays.
    expect(app.server.requested.slice(requestsBefore).filter((path) => path !== '/sw.js')).toEqual([]);
    await context.close();
  }, 120_000);

  it('after one visit online, new learners offline from cold choose their language and see its words, and English on request', async () => {
    const context = await app.browser.newContext({ viewport: { width: 820, height: 1180 } });
    const first = await context.newPage();
    await first.goto(app.server.url);
    await englishIfAsked(first);
    await waitUntilReadyOffline(first);

    await context.setOffline(true);
    const requestsBefore = app.server.requested.length;
    for (const page of context.pages()) await page.close();
    const page = await context.newPage();
    await page.goto(app.server.url);
    const langAndDir = (selector: string) =>
      page.locator(selector).evaluate((e: HTMLElement) => [e.lang, e.dir || getComputedStyle(e).direction]);
    for (const [lang, nickname, dir] of [
      ['ur', 'Amina', 'rtl'],
      ['bn', 'Rahim', 'ltr'],
    ] as const) {
      const w = (key: string, vars?: Record<string, string | number>) => wordsIn(lang, 'ui', key, vars);
      await page.getByRole('link', exact(words('ui', 'who.new'))).click();
      await page.getByRole('radio', exact(languageName(lang))).check();
      // The rest of the form is in their language at once, laid out as it is written.
      await page.getByRole('heading', { level: 1, name: w('new.title') }).waitFor();
      expect(await langAndDir('html')).toEqual([lang, dir]);
      await page.getByRole('textbox', exact(w('new.nickname'))).fill(nickname);
      await page.getByRole('radio', exact(w('avatars.avatar-teapot'))).check();
      await page.getByRole('button', exact(w('new.save'))).click();
      await page.getByRole('link', exact(w('card.start'))).click();
      await page.getByRole('heading', { level: 1, name: w('home.hello', { name: nickname }) }).waitFor();
      expect(await langAndDir('html')).toEqual([lang, dir]);

      await page.goto(`${app.server.url}#/lesson/repeat-prescription/1`);
      await page
        .getByRole('heading', { level: 1, name: wordsIn(lang, 'repeat-prescription', 'steps.intro.title') })
        .waitFor();
      // And in English, for the volunteer helping: laid out as English is.
      await page
        .getByRole('button', exact(words('ui', 'english.show')))
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: words('repeat-prescription', 'steps.intro.title') }).waitFor();
      expect(await langAndDir('main')).toEqual(['en', 'ltr']);

      await page.goto(`${app.server.url}#/`);
      await page.getByRole('button', exact(w('home.sign-out', { name: nickname }))).click();
      await page.getByRole('heading', { level: 1, name: words('ui', 'who.title') }).waitFor();
    }
    // Every word came from the tablet: Hubsteps asked nothing of the server. (The browser's own
    // check of its service worker, /sw.js, is not stopped by DevTools' offline switch; see above.)
    expect(app.server.requested.slice(requestsBefore).filter((path) => path !== '/sw.js')).toEqual([]);
    await context.close();
  }, 120_000);

  it('a language whose words the browser cleared shows English left to right, says so, and has its words when opened again online', async () => {
    const context = await app.browser.newContext({ viewport: { width: 820, height: 1180 } });
    const first = await context.newPage();
    await first.goto(app.server.url);
    await englishIfAsked(first);
    await waitUntilReadyOffline(first);
    await first.evaluate(async (cacheName) => {
      const cache = await caches.open(cacheName);
      for (const request of await cache.keys()) {
        if (new URL(request.url).pathname.includes('/words/ur/')) await cache.delete(request);
      }
    }, PACK_CACHE);
    // Gone from the browser's own cache too, and the server cannot be reached for them.
    await (await context.newCDPSession(first)).send('Network.clearBrowserCache');
    const isUrdu = (path: string) => path.includes('/words/ur/');
    app.server.setFault((path) => (isUrdu(path) ? 'drop' : 'ok'));

    await context.setOffline(true);
    for (const page of context.pages()) await page.close();
    const page = await context.newPage();
    await page.goto(app.server.url);
    await page.getByRole('link', exact(words('ui', 'who.new'))).click();
    await page.getByRole('radio', exact(languageName('ur'))).check();
    // A note in English that names the language in its own script.
    const note = page.getByRole('status').filter({ hasText: languageName('ur') });
    await note.waitFor();
    expect(await note.textContent()).toContain(words('ui', 'language.missing', { language: '@' }).split('@')[1]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(words('ui', 'new.title'));
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'en',
      'ltr',
    ]);

    // As the note says: opened again with internet, Hubsteps has the words.
    app.server.setFault(() => 'ok');
    await context.setOffline(false);
    await page.close();
    const online = await context.newPage();
    await online.goto(app.server.url);
    await online.getByRole('link', exact(words('ui', 'who.new'))).click();
    await online.getByRole('radio', exact(languageName('ur'))).check();
    await online.getByRole('heading', { level: 1, name: wordsIn('ur', 'ui', 'new.title') }).waitFor();
    expect(await online.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ur',
      'rtl',
    ]);
    expect(
      await online
        .getByRole('status')
        .filter({ hasText: languageName('ur') })
        .count(),
    ).toBe(0);
    await context.close();
  }, 120_000);
});
