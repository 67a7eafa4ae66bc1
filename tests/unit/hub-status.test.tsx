import { render, screen } from '@testing-library/preact';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { HubStatus } from '../../src/app/HubStatus';
import { loadSync, startHubSyncSoon } from '../../src/app/hub-sync';
import { signIn } from '../../src/app/session';
import { formatAgo } from '../../src/i18n/formats';
import { i18n, loadNamespaces, startI18n } from '../../src/i18n/i18n';
import { words, wordsIn } from '../content';
import { aLearner, freshTablet, openHubsteps } from './app-harness';
import { axeViolations } from './axe';
import { enrolled, NOT_ENROLLED, resetFakeSync, setStatus, startSync } from './fake-sync';

vi.mock('../../src/sync/sync', () => import('./fake-sync'));

const ui = (key: string, vars?: Record<string, string | number>) => words('ui', key, vars);
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

/** The status's words, as one line of text. */
const shown = async (): Promise<string> => {
  const status = document.querySelector('.hub-status');
  await vi.waitFor(() => expect(status?.querySelector('p')).toBeTruthy());
  return status?.textContent ?? '';
};

beforeAll(async () => {
  await startI18n();
  await loadNamespaces(['volunteer']);
});
beforeEach(async () => {
  resetFakeSync();
  // The app has been in use a moment: the sync client is here.
  await loadSync();
});

describe('the hub status, for a learner', () => {
  it('says their progress is only on this tablet while the tablet is not set up for the hub', async () => {
    render(<HubStatus learnerId="learner-a" />);
    expect(await shown()).toBe(ui('hub.only-here'));
  });

  it('says all progress is saved, and when it was last saved', async () => {
    resetFakeSync(enrolled({ waiting: 4, waitingByLearner: { 'learner-b': 4 }, lastSyncedAt: daysAgo(3) }));
    render(<HubStatus learnerId="learner-a" />);
    // Another learner's waiting steps are not this learner's.
    expect(await shown()).toBe(`${ui('hub.saved')} ${ui('hub.last-saved', { when: daysAgo(3) })}`);
    expect(await shown()).toContain('Last saved to the hub 3 days ago.');
  });

  it('counts their own steps waiting for Wi-fi, one or many', async () => {
    resetFakeSync(enrolled({ state: 'waiting-for-wifi', waiting: 13, waitingByLearner: { 'learner-a': 12 } }));
    render(<HubStatus learnerId="learner-a" />);
    expect(await shown()).toBe('12 steps waiting for Wi-fi.');
    setStatus(enrolled({ state: 'waiting-for-wifi', waiting: 1, waitingByLearner: { 'learner-a': 1 } }));
    expect(await shown()).toBe('1 step waiting for Wi-fi.');
  });

  it('says steps are waiting for the hub while it cannot be reached, and says when it last saved', async () => {
    resetFakeSync(enrolled({ state: 'unreachable', waiting: 2, waitingByLearner: { 'learner-a': 2 } }));
    render(<HubStatus learnerId="learner-a" />);
    expect(await shown()).toBe(ui('hub.waiting', { count: 2 }));
    setStatus(enrolled({ state: 'unreachable', waitingByLearner: { 'learner-a': 2 }, lastSyncedAt: daysAgo(1) }));
    expect(await shown()).toBe(`${ui('hub.waiting', { count: 2 })} ${ui('hub.last-saved', { when: daysAgo(1) })}`);
    expect(await shown()).toContain('yesterday');
  });

  it('says it is saving while it sends, and "a moment ago" just after', async () => {
    resetFakeSync(enrolled({ state: 'sending', waiting: 3, waitingByLearner: { 'learner-a': 3 } }));
    render(<HubStatus learnerId="learner-a" />);
    expect(await shown()).toBe(ui('hub.sending'));
    setStatus(enrolled({ lastSyncedAt: new Date().toISOString() }));
    expect(await shown()).toBe(`${ui('hub.saved')} ${ui('hub.just-saved')}`);
  });

  it('tells them to ask the coordinator when the hub has disconnected the tablet', async () => {
    resetFakeSync(enrolled({ state: 'revoked', waiting: 5, lastSyncedAt: daysAgo(2) }));
    render(<HubStatus learnerId="learner-a" />);
    expect(await shown()).toBe(ui('hub.revoked'));
  });

  it('is quiet: shown, never announced, and keeps its place before its words arrive', async () => {
    resetFakeSync(enrolled({ state: 'sending' }));
    const { container } = render(
      <main>
        <HubStatus learnerId="learner-a" />
      </main>,
    );
    // The box is there from the first render, so the screen does not move when the words come.
    expect(container.querySelector('.hub-status')).toBeTruthy();
    await shown();
    setStatus(enrolled());
    expect(container.querySelector('[aria-live], [role="status"], [role="alert"]')).toBeNull();
    // The picture is decoration: the words say it all.
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(await axeViolations()).toEqual([]);
  });
});

describe('the hub status, for the whole tablet (volunteers)', () => {
  it('asks for the tablet to be set up for the hub while it is not', async () => {
    render(<HubStatus />);
    expect(await shown()).toBe(
      'Progress is kept on this tablet only. Set up this tablet for the hub so it follows learners to other tablets.',
    );
  });

  it('counts every learner’s waiting steps', async () => {
    resetFakeSync(enrolled({ state: 'waiting-for-wifi', waiting: 12, waitingByLearner: { a: 5, b: 7 } }));
    render(<HubStatus />);
    expect(await shown()).toBe('12 steps waiting for Wi-fi.');
  });
});

describe('the sync client', () => {
  it('starts at the first tap, once, not before', async () => {
    startHubSyncSoon();
    await vi.dynamicImportSettled();
    expect(startSync).not.toHaveBeenCalled();
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    await vi.waitFor(() => expect(startSync).toHaveBeenCalledTimes(1));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'a' }));
    await vi.dynamicImportSettled();
    expect(startSync).toHaveBeenCalledTimes(1);
  });

  it('starts a while after the first screen when nobody taps', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      startHubSyncSoon(10_000);
      vi.advanceTimersByTime(9_999);
      await vi.dynamicImportSettled();
      expect(startSync).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
    } finally {
      vi.useRealTimers();
    }
    await vi.waitFor(() => expect(startSync).toHaveBeenCalledTimes(1));
  });
});

describe('how long ago, in every language', () => {
  const now = Date.parse('2026-11-30T10:00:00Z');

  it('uses the largest unit that fits, and Latin digits even where the language has its own', () => {
    expect(formatAgo(new Date(now - 3 * DAY - 5_000), 'en', now)).toBe('3 days ago');
    expect(formatAgo(new Date(now - 2 * 3_600_000), 'en', now)).toBe('2 hours ago');
    expect(formatAgo(new Date(now - 14 * DAY), 'en', now)).toBe('2 weeks ago');
    for (const lang of ['ar', 'bn', 'ur', 'pa', 'gu']) {
      expect(formatAgo(new Date(now - 5 * DAY), lang, now), lang).toMatch(/5/);
    }
  });

  it('says a time under a minute ago, or in the future (a clock set wrong), as now', () => {
    expect(formatAgo(new Date(now - 30_000), 'en', now)).toBe('now');
    expect(formatAgo(new Date(now + DAY), 'en', now)).toBe('now');
    expect(formatAgo('not a date', 'en', now)).toBe('');
  });
});

describe('on the learner’s home', () => {
  beforeEach(() => freshTablet());

  it('shows the learner their own status, in Urdu, right to left, with Latin digits', async () => {
    resetFakeSync(enrolled({ state: 'waiting-for-wifi', waiting: 12, waitingByLearner: {} }));
    const learner = await aLearner('Amina', undefined, 'ur');
    resetFakeSync(
      enrolled({
        state: 'waiting-for-wifi',
        waiting: 12,
        waitingByLearner: { [learner.id]: 12 },
        lastSyncedAt: daysAgo(3),
      }),
    );
    signIn(learner.id);
    await openHubsteps();
    await screen.findByRole('heading', { level: 1, name: wordsIn('ur', 'ui', 'home.hello', { name: 'Amina' }) });
    expect(document.documentElement.dir).toBe('rtl');
    const text = await shown();
    expect(text).toContain(wordsIn('ur', 'ui', 'hub.waiting-wifi', { count: 12 }));
    expect(text).toContain('12');
    expect(text).toContain('3');
    expect(text).not.toMatch(/[۰-۹٠-٩]/);
    expect(await axeViolations()).toEqual([]);
    await i18n.changeLanguage('en');
  });

  it('shows a learner on a tablet not set up for the hub that their progress is only here', async () => {
    resetFakeSync(NOT_ENROLLED);
    const learner = await aLearner('Sam');
    signIn(learner.id);
    await openHubsteps();
    await screen.findByRole('heading', { level: 1, name: ui('home.hello', { name: 'Sam' }) });
    expect(await shown()).toBe(ui('hub.only-here'));
  });
});
