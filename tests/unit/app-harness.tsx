import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { v7 as uuidv7 } from 'uuid';
import { App } from '../../src/app/App';
import { applyLanguage, chooseTabletLanguage, tabletLanguage } from '../../src/app/language';
import { refreshLearners } from '../../src/app/learners-state';
import { makeSecret } from '../../src/app/profiles/secret';
import { signIn, signOut } from '../../src/app/session';
import { forgetLearner } from '../../src/app/use-learning';
import { type LearnerProfile, type LearnerSecret, learnerCodeFrom } from '../../src/core/learner';
import { startI18n } from '../../src/i18n/i18n';
import { resetDb } from '../../src/store/db';
import { saveLearner } from '../../src/store/learners';

/**
 * A fresh tablet: an empty database, nobody signed in, and the first page. Its language was
 * already chosen (English), unless a test wants the very first start, with `language: null`.
 */
export async function freshTablet({ language = 'en' as string | null } = {}): Promise<void> {
  resetDb();
  forgetLearner();
  signOut();
  globalThis.indexedDB = new IDBFactory();
  sessionStorage.clear();
  localStorage.clear();
  tabletLanguage.set(null);
  if (language) chooseTabletLanguage(language);
  await startI18n();
  await applyLanguage(language ?? 'en', []);
  history.replaceState(null, '', '#/');
  await refreshLearners().catch(() => undefined);
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
  await saveLearner(profile);
  await refreshLearners();
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
  };
  return { user, close };
}
