import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { serveBuiltApp } from './serve';

export interface BuiltApp {
  browser: Browser;
  url: string;
}

/** For one test file: Chromium and the built app on loopback, started once, closed after. */
export function useBuiltAppInChromium(): BuiltApp {
  const app = {} as BuiltApp;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const [browser, server] = await Promise.all([launchChromium(), serveBuiltApp()]);
    Object.assign(app, { browser, url: server.url });
    close = server.close;
  });
  afterAll(async () => {
    await app.browser?.close();
    await close?.();
  });
  return app;
}
