import { describe, expect, it } from 'vitest';
import { FIRST_LOAD_BUDGET_KB, firstLoad, totalGzipKB } from '../../bench/lib/first-load';
import { launchChromium } from './browser';
import { DIST, serveBuiltApp } from './serve';

describe('the start screen', () => {
  it(`loads at most ${FIRST_LOAD_BUDGET_KB} KB of JS and CSS, gzip`, async () => {
    const [browser, server] = await Promise.all([launchChromium(), serveBuiltApp()]);
    try {
      const files = await firstLoad(browser, server.url, DIST);
      expect(files.length).toBeGreaterThan(0);
      expect(totalGzipKB(files)).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_KB);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
