import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { DIST } from './serve';
import { type StaticServer, startStaticServer } from './static-server';

export interface StaticApp {
  browser: Browser;
  server: StaticServer;
  /**
   * A fresh tablet (its own context) with no service worker, for tests of what screens show and
   * do: a new tablet's worker downloads every pack in the background, seconds of a 2-core
   * machine that such a test never uses. The offline, update and pack tests keep the worker.
   */
  onlineTablet: (options?: BrowserContextOptions) => Promise<Page>;
}

/** For one test file: Chromium and the built app on a static server whose faults the test controls. */
export function useStaticAppInChromium(): StaticApp {
  const app = {
    onlineTablet: (options?: BrowserContextOptions) => app.browser.newPage({ ...options, serviceWorkers: 'block' }),
  } as StaticApp;
  beforeAll(async () => {
    const [browser, server] = await Promise.all([launchChromium(), startStaticServer(DIST)]);
    Object.assign(app, { browser, server });
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
