import { describe, expect, it } from 'vitest';
import { FIRST_LOAD_BUDGET_KB, firstLoad, totalGzipKB } from '../../bench/lib/first-load';
import { useBuiltAppInChromium } from './built-app';
import { DIST } from './serve';

const app = useBuiltAppInChromium();

describe('the start screen', () => {
  it(`loads at most ${FIRST_LOAD_BUDGET_KB} KB of JS and CSS, gzip`, async () => {
    const files = await firstLoad(app.browser, app.url, DIST);
    expect(files.length).toBeGreaterThan(0);
    expect(totalGzipKB(files)).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_KB);
  });
});
