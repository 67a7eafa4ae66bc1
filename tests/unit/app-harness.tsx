import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { v7 as uuidv7 } from 'uuid';
import { expect } from 'vitest';
import { App } from '../../src/app/App';
import { applyLanguage, chooseTabletLanguage, tabletLanguage } from '../../src/app/language';
import { learnersChanged, saveProfile } from '../../src/app/learners-state';
import { makeSecret } from '../../src/app/profiles/secret';
import { signIn, signOut, volunteerLockSet, volunteerUnlocked } from '../../src/app/session';
import { forgetLearner } from '../../src/app/use-learning';
import { type LearnerProfile, type LearnerSecret, learnerCodeFrom } from '../../src/core/learner';
import { startI18n } from '../../src/i18n/i18n';
import { resetDb } from '../../src/store/db';
import { saveVolunteerLock } from '../../src/store/locks';
import { words } from '../content';

/** The volunteer PIN of a tablet the tests set up. */
export const VOLUNTEER_PIN = '135790';

/**
 * A fresh tablet: an empty database, nobody signed in, and the first page. It was already set
 * up (English, and VOLUNTEER_PIN), unless a test wants the very first start (`language: null`)
 * or a tablet from before there were volunteer PINs (`volunteerPin: null`).
 */
export async function freshTablet({
  language = 'en' as string | null,
  volunteerPin = VOLUNTEER_PIN as string | null,
} = {}): Promise<void> {
  resetDb();
  forgetLearner();
  signOut();
  volunteerUnlocked.set(false);
  globalThis.indexedDB = new IDBFactory();
  sessionStorage.clear();
  localStorage.clear();
  tabletLanguage.set(null);
  if (language) chooseTabletLanguage(language);
  // Few rounds, so that setting up every test's tablet is quick; unlocking it upgrades it, as any older lock.
  if (volunteerPin) await saveVolunteerLock(await makeSecret('pin', volunteerPin, 1_000));
  volunteerLockSet.set(volunteerPin !== null);
  await startI18n();
  await applyLanguage(language ?? 'en', []);
  history.replaceState(null, '', '#/');
  await learnersChanged().catch(() => undefined);
}

/** Puts a learner on this tablet, as the new-learner screen would. */
export async function aLearner(
  nickname: string,
  lock?: { kind: LearnerSecret['kind']; value: string },
  language = 'en',
): Promise<LearnerProfile> {
  const profile: LearnerProfile = {
    id: `learner-${uuidv7()}`,
    nickname,
    avatar: 'avatar-sun',
    secret: lock ? await makeSecret(lock.kind, lock.value) : null,
    language,
    textSize: 'normal',
    code: learnerCodeFrom((n) => crypto.getRandomValues(new Uint8Array(n))),
    createdAt: new Date().toISOString(),
  };
  await saveProfile(profile);
  return profile;
}

/** A learner on the tablet, already signed in. */
export async function signedInLearner(nickname = 'Sam'): Promise<LearnerProfile> {
  const learner = await aLearner(nickname);
  signIn(learner.id);
  return learner;
}

export type User = ReturnType<typeof userEvent.setup>;

/** Opens Hubsteps as a learner would, and waits for the first screen. */
export async function openHubsteps(): Promise<{ user: User; close: () => void }> {
  await startI18n();
  const user = userEvent.setup();
  const { unmount } = render(<App />);
  await screen.findByRole('heading', { level: 1 });
  // Closing drops the connection as a reload would; the database stays.
  const close = () => {
    unmount();
    resetDb();
    forgetLearner();
    volunteerUnlocked.set(false);
  };
  return { user, close };
}

/** On the volunteer lock, a volunteer types the tablet's PIN and the settings open. */
export async function unlockVolunteerScreens(user: User, pin = VOLUNTEER_PIN): Promise<void> {
  const pad = await screen.findByRole('group', { name: words('ui', 'volunteer.pin') });
  // The keys can be pressed once the tries are read from the tablet.
  await waitFor(() =>
    expect((within(pad).getByRole('button', { name: '1' }) as HTMLButtonElement).disabled).toBe(false),
  );
  for (const digit of pin) await user.click(within(pad).getByRole('button', { name: digit }));
  await screen.findByRole('heading', { level: 1, name: words('ui', 'settings.title') });
}

/** The page's live regions: where a screen reader is told of changes as they happen. */
export const liveRegions = (): HTMLElement[] => [
  ...document.querySelectorAll<HTMLElement>('[aria-live], [role="status"], [role="alert"]'),
];

/**
 * Waits until a screen reader is told `text`: it is put into one of `regions`, the live regions
 * that were in the page before it was given (a region that appears with its words in it is
 * often not read). Returns the element the words came in. Words given again must come in a new
 * element, or they are no change and are not read again: `before` is the element they came in
 * last time.
 */
export async function heard(text: string, regions: readonly HTMLElement[], before?: HTMLElement): Promise<HTMLElement> {
  return waitFor(() => {
    const found = regions.filter((r) => r.isConnected).flatMap((r) => within(r).queryAllByText(text));
    expect(found).toHaveLength(1);
    expect(found[0]).not.toBe(before);
    return found[0] as HTMLElement;
  });
}

/** Words shown on the screen, not the same words in a live message for screen readers alone. */
export const findShown = (text: string): Promise<HTMLElement> =>
  screen.findByText(text, { ignore: '[role="status"] *, script, style' });
