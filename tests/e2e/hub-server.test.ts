import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHub } from '../../src/server/accounts';
import { buildApp } from '../../src/server/app';
import { migrateToLatest } from '../../src/server/db/migrations';
import { openDatabase } from '../../src/server/db/open';
import { words } from '../content';
import { launchChromium } from './browser';
import { recordViolations } from './csp-violations';
import { englishIfAsked } from './learner-in-browser';
import { waitUntilReadyOffline } from './offline-helpers';
import { DIST } from './serve';

// The built app as a hub serves it: from the hub server, with its headers, beside the API.
const dir = mkdtempSync(join(tmpdir(), 'hubsteps-hub-'));
const db = openDatabase({ kind: 'sqlite', file: join(dir, 'hubsteps.sqlite') });
const server = await buildApp({ db, distDir: DIST });
let browser: Browser;
let url: string;

beforeAll(async () => {
  await migrateToLatest(db);
  await createHub(db, { hubName: 'Library hub', email: 'sam@example.org', password: 'correct horse battery' });
  const [launched, address] = await Promise.all([launchChromium(), server.listen({ port: 0, host: '127.0.0.1' })]);
  browser = launched;
  url = `${address}/`;
});
afterAll(async () => {
  await browser?.close();
  await server.close();
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe('the app served by the hub server', () => {
  it('starts, gets ready to use with no connection, and starts again offline, with no policy violation', async () => {
    const context = await browser.newContext({ viewport: { width: 820, height: 1180 } });
    const violations = await recordViolations(context);
    const errors: string[] = [];
    const first = await context.newPage();
    first.on('pageerror', (e) => errors.push(e.message));
    await first.goto(url);
    await englishIfAsked(first);
    // The service worker, under the policy the server gives its script, cached the app and every pack.
    await waitUntilReadyOffline(first);

    await context.setOffline(true);
    for (const page of context.pages()) await page.close();
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.getByText(words('ui', 'offline.notice')).waitFor();
    await page.getByRole('heading', { level: 1, name: words('ui', 'who.title') }).waitFor();

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it("serves the coordinator's page at /coordinator/, where the coordinator signs in to their hub and makes a code", async () => {
    const context = await browser.newContext();
    const violations = await recordViolations(context);
    const page = await context.newPage();
    await page.goto(`${url}coordinator/`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('Email address').fill('sam@example.org');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Library hub' }).waitFor();
    await page.getByRole('button', { name: 'Make an enrolment code' }).click();
    await page.getByRole('heading', { level: 1, name: 'Enrolment code' }).waitFor();
    expect(violations).toEqual([]);
    await context.close();
  });
});
