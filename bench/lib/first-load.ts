import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface LoadedFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** The start screen's budget for JS and CSS, gzip (DESIGN.md §9). */
export const FIRST_LOAD_BUDGET_KB = 50;

/**
 * Opens the built app in a fresh browser page and lists every script and style sheet it
 * fetched to show the start screen, sized as they would travel gzipped.
 */
export async function firstLoad(browser: Browser, url: string, dist: string): Promise<LoadedFile[]> {
  // No service worker: it would download every pack through the page right after the start,
  // keeping the network busy for seconds on a slow machine, long enough for the hub's sync
  // client to load on its timer (10 s after the first screen) and be counted as the start's.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const paths = new Set<string>();
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type === 'script' || type === 'stylesheet') paths.add(new URL(response.url()).pathname);
  });
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  return [...paths].sort().map((path) => {
    const content = readFileSync(join(dist, decodeURIComponent(path)));
    return { file: path, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
}

export const totalGzipKB = (files: readonly LoadedFile[]): number =>
  Math.round((files.reduce((sum, f) => sum + f.gzipBytes, 0) / 1024) * 10) / 10;

/**
 * The coordinator's page's own JS and CSS (dist/coordinator), gzip: staff open it on the hub's
 * server; tablets never load it, so it is reported apart and not counted in the budget above.
 */
export function coordinatorPageFiles(dist: string, folder: string): LoadedFile[] {
  const assets = join(dist, folder, 'assets');
  return readdirSync(assets)
    .filter((name) => /\.(js|css)$/.test(name))
    .sort()
    .map((name) => {
      const content = readFileSync(join(assets, name));
      return {
        file: `/${folder}/assets/${name}`,
        bytes: content.length,
        gzipBytes: gzipSync(content, { level: 9 }).length,
      };
    });
}
