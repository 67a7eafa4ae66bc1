import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lessons } from '../../src/lessons';
import { DB_NAME } from '../../src/store/schema';
import { words } from '../content';
import { recordViolations } from './csp-violations';
import { englishIfAsked, hello, openVolunteerSettings, signOutLearner } from './learner-in-browser';
import { exact } from './lesson-in-browser';
import { everyLessonOffline } from './offline-helpers';
import { DIST } from './serve';
import { useStaticAppInChromium } from './static-app';

const app = useStaticAppInChromium();

/** What the page may load, and from where: its own origin only, for everything. */
const OWN_ORIGIN_ONLY = [
  'default-src',
  'style-src',
  'img-src',
  'font-src',
  'connect-src',
  'media-src',
  'manifest-src',
  'worker-src',
];
const NOTHING = ['object-src', 'base-uri', 'form-action'];

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy in the built index.html, directive by directive. */
function builtPolicy(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  if (!content) throw new Error('dist/index.html has no Content-Security-Policy');
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name = '', ...values]) => [name, values]),
  );
}

/** One computed style of the element, to show that a style sheet really applies. */
const styleOf = (element: Locator, property: string) =>
  element.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);

describe('the Content-Security-Policy', () => {
  it('is in the built index.html, before any script, with a hash for each inline script', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const policy = builtPolicy(html);
    const metaAt = html.indexOf('<meta http-equiv="Content-Security-Policy"');
    expect(metaAt).toBeLessThan(html.indexOf('<script'));
    expect(html.slice(0, metaAt)).toMatch(/<meta charset="utf-8" \/>\s*$/);

    expect([...policy.keys()].sort()).toEqual([...OWN_ORIGIN_ONLY, ...NOTHING, 'script-src'].sort());
    for (const name of OWN_ORIGIN_ONLY)
      expect({ name, values: policy.get(name) }).toEqual({ name, values: ["'self'"] });
    for (const name of NOTHING) expect({ name, values: policy.get(name) }).toEqual({ name, values: ["'none'"] });
    // Nothing but these keywords and hashes: no 'unsafe-inline', no 'unsafe-eval', no other host.
    for (const values of policy.values()) {
      for (const value of values) expect(value).toMatch(/^'(self|none|sha256-[A-Za-z0-9+/]+=*)'$/);
    }

    const inline = [...html.matchAll(INLINE_SCRIPT)]
      .filter(([, attributes = '']) => !/\ssrc\s*=/i.test(attributes))
      .map(([, , text = '']) => text);
    const [self, ...hashes] = policy.get('script-src') ?? [];
    expect(self).toBe("'self'");
    expect(hashes.sort()).toEqual(inline.map(sha256).sort());
    // The wake-up script opens the tablet's database by the name the store uses.
    expect(inline.filter((text) => text.includes(`indexedDB.open(${JSON.stringify(DB_NAME)})`))).toHaveLength(1);
  });

  it('is enforced: a style put in at run time is refused, and the refusal is heard', async () => {
    const context = await app.browser.newContext();
    const violations = await recordViolations(context);
    const page = await context.newPage();
    await page.goto(app.server.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'html { background: red; }';
      document.head.append(style);
    });
    await expect.poll(() => violations.some((v) => v.startsWith('style-src-elem:'))).toBe(true);
    expect(await styleOf(page.locator('html'), 'background-color')).toBe('rgb(240, 244, 245)');
    await context.close();
  });
});

describe('in Chromium, with the policy', () => {
  // One tablet for both tests below, as one learner's visit: the first start, their new learner
  // form and card, settings, signing out and in with a PIN, then every lesson.
  let context: BrowserContext;
  let page: Page;
  let violations: string[];
  const errors: string[] = [];
  const requests: { method: string; url: string }[] = [];
  const nickname = 'Priya';
  const pin = '2468';

  beforeAll(async () => {
    context = await app.browser.newContext({ viewport: { width: 820, height: 1180 } });
    violations = await recordViolations(context);
    context.on('request', (r) => requests.push({ method: r.method(), url: r.url() }));
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
  });
  afterAll(async () => {
    await context?.close();
  });

  it('every screen runs with no violation, and its style sheets apply', async () => {
    await page.goto(app.server.url);
    await page.getByRole('heading', { level: 1, name: words('ui', 'language.title') }).waitFor();
    // app.css, the entry's style sheet: :root { background: var(--bg) }.
    expect(await styleOf(page.locator('html'), 'background-color')).toBe('rgb(240, 244, 245)');
    await englishIfAsked(page);

    await page.getByRole('link', exact(words('ui', 'who.new'))).click();
    await page.getByRole('button', exact(words('ui', 'new.save'))).click();
    const errorSummary = page.getByRole('alert').filter({ has: page.getByRole('link') });
    await errorSummary.waitFor();
    // forms.css, loaded with the form: .error-summary { border: 5px solid var(--red) }.
    expect(await styleOf(errorSummary, 'border-top')).toBe('5px solid rgb(213, 40, 27)');

    await page.getByRole('textbox', exact(words('ui', 'new.nickname'))).fill(nickname);
    await page.getByRole('radio', exact(words('ui', 'avatars.avatar-fish'))).check();
    await page.getByRole('radio', exact(words('ui', 'new.lock-pin'))).check();
    for (const digit of pin + pin) await page.getByRole('button', exact(digit)).click();
    await page.getByRole('button', exact(words('ui', 'new.save'))).click();
    const start = page.getByRole('link', exact(words('ui', 'card.start')));
    await start.waitFor();
    // learner-card.css: .learner-card { aspect-ratio: 105 / 148 }, the A6 card.
    expect(await styleOf(page.locator('.learner-card'), 'aspect-ratio')).toBe('105 / 148');
    await start.click();
    await page.getByRole('heading', { level: 1, name: hello(nickname) }).waitFor();

    await page.getByRole('link', exact(words('ui', 'home.settings'))).click();
    await openVolunteerSettings(page, app.server.url);
    // settings.css: .settings-section { border: 2px solid var(--border) }.
    expect(await styleOf(page.locator('.settings-section').first(), 'border-top')).toBe('2px solid rgb(174, 183, 189)');
    await page.getByRole('link', exact(words('ui', 'player.all-lessons'))).click();
    await page.getByRole('heading', { level: 1, name: hello(nickname) }).waitFor();

    await signOutLearner(page, nickname);
    await page.getByRole('button', exact(nickname)).click();
    const pinPad = page.getByRole('group', exact(words('ui', 'sign-in.pin')));
    await pinPad.waitFor();
    for (const digit of pin) await pinPad.getByRole('button', exact(digit)).click();
    await page.getByRole('heading', { level: 1, name: hello(nickname) }).waitFor();

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('every step of every lesson runs with no violation, and the page asks only for its own files', async () => {
    // The first lesson done as a learner does it (its practice keyboard too), every step of every
    // other lesson opened with its words and pictures: all a lesson can load, without a second's
    // praise on each practice step of thirteen lessons.
    await everyLessonOffline(page, nickname);
    const practiceStep = lessons[0]?.steps.findIndex((s) => s.type === 'practice') ?? -1;
    await page.evaluate(
      (hash) => {
        location.hash = hash;
      },
      `#/lesson/${lessons[0]?.id}/${practiceStep + 1}`,
    );
    // practice.css, loaded with the lesson player: .practice { border: 4px dashed var(--text-2) }.
    const practice = page.locator('.practice');
    await practice.waitFor();
    expect(await styleOf(practice, 'border-top')).toBe('4px dashed rgb(76, 98, 115)');
    await page.evaluate(() => {
      location.hash = '#/';
    });
    await page.getByRole('heading', { level: 1, name: hello(nickname) }).waitFor();
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);

    // Everything this tablet asked for since it first opened Hubsteps: only its own files, only read.
    const own = new URL(app.server.url).origin;
    const elsewhere = requests.filter((r) => r.method !== 'GET' || new URL(r.url).origin !== own);
    expect(elsewhere).toEqual([]);
    const notFiles = requests
      .map((r) => decodeURIComponent(new URL(r.url).pathname))
      .filter((path) => path !== '/' && !existsSync(join(DIST, path)));
    expect(notFiles).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
  }, 120_000);
});
