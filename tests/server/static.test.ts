import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { IndexHtmlTransformHook } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cspPlugin } from '../../build/csp-plugin';
import { buildApp } from '../../src/server/app';
import { type TempDatabase, tempDatabase } from './temp-db';

/** A page as the build makes it: the real CSP plugin puts the policy, with its script's hash, in it. */
async function builtPage(inlineScript: string): Promise<string> {
  const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <script>${inlineScript}</script>
    <script type="module" src="/assets/index-AbCd_-12.js"></script>
  </head>
  <body></body>
</html>
`;
  const hook = cspPlugin().transformIndexHtml as { handler: IndexHtmlTransformHook };
  const html = await hook.handler.call({} as never, page, {} as never);
  if (typeof html !== 'string') throw new Error('the CSP plugin gave no page');
  return html;
}

/** The policy a page carries in its <meta>. */
function metaPolicy(html: string): string {
  const found = /<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>/.exec(html);
  if (!found?.[1]) throw new Error('no policy in the page');
  return found[1];
}

let temp: TempDatabase;
let dist: string;
let app: FastifyInstance;
let pages: { index: string; coordinator: string };

function put(file: string, text: string) {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), text);
}

beforeEach(async () => {
  temp = await tempDatabase();
  dist = mkdtempSync(join(tmpdir(), 'hubsteps-dist-'));
  pages = { index: await builtPage('wakeUp()'), coordinator: await builtPage('signIn()') };
  put('index.html', pages.index);
  put('coordinator/index.html', pages.coordinator);
  put('sw.js', 'self.skipWaiting();');
  put('packs.json', '{"packs":[]}');
  put('manifest.webmanifest', '{}');
  put('assets/index-AbCd_-12.js', 'start();');
  put('assets/words/pl/ui-legacy-Zz9_yY8x.js', 'words();');
  put('.env', 'SECRET=1');
  app = await buildApp({ db: temp.db, distDir: dist });
});
afterEach(async () => {
  await app.close();
  await temp.remove();
  rmSync(dist, { recursive: true, force: true });
});

const API_POLICY = "default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'";

describe('the built app, served with the API', () => {
  it('serves the start page with the policy the build put in it, as a header, asked again each time', async () => {
    const answer = await app.inject({ method: 'GET', url: '/' });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.body).toBe(pages.index);
    expect(answer.headers['content-security-policy']).toBe(metaPolicy(pages.index));
    expect(answer.headers['content-security-policy']).toContain("script-src 'self' 'sha256-");
    expect(answer.headers['cache-control']).toBe('no-cache');
    // helmet's other headers are on pages too.
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['x-frame-options']).toBe('SAMEORIGIN');

    const same = await app.inject({ method: 'GET', url: '/index.html' });
    expect(same.body).toBe(pages.index);
    // Asked again with what it has, a tablet gets "not changed" and no body.
    const again = await app.inject({
      method: 'GET',
      url: '/',
      headers: { 'if-none-match': String(answer.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it("serves the coordinator's page at /coordinator/ with its own policy", async () => {
    const answer = await app.inject({ method: 'GET', url: '/coordinator/' });
    expect(answer.statusCode).toBe(200);
    expect(answer.body).toBe(pages.coordinator);
    expect(answer.headers['content-security-policy']).toBe(metaPolicy(pages.coordinator));
    expect(metaPolicy(pages.coordinator)).not.toBe(metaPolicy(pages.index));
    expect(answer.headers['cache-control']).toBe('no-cache');

    const bare = await app.inject({ method: 'GET', url: '/coordinator' });
    expect(bare.statusCode).toBe(301);
    expect(bare.headers.location).toBe('/coordinator/');
  });

  it("serves the service worker asked again each time, under the app's policy", async () => {
    const answer = await app.inject({ method: 'GET', url: '/sw.js' });
    expect(answer.statusCode).toBe(200);
    expect(answer.body).toBe('self.skipWaiting();');
    expect(answer.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(answer.headers['content-security-policy']).toBe(metaPolicy(pages.index));

    for (const url of ['/packs.json', '/manifest.webmanifest']) {
      const file = await app.inject({ method: 'GET', url });
      expect(file.statusCode).toBe(200);
      expect(file.headers['cache-control']).toBe('no-cache');
    }
  });

  it('keeps files named by their content for a year, as they never change', async () => {
    for (const url of ['/assets/index-AbCd_-12.js', '/assets/words/pl/ui-legacy-Zz9_yY8x.js']) {
      const answer = await app.inject({ method: 'GET', url });
      expect(answer.statusCode).toBe(200);
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(answer.headers['content-security-policy']).toBe(API_POLICY);
    }
    const head = await app.inject({ method: 'HEAD', url: '/assets/index-AbCd_-12.js' });
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-length']).toBe(String('start();'.length));
  });

  it('answers an unknown path, a hidden file or a POST to a page with a JSON 404, and the API as before', async () => {
    for (const url of ['/lesson/tablet-basics', '/assets/nothing-12345678.js', '/.env', '/api/nothing']) {
      const answer = await app.inject({ method: 'GET', url });
      expect(answer.statusCode, url).toBe(404);
      expect(answer.json()).toEqual({ error: 'not-found', message: expect.stringContaining('There is no GET ') });
      expect(answer.headers['content-security-policy']).toBe(API_POLICY);
    }
    const posted = await app.inject({ method: 'POST', url: '/', payload: {} });
    expect(posted.statusCode).toBe(404);

    const api = await app.inject({ method: 'GET', url: '/api/devices' });
    expect(api.statusCode).toBe(401);
    expect(api.headers['content-security-policy']).toBe(API_POLICY);
  });

  it('serves a page built again while it runs with the policy of the new build', async () => {
    const before = (await app.inject({ method: 'GET', url: '/' })).headers['content-security-policy'];
    const rebuilt = await builtPage('wakeUpAgain()');
    put('index.html', rebuilt);
    const after = await app.inject({ method: 'GET', url: '/' });
    expect(after.body).toBe(rebuilt);
    expect(after.headers['content-security-policy']).toBe(metaPolicy(rebuilt));
    expect(after.headers['content-security-policy']).not.toBe(before);
    expect((await app.inject({ method: 'GET', url: '/sw.js' })).headers['content-security-policy']).toBe(
      metaPolicy(rebuilt),
    );
  });

  it('will not serve a page the build gave no policy, and serves the API alone when there is no build', async () => {
    put('help.html', '<!doctype html><title>Help</title>');
    await expect(buildApp({ db: temp.db, distDir: dist })).rejects.toThrow(
      `${join(dist, 'help.html')} has no Content-Security-Policy: build it again`,
    );

    const empty = mkdtempSync(join(tmpdir(), 'hubsteps-dist-'));
    const apiOnly = await buildApp({ db: temp.db, distDir: empty });
    try {
      expect((await apiOnly.inject({ method: 'GET', url: '/' })).statusCode).toBe(404);
      expect((await apiOnly.inject({ method: 'GET', url: '/api/devices' })).statusCode).toBe(401);
    } finally {
      await apiOnly.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
