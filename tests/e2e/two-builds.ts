import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { PACK_CACHE } from '../../src/offline/pack-files';
import type { PackList } from '../../src/offline/pack-types';
import { launchChromium } from './browser';
import { buildVersion } from './builds';
import { newLearner, openVolunteerSettings } from './learner-in-browser';
import { waitUntilReadyOffline } from './offline-helpers';
import { DIST } from './serve';
import { type StaticServer, startStaticServer } from './static-server';

/** Chromium, a static server, and a second build of Hubsteps (version 2.0.0-test) to deploy. */
export interface TwoBuilds {
  browser: Browser;
  server: StaticServer;
  newBuild: string;
}

/** For one test file of updates: starts Chromium and the server, and builds the new version. */
export function useTwoBuilds(): TwoBuilds {
  const builds = {} as TwoBuilds;
  beforeAll(async () => {
    const [browser, server, newBuild] = await Promise.all([
      launchChromium(),
      startStaticServer(DIST),
      buildVersion('2.0.0-test'),
    ]);
    Object.assign(builds, { browser, server, newBuild });
  }, 120_000);
  afterAll(async () => {
    await builds.browser?.close();
    await builds.server?.close();
  });
  return builds;
}

/** A tablet with the installed version (DIST), a learner, and everything ready offline. */
export async function installedTablet({
  browser,
  server,
}: TwoBuilds): Promise<{ context: BrowserContext; page: Page }> {
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
export async function version({ server }: TwoBuilds, page: Page, lang = 'en'): Promise<string> {
  await openVolunteerSettings(page, server.url, lang);
  return (await page.locator('.version').textContent()) ?? '';
}

/** The pack files of a build that a tablet keeps: every lesson's pictures, and every language's words. */
export function keptFiles(build: string): string[] {
  const list = JSON.parse(readFileSync(join(build, 'packs.json'), 'utf8')) as PackList;
  return [...new Set(list.packs.flatMap((p) => p.files.map((f) => f.url)))];
}

/** Which of these files the tablet's pack cache holds. */
export const cachedOf = (page: Page, files: readonly string[]): Promise<string[]> =>
  page.evaluate(
    async ([cacheName, wanted]) => {
      const held = new Set((await (await caches.open(cacheName)).keys()).map((r) => new URL(r.url).pathname));
      return wanted.filter((f) => held.has(f));
    },
    [PACK_CACHE, files] as const,
  );

/** Whether the newest service worker controls the page, with none waiting behind it. */
export const controlledByNewest = (page: Page): Promise<boolean> =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return !registration?.waiting && registration?.active === navigator.serviceWorker.controller;
  });
