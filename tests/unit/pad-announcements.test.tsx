import { act, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOCK_OUT_MS, MAX_TRIES } from '../../src/core/lock-out';
import { countWrongTry } from '../../src/store/locks';
import { wordsIn } from '../content';
import {
  aLearner,
  freshTablet,
  heard,
  liveRegions,
  openHubsteps,
  type User,
  unlockVolunteerScreens,
} from './app-harness';

const en = (key: string, vars?: Record<string, string | number>) => wordsIn('en', 'ui', key, vars);
const ur = (key: string, vars?: Record<string, string | number>) => wordsIn('ur', 'ui', key, vars);

beforeEach(() => freshTablet());
afterEach(() => {
  vi.useRealTimers();
});

/** The pad labelled `label`, once its keys can be pressed (the tries are read from the tablet first). */
async function readyPad(label: string): Promise<HTMLElement> {
  const pad = await screen.findByRole('group', { name: label });
  await waitFor(() => expect(within(pad).getByRole('button', { name: '1' })).toHaveProperty('disabled', false));
  return pad;
}

/** Taps the keys of a pad, one after another. */
async function tap(user: User, pad: HTMLElement, keys: readonly string[]): Promise<void> {
  for (const name of keys) await user.click(within(pad).getByRole('button', { name }));
}

/** The new-learner form, filled in up to its lock, in the tablet's language. */
async function newLearnerUpToLock(t: typeof en, lock: 'pin' | 'pictures'): Promise<User> {
  history.replaceState(null, '', '#/new');
  const { user } = await openHubsteps();
  await user.type(await screen.findByRole('textbox', { name: t('new.nickname') }), 'Amina');
  await user.click(screen.getByRole('radio', { name: t('avatars.avatar-teapot') }));
  await user.click(screen.getByRole('radio', { name: t(`new.lock-${lock}`) }));
  return user;
}

describe('after a wrong try', () => {
  it('keeps focus on the PIN pad, so the next PIN can be typed at once, and says what was wrong each time', async () => {
    await aLearner('Priya', { kind: 'pin', value: '1357' });
    const { user } = await openHubsteps();
    await user.click(screen.getByRole('button', { name: 'Priya' }));
    let pad = await readyPad(en('sign-in.pin'));
    const regions = liveRegions();

    await tap(user, pad, ['1', '2', '3', '4']);
    const first = await heard(en('sign-in.wrong-pin'), regions);
    pad = await readyPad(en('sign-in.pin'));
    // On the key last pressed, inside the pad.
    await waitFor(() => expect(document.activeElement).toBe(within(pad).getByRole('button', { name: '4' })));
    expect(pad.contains(document.activeElement)).toBe(true);

    // The keyboard alone types again: Enter presses the focused key, and the dots say so.
    await user.keyboard('{Enter}');
    expect(within(pad).getByText(en('pin.entered', { count: 1, total: 4 }))).toBeTruthy();
    await tap(user, pad, ['4', '4', '4']);
    // The same words again are said again: they come in a new node.
    await heard(en('sign-in.wrong-pin'), regions, first);
    expect(first.isConnected).toBe(false);
    pad = await readyPad(en('sign-in.pin'));
    await waitFor(() => expect(pad.contains(document.activeElement)).toBe(true));

    await tap(user, pad, ['1', '3', '5', '7']);
    await screen.findByRole('heading', { level: 1, name: en('home.hello', { name: 'Priya' }) });
  });

  it('keeps focus on the picture pad', async () => {
    await aLearner('Jan', { kind: 'pictures', value: 'key-moon,key-cup,key-car' });
    const { user } = await openHubsteps();
    await user.click(screen.getByRole('button', { name: 'Jan' }));
    const pad = await screen.findByRole('group', { name: en('sign-in.pictures') });
    const regions = liveRegions();
    const picture = (name: string) => within(pad).getByRole('button', { name: en(`pictures.${name}`) });
    await waitFor(() => expect(picture('key-moon')).toHaveProperty('disabled', false));
    for (const name of ['key-cup', 'key-moon', 'key-car']) await user.click(picture(name));

    await heard(en('sign-in.wrong-pictures'), regions);
    await waitFor(() => expect(document.activeElement).toBe(picture('key-car')));
    expect(picture('key-car')).toHaveProperty('disabled', false);
  });

  it('keeps focus on the volunteer PIN pad', async () => {
    history.replaceState(null, '', '#/settings');
    const { user } = await openHubsteps();
    const pad = await readyPad(en('volunteer.pin'));
    const regions = liveRegions();
    await tap(user, pad, ['0', '0', '0', '0', '0', '9']);
    await heard(en('sign-in.wrong-pin'), regions);
    await waitFor(() => expect(document.activeElement).toBe(within(pad).getByRole('button', { name: '9' })));
  });
});

describe('setting a lock', () => {
  it('says each step of choosing a PIN: the same numbers again, then that it is set', async () => {
    const user = await newLearnerUpToLock(en, 'pin');
    const pad = await readyPad(en('new.pin-choose'));
    const regions = liveRegions();

    // Each key is said by the dots; taking the last one away leaves focus on the numbers.
    await tap(user, pad, ['2']);
    expect(within(pad).getByText(en('pin.entered', { count: 1, total: 4 }))).toBeTruthy();
    await tap(user, pad, [en('pin.delete')]);
    expect(within(pad).getByText(en('pin.entered', { count: 0, total: 4 }))).toBeTruthy();
    expect(document.activeElement).toBe(within(pad).getByRole('button', { name: '1' }));

    await tap(user, pad, ['2', '5', '8', '0']);
    await heard(en('new.pin-confirm'), regions);
    expect(document.activeElement).toBe(within(pad).getByRole('button', { name: '0' }));
    await screen.findByRole('group', { name: en('new.pin-confirm') });
    // The emptied dots say nothing over the message: no "0 of 4" once the 4 numbers are in.
    expect(within(pad).queryByText(en('pin.entered', { count: 0, total: 4 }))).toBeNull();
    await tap(user, pad, ['2', '5', '8', '0']);
    await heard(en('new.pin-set'), regions);
    // The pad is gone: focus goes to the button that changes the PIN, not the page.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: en('new.change-lock') })),
    );

    // Changing it brings the pad back, with focus on its first key.
    await user.click(screen.getByRole('button', { name: en('new.change-lock') }));
    const again = await screen.findByRole('group', { name: en('new.pin-choose') });
    await waitFor(() => expect(document.activeElement).toBe(within(again).getByRole('button', { name: '1' })));
  });

  it('says two PINs that do not match, each time, as a new message', async () => {
    const user = await newLearnerUpToLock(en, 'pin');
    const pad = await readyPad(en('new.pin-choose'));
    const regions = liveRegions();

    await tap(user, pad, ['2', '5', '8', '0']);
    await tap(user, pad, ['2', '5', '8', '1']);
    const first = await heard(en('new.lock-mismatch'), regions);
    expect(pad.contains(document.activeElement)).toBe(true);

    await tap(user, pad, ['2', '5', '8', '0']);
    await heard(en('new.pin-confirm'), regions);
    await tap(user, pad, ['2', '5', '8', '1']);
    await heard(en('new.lock-mismatch'), regions, first);
    expect(first.isConnected).toBe(false);
    expect(pad.contains(document.activeElement)).toBe(true);
  });

  it('says each step of choosing a picture password', async () => {
    const user = await newLearnerUpToLock(en, 'pictures');
    const pad = await screen.findByRole('group', { name: en('new.pictures-choose') });
    const regions = liveRegions();
    const pictures = ['key-moon', 'key-cup', 'key-car'].map((name) => en(`pictures.${name}`));

    await tap(user, pad, pictures);
    await heard(en('new.pictures-confirm'), regions);
    await tap(user, pad, pictures);
    await heard(en('new.pictures-set'), regions);
  });

  it('says each step of choosing the volunteer PIN', async () => {
    await freshTablet({ volunteerPin: null });
    const { user } = await openHubsteps();
    await screen.findByRole('heading', { level: 1, name: en('volunteer.setup-title') });
    const pad = await readyPad(en('volunteer.pin-choose'));
    const regions = liveRegions();

    await tap(user, pad, ['2', '4', '6', '8', '1', '3']);
    await heard(en('volunteer.pin-confirm'), regions);
    await tap(user, pad, ['2', '4', '6', '8', '1', '0']);
    await heard(en('new.lock-mismatch'), regions);
    await tap(user, pad, ['2', '4', '6', '8', '1', '3']);
    await tap(user, pad, ['2', '4', '6', '8', '1', '3']);
    await heard(en('volunteer.pin-set'), regions);
    await screen.findByRole('heading', { level: 1, name: en('who.title') });
  });

  it('brings focus to the pad when the volunteer PIN is changed in settings, and back when it is kept', async () => {
    history.replaceState(null, '', '#/settings');
    const { user } = await openHubsteps();
    await unlockVolunteerScreens(user);
    await user.click(screen.getByRole('button', { name: en('volunteer.change-pin') }));
    const pad = await screen.findByRole('group', { name: en('volunteer.pin-choose') });
    const regions = liveRegions();
    await waitFor(() => expect(document.activeElement).toBe(within(pad).getByRole('button', { name: '1' })));

    await tap(user, pad, ['9', '7', '5', '3', '1', '0']);
    await heard(en('volunteer.pin-confirm'), regions);
    await tap(user, pad, ['9', '7', '5', '3', '1', '0']);
    await heard(en('volunteer.pin-changed'), regions);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: en('volunteer.change-pin') })),
    );
  });

  it('says the same steps in Urdu, right to left', async () => {
    await freshTablet({ language: 'ur' });
    const user = await newLearnerUpToLock(ur, 'pin');
    expect(document.documentElement.dir).toBe('rtl');
    const pad = await readyPad(ur('new.pin-choose'));
    const regions = liveRegions();

    await tap(user, pad, ['2', '5', '8', '0']);
    await heard(ur('new.pin-confirm'), regions);
    await tap(user, pad, ['2', '5', '8', '1']);
    await heard(ur('new.lock-mismatch'), regions);
    await tap(user, pad, ['2', '5', '8', '0']);
    await tap(user, pad, ['2', '5', '8', '0']);
    await heard(ur('new.pin-set'), regions);
  });
});

describe('the wait after too many wrong tries', () => {
  /** A learner with all but one of the wrong tries that make the lock wait already counted. */
  async function oneTryFromWaiting(nickname: string): Promise<void> {
    const learner = await aLearner(nickname, { kind: 'pin', value: '9999' });
    for (let i = 1; i < MAX_TRIES; i++) await countWrongTry(learner.id);
  }

  it('is said, and so is its end a minute later, when the pad can be used again', async () => {
    // The tablet's clock and timers are the test's, and run on by themselves; the minute is skipped.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], shouldAdvanceTime: true });
    await oneTryFromWaiting('Tomasz');
    const { user } = await openHubsteps();
    await user.click(screen.getByRole('button', { name: 'Tomasz' }));
    const pad = await readyPad(en('sign-in.pin'));
    const regions = liveRegions();

    await tap(user, pad, ['1', '2', '3', '4']);
    await heard(en('sign-in.locked'), regions);
    expect(screen.queryByRole('group', { name: en('sign-in.pin') })).toBeNull();
    // Focus is on the words that say to wait, not lost with the pad.
    await waitFor(() => expect(document.activeElement?.textContent).toBe(en('sign-in.wait')));

    await act(() => {
      vi.advanceTimersByTime(LOCK_OUT_MS);
    });
    await heard(en('sign-in.try-again-now'), regions);
    const back = await readyPad(en('sign-in.pin'));
    await waitFor(() => expect(document.activeElement).toBe(within(back).getByRole('button', { name: '1' })));
    expect(screen.queryByText(en('sign-in.wait'))).toBeNull();
    await tap(user, back, ['9', '9', '9', '9']);
    await screen.findByRole('heading', { level: 1, name: en('home.hello', { name: 'Tomasz' }) });
  });

  it('is said in Urdu, and so is its end', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], shouldAdvanceTime: true });
    await freshTablet({ language: 'ur' });
    await oneTryFromWaiting('Amina');
    const { user } = await openHubsteps();
    await user.click(screen.getByRole('button', { name: 'Amina' }));
    const pad = await readyPad(ur('sign-in.pin'));
    const regions = liveRegions();

    await tap(user, pad, ['1', '2', '3', '4']);
    await heard(ur('sign-in.locked'), regions);
    await act(() => {
      vi.advanceTimersByTime(LOCK_OUT_MS);
    });
    await heard(ur('sign-in.try-again-now'), regions);
    await readyPad(ur('sign-in.pin'));
  });
});
