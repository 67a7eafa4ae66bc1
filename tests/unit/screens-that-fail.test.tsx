import { act, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { databaseState } from '../../src/store/db';
import { words } from '../content';
import { freshTablet, openHubsteps, signedInLearner, unlockVolunteerScreens } from './app-harness';

const ui = (key: string, vars?: Record<string, string | number>) => words('ui', key, vars);
const heading = (name: string) => screen.findByRole('heading', { level: 1, name });

// The learner card fails while it is drawn, where a test says so; My settings' code cannot be fetched.
const faults = vi.hoisted(() => ({ cardThrows: false }));
vi.mock('../../src/app/profiles/LearnerCard', async (original) => {
  const real = await original<typeof import('../../src/app/profiles/LearnerCard')>();
  return {
    default: (props: Parameters<typeof real.default>[0]) => {
      if (faults.cardThrows) throw new Error('The card could not be drawn');
      return real.default(props);
    },
  };
});
vi.mock('../../src/app/profiles/MySettings', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

/** The browser's storage manager, as a test needs it. */
function stubStorage(storage: Partial<StorageManager>): void {
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
}

beforeEach(async () => {
  faults.cardThrows = false;
  await freshTablet();
});
afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'storage');
});

describe('a screen that cannot be shown', () => {
  it('whose code cannot be fetched says so, with a way to reload, never "Loading…" for ever', async () => {
    await signedInLearner('Sam');
    history.replaceState(null, '', '#/me');
    await openHubsteps();
    await heading(ui('screen.could-not-open'));
    expect(screen.getByRole('button', { name: ui('screen.reload') })).toBeTruthy();
    expect(screen.getByRole('link', { name: ui('screen.go-to-start') })).toBeTruthy();
    expect(screen.queryByText(ui('loading'))).toBeNull();
  });

  it('that fails while it is drawn shows a calm message and a way back to the start', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await signedInLearner('Sam');
    faults.cardThrows = true;
    history.replaceState(null, '', '#/card');
    const { user } = await openHubsteps();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(ui('screen.went-wrong'));
    faults.cardThrows = false;
    await user.click(screen.getByRole('button', { name: ui('screen.go-to-start') }));
    await heading(ui('home.hello', { name: 'Sam' }));
    // And the screen that failed opens again once it can.
    await user.click(screen.getByRole('link', { name: ui('home.card') }));
    await heading(ui('card.title'));
  });
});

describe('the tablet’s database, shared with other tabs', () => {
  it('asks to close Hubsteps in other tabs while an old one holds up an upgrade', async () => {
    await openHubsteps();
    act(() => databaseState.set('upgrade-waiting'));
    await heading(ui('database.waiting'));
    act(() => databaseState.set('ok'));
    await heading(ui('who.title'));
  });

  it('says Hubsteps was updated, and offers to reload, once a newer one upgraded it', async () => {
    await openHubsteps();
    act(() => databaseState.set('outdated'));
    await heading(ui('database.updated'));
    expect(screen.getByRole('button', { name: ui('screen.reload') })).toBeTruthy();
    expect(screen.queryByText(ui('storage.unavailable'))).toBeNull();
  });
});

describe('storage', () => {
  it('is asked to be kept once the first learner is on the tablet', async () => {
    const persist = vi.fn(async () => true);
    stubStorage({ persist, persisted: async () => false });
    history.replaceState(null, '', '#/new');
    const { user } = await openHubsteps();
    expect(persist).not.toHaveBeenCalled();
    await user.type(screen.getByRole('textbox', { name: ui('new.nickname') }), 'Amina');
    await user.click(screen.getByRole('radio', { name: ui('avatars.avatar-teapot') }));
    await user.click(screen.getByRole('button', { name: ui('new.save') }));
    await heading(ui('card.title'));
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('shows the volunteer when the browser has not promised to keep it, and what Hubsteps uses', async () => {
    stubStorage({
      persisted: async () => false,
      persist: async () => false,
      estimate: async () => ({ usage: 3_500_000, quota: 100_000_000 }),
    });
    history.replaceState(null, '', '#/settings');
    const { user } = await openHubsteps();
    await unlockVolunteerScreens(user);
    await screen.findByText(ui('storage-info.not-kept'));
    const storage = screen.getByRole('region', { name: ui('storage-info.title') });
    expect(within(storage).getByText(ui('storage-info.used'))).toBeTruthy();
    // 3,500,000 bytes, as a person reads it.
    expect(within(storage).getByText('3.3 MB')).toBeTruthy();
    await user.click(within(storage).getByRole('button', { name: ui('storage-info.keep') }));
    await screen.findByText(ui('storage-info.refused'));
  });

  it('that is full is explained in plain words: a volunteer frees space, nothing is lost meanwhile', async () => {
    await signedInLearner('Sam');
    history.replaceState(null, '', '#/lesson/tablet-basics/1');
    const { user } = await openHubsteps();
    await screen.findByText(ui('save.saved'));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    });
    await user.click(screen.getByRole('button', { name: ui('player.next') }));
    const status = document.querySelector('.save-status') as HTMLElement;
    await within(status).findByText(ui('storage.full'), { exact: false });
    put.mockRestore();
    await user.click(within(status).getByRole('button', { name: ui('save.retry') }));
    await within(status).findByText(ui('save.saved'));
  });
});
