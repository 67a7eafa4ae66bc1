import { describe, expect, it } from 'vitest';
import { FIRST_LOAD_BUDGET_KB, firstLoad, totalGzipKB } from '../../bench/lib/first-load';
import { COORDINATOR_DIR } from '../../build/coordinator-build';
import { DIST } from './serve';
import { useStaticAppInChromium } from './static-app';

const app = useStaticAppInChromium();

describe('the start screen', () => {
  it(`loads at most ${FIRST_LOAD_BUDGET_KB} KB of JS and CSS, gzip`, async () => {
    const files = await firstLoad(app.browser, app.server.url, DIST);
    expect(files.length).toBeGreaterThan(0);
    // The coordinator's page is a build of its own (build/coordinator-build.ts): none of it here.
    expect(files.filter((f) => f.file.startsWith(`/${COORDINATOR_DIR}/`))).toEqual([]);
    expect(totalGzipKB(files)).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_KB);
  });
});
