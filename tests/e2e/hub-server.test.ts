import { beforeAll, describe, expect, it } from 'vitest';
import { createHub } from '../../src/server/accounts';
import { words } from '../content';
import { recordViolations } from './csp-violations';
import { useHubAppInChromium } from './hub-app';
import { englishIfAsked } from './learner-in-browser';
import { waitUntilReadyOffline } from './offline-helpers';

// The built app as a hub serves it: from the hub server, with its headers, beside the API.
const hub = useHubAppInChromium();
beforeAll(() =>
  createHub(hub.db, { hubName: 'Library hub', email: 'sam@example.org', password: 'correct horse battery' }),
);

describe('the app served by the hub server', () => {
  it('starts, gets ready to use with no connection, and starts again offline, with no policy violation', async () => {
    const context = await hub.browser.newContext({ viewport: { width: 820, height: 1180 } });
    const violations = await recordViolations(context);
    const errors: string[] = [];
    const first = await context.newPage();
    first.on('pageerror', (e) => errors.push(e.message));
    await first.goto(hub.url);
    await englishIfAsked(first);
    // The service worker, under the policy the server gives its script, cached the app and every pack.
    await waitUntilReadyOffline(first);

    await context.setOffline(true);
    for (const page of context.pages()) await page.close();
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(hub.url);
    // Loaded with the connection off: from the service worker's cache.
    await page.getByRole('heading', { level: 1, name: words('ui', 'who.title') }).waitFor();
    // Served by the hub, with its security headers, this page said navigator.onLine was true
    // until the offline switch was set again: Chromium 150's DevTools switch does not reach every
    // new document (see browser.ts). A tablet really off the network says false at once.
    await context.setOffline(false);
    await context.setOffline(true);
    await page.getByText(words('ui', 'offline.notice')).waitFor();

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it("serves the coordinator's page at /coordinator/, where the coordinator signs in to their hub and makes a code", async () => {
    const context = await hub.browser.newContext();
    const violations = await recordViolations(context);
    const page = await context.newPage();
    await page.goto(`${hub.url}coordinator/`);
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
