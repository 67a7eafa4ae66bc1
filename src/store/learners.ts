import type { LearningEvent } from '../core/events';
import type { LearnerProfile } from '../core/learner';
import { db } from './db';
import { writeEventsIn } from './events';
import { EVENT_STORES } from './schema';

/** Everyone who learns on this tablet (in no particular order: see byNickname). */
export async function listLearners(): Promise<LearnerProfile[]> {
  return (await db()).getAll('learners');
}

/**
 * What the app needs to start: everyone on the tablet, whether it has a volunteer PIN and, if
 * someone is signed in, their events, read in one read-only transaction (one trip to the disk).
 */
export async function readTablet(
  learnerId: string | null,
): Promise<{ learners: LearnerProfile[]; events: LearningEvent[] | null; volunteerLockSet: boolean }> {
  const tx = (await db()).transaction(['learners', 'events', 'meta'], 'readonly');
  const [learners, events, volunteerLock] = await Promise.all([
    tx.objectStore('learners').getAll(),
    learnerId ? tx.objectStore('events').index('by-learner').getAll(learnerId) : null,
    tx.objectStore('meta').getKey('volunteerLock'),
  ]);
  return { learners, events, volunteerLockSet: volunteerLock !== undefined };
}

/** A learner's events on this tablet, read in one read-only transaction. */
export async function learnerEvents(learnerId: string): Promise<LearningEvent[]> {
  return (await db()).getAllFromIndex('events', 'by-learner', learnerId);
}

/**
 * Saves a profile, and records it as an event (so it can follow the learner to other tablets),
 * in one strict transaction: it is saved only when this resolves.
 */
export async function saveLearner(profile: LearnerProfile): Promise<void> {
  const database = await db();
  const tx = database.transaction([...EVENT_STORES], 'readwrite', { durability: 'strict' });
  const { id, createdAt: _createdAt, ...fields } = profile;
  await Promise.all([
    tx.objectStore('learners').put(profile),
    writeEventsIn(tx, id, [{ type: 'learner.profiled', ...fields }]),
    tx.done,
  ]);
}
