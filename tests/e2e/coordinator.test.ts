import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { COORDINATOR_DIR } from '../../build/coordinator-build';
import { axeViolations } from './axe';
import { recordViolations } from './csp-violations';
import { englishIfAsked } from './learner-in-browser';
import { waitUntilReadyOffline } from './offline-helpers';
import { DIST } from './serve';
import { useStaticAppInChromium } from './static-app';

const app = useStaticAppInChromium();

const PAGE = join(DIST, COORDINATOR_DIR, 'index.html');
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const POLICY = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/;
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** A page's policy, directive by directive, its script hashes apart. */
function policyOf(html: string): { directives: string[]; scriptHashes: string[] } {
  const content = POLICY.exec(html)?.[1];
  if (!content) throw new Error('no Content-Security-Policy in the page');
  const directives = content.split(';').map((d) => d.trim());
  const scriptSrc = directives.find((d) => d.startsWith('script-src ')) ?? '';
  return {
    directives: directives.map((d) => (d.startsWith('script-src ') ? "script-src 'self' …" : d)),
    scriptHashes: scriptSrc.split(/\s+/).filter((v) => v.startsWith("'sha256-")),
  };
}

/** Every file the service worker precaches, as its injected manifest lists them. */
function precached(): string[] {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  return [...sw.matchAll(/"?url"?\s*:\s*"([^"]+)"/g)].map((m) => m[1] ?? '');
}

/** Every file under a folder of the build, as paths from the build's root. */
function filesUnder(folder: string): string[] {
  return readdirSync(join(DIST, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(DIST.length + 1));
}

describe("the coordinator's page in the build", () => {
  it('is dist/coordinator/index.html, under the same policy as the app, each inline script hashed', () => {
    expect(existsSync(PAGE)).toBe(true);
    const html = readFileSync(PAGE, 'utf8');
    const appPolicy = policyOf(readFileSync(join(DIST, 'index.html'), 'utf8'));
    const policy = policyOf(html);
    expect(policy.directives).toEqual(appPolicy.directives);
    const inline = [...html.matchAll(INLINE_SCRIPT)]
      .filter(([, attributes = '']) => !/\ssrc\s*=/i.test(attributes))
      .map(([, , text = '']) => sha256(text));
    expect(inline.length).toBeGreaterThan(0);
    expect(policy.scriptHashes.sort()).toEqual(inline.sort());
    // Its own files only: none of the tablet's.
    const loaded = [...html.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((m) => m[1]);
    expect(loaded.filter((url) => url !== '/icon.svg' && !url?.startsWith(`/${COORDINATOR_DIR}/assets/`))).toEqual([]);
  });

  it("is not in the tablet's service worker precache: none of its files", () => {
    const manifest = precached();
    // The manifest was read: the app's page and its entry are in it.
    expect(manifest).toContain('index.html');
    expect(manifest.some((url) => /^assets\/index-legacy-.*\.js$/.test(url))).toBe(true);
    const coordinatorFiles = filesUnder(COORDINATOR_DIR);
    expect(coordinatorFiles).toContain(`${COORDINATOR_DIR}/index.html`);
    expect(coordinatorFiles.some((file) => file.endsWith('.js'))).toBe(true);
    expect(manifest.filter((url) => url.startsWith(`${COORDINATOR_DIR}/`) || coordinatorFiles.includes(url))).toEqual(
      [],
    );
  });
});

/** The hub server's coordinator API, answered in the browser, with one tablet of each kind. */
async function fakeApi(context: BrowserContext): Promise<void> {
  const now = Date.now();
  const json = (route: Route, status: number, body?: unknown) =>
    route.fulfill({ status, contentType: 'application/json', body: body === undefined ? '' : JSON.stringify(body) });
  await context.route('**/api/**', (route) => {
    const request = route.request();
    const path = new URL(request.url()).pathname;
    const key = `${request.method()} ${path}`;
    if (key === 'POST /api/session') return json(route, 201, { token: 'a-session', expiresAt: '2099-01-01T00:00:00Z' });
    if (key === 'DELETE /api/session') return json(route, 204);
    if (key === 'GET /api/hub') return json(route, 200, { name: 'Library hub', wifiOnly: true });
    if (key === 'PATCH /api/hub') return json(route, 200, { name: 'Library hub', ...request.postDataJSON() });
    if (key === 'POST /api/enrolment-codes') {
      return json(route, 201, { code: 'ABCDEFGH', expiresAt: new Date(now + 20 * 3600_000).toISOString() });
    }
    if (key === 'GET /api/devices') {
      return json(route, 200, {
        devices: [
          {
            deviceId: 'device-1',
            name: 'Tablet 1',
            enrolledAt: new Date(now - 30 * 86400_000).toISOString(),
            revokedAt: null,
            lastSyncAt: new Date(now - 3 * 3600_000).toISOString(),
            waiting: 12,
            gaps: [
              { from: 4, to: 6, kind: 'unexplained' },
              { from: 9, to: 10, kind: 'discarded' },
            ],
          },
          {
            deviceId: 'device-2',
            name: 'Reception tablet with a long name',
            enrolledAt: new Date(now - 20 * 86400_000).toISOString(),
            revokedAt: new Date(now - 86400_000).toISOString(),
            lastSyncAt: null,
            waiting: null,
            gaps: [],
          },
        ],
      });
    }
    if (/^POST \/api\/devices\/[^/]+\/revoke$/.test(key)) return json(route, 204);
    return json(route, 404, { error: 'not-found', message: `There is no ${key} here.` });
  });
}

/** Whether anything on the page reaches past its right edge (a table too wide, say). */
const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe("the coordinator's page in Chromium", () => {
  it.each([768, 1280])(
    'at %i px wide: every screen runs under the policy, styled, fits, and axe finds nothing',
    async (width) => {
      const context = await app.browser.newContext({ viewport: { width, height: 900 } });
      const violations = await recordViolations(context);
      await fakeApi(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${app.server.url}${COORDINATOR_DIR}/`);

      const h1 = page.getByRole('heading', { level: 1 });
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      expect(await h1.evaluate((el) => el === document.activeElement)).toBe(true);
      // coordinator.css applies: the page's background.
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
        'rgb(240, 244, 245)',
      );
      expect(await axeViolations(page)).toEqual([]);

      // By keyboard: Tab to each field, Enter to sign in.
      await page.keyboard.press('Tab');
      await page.keyboard.type('sam@example.org');
      await page.keyboard.press('Tab');
      await page.keyboard.type('correct horse battery');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Library hub' }).waitFor();
      await page.getByRole('rowheader', { name: 'Tablet 1' }).waitFor();
      expect(await page.getByRole('row').filter({ hasText: 'Tablet 1' }).textContent()).toContain('3 hours ago');
      expect(await overflows(page)).toBe(false);
      const revoke = page.getByRole('button', { name: 'Revoke Tablet 1' });
      expect((await revoke.boundingBox())?.height).toBeGreaterThanOrEqual(44);
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Make an enrolment code' }).click();
      await page.getByRole('heading', { level: 1, name: 'Enrolment code' }).waitFor();
      const group = page.getByText('ABCD', { exact: true });
      expect(Number.parseFloat(await group.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(40);
      expect(await overflows(page)).toBe(false);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Back to the tablets' }).click();

      await revoke.click();
      await page.getByRole('heading', { level: 1, name: 'Revoke Tablet 1?' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('heading', { level: 1, name: 'Library hub' }).waitFor();

      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it("opens at /coordinator/ on a tablet whose service worker keeps the app, not the tablet's app", async () => {
    const context = await app.browser.newContext({ viewport: { width: 820, height: 1180 } });
    const page = await context.newPage();
    await page.goto(app.server.url);
    await englishIfAsked(page);
    await waitUntilReadyOffline(page);
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

    await page.goto(`${app.server.url}${COORDINATOR_DIR}/`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    // And the tablet's app still opens from its cache.
    await page.goto(app.server.url);
    await page.locator('#app h1').waitFor();
    await context.close();
  }, 120_000);
});
