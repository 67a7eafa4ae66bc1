import { act, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveProfile } from '../../src/app/learners-state';
import { PBKDF2_ITERATIONS } from '../../src/app/profiles/secret';
import { signedIn } from '../../src/app/session';
import type { LearnerSecret } from '../../src/core/learner';
import { LOCK_OUT_MS } from '../../src/core/lock-out';
import { lessons } from '../../src/lessons';
import { listLearners } from '../../src/store/learners';
import { readVolunteerLock } from '../../src/store/locks';
import { words } from '../content';
import {
  aLearner,
  findShown,
  freshTablet,
  openHubsteps,
  signedInLearner,
  type User,
  unlockVolunteerScreens,
  VOLUNTEER_PIN,
} from './app-harness';

const ui = (key: string, vars?: Record<string, string | number>) => words('ui', key, vars);
const heading = (name: string) => screen.findByRole('heading', { level: 1, name });

beforeEach(() => freshTablet());
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Taps digits on the PIN pad labelled `label`, then waits until they have been checked. */
async function tapPin(user: User, label: string, pin: string): Promise<void> {
  const pad = await screen.findByRole('group', { name: label });
  // A person waits for keys that can be pressed (the tries are read from the tablet first).
  await waitFor(() =>
    expect((within(pad).getByRole('button', { name: '1' }) as HTMLButtonElement).disabled).toBe(false),
  );
  for (const digit of pin) await user.click(within(pad).getByRole('button', { name: digit }));
  await waitFor(() =>
    expect((screen.queryByRole('button', { name: '1' }) as HTMLButtonElement | null)?.disabled).not.toBe(true),
  );
}

describe('the idle sign-out', () => {
  /** Every screen a signed-in learner can reach from home, and how they get there. */
  const screens: [string, string][] = [
    ['home', '#/'],
    ['a lesson step', `#/lesson/${lessons[0]?.id}/1`],
    ['the learner card', '#/card'],
    ['My settings', '#/me'],
    ['the language choice', '#/language'],
    ['the volunteer lock on settings', '#/settings'],
  ];

  it.each(screens)('signs the learner out from %s after 10 minutes without a tap', async (_name, path) => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    await signedInLearner('Sam');
    history.replaceState(null, '', path);
    await openHubsteps();
    await act(() => {
      vi.advanceTimersByTime(10 * 60_000 + 1000);
    });
    await heading(ui('who.title'));
    expect(signedIn.get()).toBeNull();
    expect(location.hash).toBe('#/');
  });

  it('locks the volunteer screens again after 10 minutes without a tap', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    history.replaceState(null, '', '#/settings');
    const { user } = await openHubsteps();
    await unlockVolunteerScreens(user);
    await act(() => {
      vi.advanceTimersByTime(10 * 60_000 + 1000);
    });
    await heading(ui('who.title'));
    history.replaceState(null, '', '#/settings');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await screen.findByRole('group', { name: ui('volunteer.pin') });
  });
});

describe('the volunteer lock', () => {
  it('is set when a tablet is first set up, after its language', async () => {
    await freshTablet({ language: null, volunteerPin: null });
    const { user } = await openHubsteps();
    await user.click(screen.getByRole('button', { name: 'English' }));
    await heading(ui('volunteer.setup-title'));
    expect(screen.getByText(ui('lock.not-bank-pin'))).toBeTruthy();
    await tapPin(user, ui('volunteer.pin-choose'), '246813');
    await tapPin(user, ui('volunteer.pin-confirm'), '246813');
    await heading(ui('who.title'));
    const lock = await readVolunteerLock();
    expect(lock).toMatchObject({ kind: 'pin', algo: 'pbkdf2-sha256', iterations: PBKDF2_ITERATIONS });
    expect(JSON.stringify(lock)).not.toContain('246813');
  });

  it('says plainly when the two PINs chosen do not match, and leads back to the pad', async () => {
    await freshTablet({ volunteerPin: null });
    const { user } = await openHubsteps();
    await heading(ui('volunteer.setup-title'));
    await tapPin(user, ui('volunteer.pin-choose'), '246813');
    await tapPin(user, ui('volunteer.pin-confirm'), '246800');
    await screen.findByRole('heading', { name: ui('errors.title') });
    const link = screen.getByRole('link', { name: ui('new.lock-mismatch') });
    const pad = screen.getByRole('group', {
      name: ui('volunteer.pin-choose'),
      description: `${ui('errors.prefix')} ${ui('new.lock-mismatch')}`,
    });
    // Focus stays on the key last pressed, to choose again at once; the link leads to the first key.
    expect(document.activeElement).toBe(within(pad).getByRole('button', { name: '0' }));
    await user.click(link);
    expect(document.activeElement).toBe(within(pad).getByRole('button', { name: '1' }));

    await tapPin(user, ui('volunteer.pin-choose'), '246813');
    expect(screen.queryByRole('heading', { name: ui('errors.title') })).toBeNull();
    await tapPin(user, ui('volunteer.pin-confirm'), '246813');
    await heading(ui('who.title'));
  });

  it('is asked for on a tablet set up before there was one, before anyone goes on', async () => {
    await freshTablet({ volunteerPin: null });
    await aLearner('Sam');
    const { user } = await openHubsteps();
    await heading(ui('volunteer.setup-title'));
    await tapPin(user, ui('volunteer.pin-choose'), '246813');
    await tapPin(user, ui('volunteer.pin-confirm'), '246813');
    await heading(ui('who.title'));
    expect(screen.getByRole('button', { name: 'Sam' })).toBeTruthy();
  });

  it('keeps a learner out of settings, and locks them again once the volunteer leaves', async () => {
    await aLearner('Sam');
    history.replaceState(null, '', '#/settings');
    const { user } = await openHubsteps();
    await heading(ui('volunteer.title'));
    expect(screen.queryByRole('button', { name: ui('learners.clear') })).toBeNull();
    await unlockVolunteerScreens(user);
    await user.click(screen.getByRole('link', { name: ui('player.all-lessons') }));
    await heading(ui('who.title'));
    history.replaceState(null, '', '#/settings');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await screen.findByRole('group', { name: ui('volunteer.pin') });
  });

  it('counts wrong tries on the tablet: five, and it waits a minute, even after a reload', async () => {
    history.replaceState(null, '', '#/settings');
    const first = await openHubsteps();
    for (let i = 0; i < 5; i++) await tapPin(first.user, ui('volunteer.pin'), '000000');
    await findShown(ui('sign-in.locked'));
    expect(screen.queryByRole('group', { name: ui('volunteer.pin') })).toBeNull();
    first.close();

    await openHubsteps();
    await screen.findByText(ui('sign-in.wait'));
    expect(screen.queryByRole('group', { name: ui('volunteer.pin') })).toBeNull();
  });

  it('can be changed by whoever knows it; the old one then opens nothing', async () => {
    history.replaceState(null, '', '#/settings');
    const first = await openHubsteps();
    await unlockVolunteerScreens(first.user);
    await first.user.click(screen.getByRole('button', { name: ui('volunteer.change-pin') }));
    await tapPin(first.user, ui('volunteer.pin-choose'), '975310');
    await tapPin(first.user, ui('volunteer.pin-confirm'), '975310');
    await screen.findByText(ui('volunteer.pin-changed'));
    first.close();

    const { user } = await openHubsteps();
    await tapPin(user, ui('volunteer.pin'), VOLUNTEER_PIN);
    await screen.findByRole('link', { name: ui('sign-in.wrong-pin') });
    await unlockVolunteerScreens(user, '975310');
  });
});

describe('a learner’s lock', () => {
  it('is kept only as a slow PBKDF2 derivation, and setting a PIN warns off the bank card PIN', async () => {
    history.replaceState(null, '', '#/new');
    const { user } = await openHubsteps();
    await user.type(screen.getByRole('textbox', { name: ui('new.nickname') }), 'Amina');
    await user.click(screen.getByRole('radio', { name: ui('avatars.avatar-teapot') }));
    await user.click(screen.getByRole('radio', { name: ui('new.lock-pin') }));
    expect(screen.getByText(ui('lock.not-bank-pin'))).toBeTruthy();
    await tapPin(user, ui('new.pin-choose'), '2580');
    await tapPin(user, ui('new.pin-confirm'), '2580');
    await user.click(screen.getByRole('button', { name: ui('new.save') }));
    await heading(ui('card.title'));

    const [amina] = await listLearners();
    expect(amina?.secret).toMatchObject({ kind: 'pin', algo: 'pbkdf2-sha256', iterations: PBKDF2_ITERATIONS });
    expect(amina?.secret?.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(amina?.secret?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('made before PBKDF2 still opens, and is made again the slow way when its owner signs in', async () => {
    const learner = await aLearner('Priya');
    // A lock as an older Hubsteps kept it: one SHA-256 of the salt and the PIN.
    const salt = '00112233445566778899aabbccddeeff';
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}:1357`));
    const hash = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    const old: LearnerSecret = { kind: 'pin', salt, hash };
    await saveProfile({ ...learner, secret: old });
    const { user } = await openHubsteps();
    await user.click(screen.getByRole('button', { name: 'Priya' }));
    await tapPin(user, ui('sign-in.pin'), '1357');
    await heading(ui('home.hello', { name: 'Priya' }));
    await waitFor(async () => {
      const [priya] = await listLearners();
      expect(priya?.secret).toMatchObject({ kind: 'pin', algo: 'pbkdf2-sha256', iterations: PBKDF2_ITERATIONS });
    });
  });

  it('counts wrong tries on the tablet, so closing Hubsteps does not start them again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await aLearner('Tomasz', { kind: 'pin', value: '9999' });
    const first = await openHubsteps();
    await first.user.click(screen.getByRole('button', { name: 'Tomasz' }));
    for (let i = 0; i < 5; i++) await tapPin(first.user, ui('sign-in.pin'), '1234');
    await findShown(ui('sign-in.locked'));
    first.close();

    history.replaceState(null, '', '#/');
    const second = await openHubsteps();
    await second.user.click(screen.getByRole('button', { name: 'Tomasz' }));
    await screen.findByText(ui('sign-in.wait'));
    expect(screen.queryByRole('group', { name: ui('sign-in.pin') })).toBeNull();
    second.close();

    // A minute later the lock takes tries again, and the right PIN opens it.
    vi.setSystemTime(Date.now() + LOCK_OUT_MS + 1000);
    history.replaceState(null, '', '#/');
    const third = await openHubsteps();
    await third.user.click(screen.getByRole('button', { name: 'Tomasz' }));
    await tapPin(third.user, ui('sign-in.pin'), '9999');
    await heading(ui('home.hello', { name: 'Tomasz' }));
  });
});

describe('My settings', () => {
  it('holds the learner’s own choices, saved with their profile and nobody else’s', async () => {
    await aLearner('Ola');
    const sam = await signedInLearner('Sam');
    const { user } = await openHubsteps();
    await user.click(screen.getByRole('link', { name: ui('home.my-settings') }));
    await heading(ui('me.title'));

    await user.click(screen.getByRole('radio', { name: ui('new.size-largest') }));
    await waitFor(() => expect(document.documentElement.style.fontSize).toBe('150%'));
    await user.click(screen.getByRole('checkbox', { name: ui('read.auto') }));
    await user.click(screen.getByRole('button', { name: ui('me.add-pictures') }));
    // The pad takes the place of the button that opened it, and focus with it.
    await waitFor(() =>
      expect(screen.getByRole('group', { name: ui('new.pictures-choose') }).contains(document.activeElement)).toBe(
        true,
      ),
    );
    for (const round of ['new.pictures-choose', 'new.pictures-confirm']) {
      const pad = await screen.findByRole('group', { name: ui(round) });
      for (const name of ['key-moon', 'key-cup', 'key-car']) {
        await user.click(within(pad).getByRole('button', { name: ui(`pictures.${name}`) }));
      }
    }
    await screen.findByText(ui('me.lock-saved'));
    // The pad is gone: focus is back on the lock's choices, not lost on the page.
    await waitFor(() => expect(document.activeElement?.textContent).toBe(ui('me.add-pin')));
    await user.selectOptions(screen.getByRole('combobox', { name: ui('new.language') }), 'Polski');
    await waitFor(() => expect(document.documentElement.lang).toBe('pl'));

    const after = await listLearners();
    const mine = after.find((l) => l.id === sam.id);
    expect(mine).toMatchObject({ textSize: 'largest', readAloud: true, language: 'pl' });
    expect(mine?.secret).toMatchObject({ kind: 'pictures', algo: 'pbkdf2-sha256' });
    expect(after.find((l) => l.nickname === 'Ola')).toMatchObject({
      textSize: 'normal',
      language: 'en',
      secret: null,
    });
  });
});
