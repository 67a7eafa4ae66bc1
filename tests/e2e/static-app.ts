import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { DIST } from './serve';
import { type StaticServer, startStaticServer } from './static-server';

export interface StaticApp {
  browser: Browser;
  server: StaticServer;
}

/** For one test file: Chromium and the built app on a static server whose faults the test controls. */
export function useStaticAppInChromium(): StaticApp {
  const app = {} as StaticApp;
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
