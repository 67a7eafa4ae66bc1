import type { LearnerProfile } from '../core/learner';
import { observable } from '../offline/observable';
import { eventsArrived } from '../store/events';
import { listLearners, saveLearner } from '../store/learners';
import { go } from './route';
import { signedIn, signOut } from './session';

/** Everyone who learns on this tablet, read once and read again whenever any tab changes them. */
export const learnersOnTablet = observable<LearnerProfile[] | null>(null);

let loading: Promise<LearnerProfile[]> | null = null;

/**
 * How every tab of Hubsteps on this tablet hears that learners changed (added, removed, a
 * profile saved), so none shows or writes for a learner another tab removed.
 */
let channel: BroadcastChannel | null = null;
const CHANNEL_NAME = 'hubsteps.learners';

function listen(): void {
  if (channel || typeof BroadcastChannel === 'undefined') return;
  channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = () => void readAgain().catch(() => undefined);
  // A profile changed on another tablet (a new language, a new lock) came from the hub.
  eventsArrived.subscribe(({ profiles }) => {
    if (profiles) void learnersChanged().catch(() => undefined);
  });
}

/** Reads everyone on the tablet, once; `read` is how, when the caller has a read under way. */
export function loadLearners(read: () => Promise<LearnerProfile[]> = listLearners): Promise<LearnerProfile[]> {
  listen();
  loading ??= read().then(
    (list) => {
      learnersOnTablet.set(list);
      leaveIfGone(list);
      return list;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

function readAgain(): Promise<LearnerProfile[]> {
  loading = null;
  return loadLearners();
}

/** The signed-in learner was removed (here or in another tab): nobody is signed in any more. */
function leaveIfGone(list: readonly LearnerProfile[]): void {
  const learnerId = signedIn.get();
  if (learnerId && !list.some((l) => l.id === learnerId)) {
    signOut();
    go('#/', true);
  }
}

/**
 * The one way to say learners changed on this tablet: every other tab is told, and this one
 * reads them again. Resolves once this tab has the new list.
 */
export function learnersChanged(): Promise<LearnerProfile[]> {
  channel?.postMessage('changed');
  return readAgain();
}

/** Saves a learner's profile (new or changed) and tells every tab. */
export async function saveProfile(profile: LearnerProfile): Promise<void> {
  await saveLearner(profile);
  await learnersChanged().catch(() => undefined);
}

/** A learner this tab was writing for is no longer on the tablet. */
export function learnerGone(): void {
  void learnersChanged().catch(() => undefined);
}

/** Forgets the list, as a fresh start of the app would (in tests). */
export function forgetLearners(): void {
  loading = null;
  learnersOnTablet.set(null);
}
