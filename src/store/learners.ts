import type { IDBPTransaction } from 'idb';
import type { LearningEvent } from '../core/events';
import type { LearnerProfile } from '../core/learner';
import { db } from './db';
import { writeEventIn } from './events';
import { EVENT_STORES, type HubstepsDB } from './schema';

/** Everyone who learns on this tablet (in no particular order: see byNickname). */
export async function listLearners(): Promise<LearnerProfile[]> {
  return (await db()).getAll('learners');
}

/**
 * What the app needs to start: everyone on the tablet and, if someone is signed in, their
 * events, read in one read-only transaction (one trip to the disk, not two).
 */
export async function readTablet(
  learnerId: string | null,
): Promise<{ learners: LearnerProfile[]; events: LearningEvent[] | null }> {
  const tx = (await db()).transaction(['learners', 'events'], 'readonly');
  const [learners, events] = await Promise.all([
    tx.objectStore('learners').getAll(),
    learnerId ? tx.objectStore('events').index('by-learner').getAll(learnerId) : null,
  ]);
  return { learners, events };
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
  const tx = database.transaction(['learners', ...EVENT_STORES], 'readwrite', { durability: 'strict' });
  const { id, createdAt: _createdAt, ...fields } = profile;
  await Promise.all([
    tx.objectStore('learners').put(profile),
    writeEventIn(tx as unknown as EventTx, id, { type: 'learner.profiled', ...fields }),
    tx.done,
  ]);
}

type EventTx = IDBPTransaction<HubstepsDB, (typeof EVENT_STORES)[number][], 'readwrite'>;

/** How many of this learner's events (or everyone's) are not yet on the Hubsteps server. */
export async function unsyncedCount(learnerId?: string): Promise<number> {
  const database = await db();
  return learnerId ? database.countFromIndex('outbox', 'by-learner', learnerId) : database.count('outbox');
}

/** Removes a learner and everything of theirs from this tablet. The caller has confirmed. */
export async function removeLearner(learnerId: string): Promise<void> {
  const database = await db();
  const tx = database.transaction(['learners', 'events', 'outbox'], 'readwrite', { durability: 'strict' });
  const deletes: Promise<unknown>[] = [tx.objectStore('learners').delete(learnerId)];
  for (const store of ['events', 'outbox'] as const) {
    const keys = await tx.objectStore(store).index('by-learner').getAllKeys(learnerId);
    for (const key of keys) deletes.push(tx.objectStore(store).delete(key));
  }
  await Promise.all([...deletes, tx.done]);
}

/**
 * Removes every learner and all their progress from this tablet. The device's own facts stay,
 * so its event numbering goes on without reuse. The caller has confirmed.
 */
export async function clearTablet(): Promise<void> {
  const database = await db();
  const tx = database.transaction(['learners', 'events', 'outbox'], 'readwrite', { durability: 'strict' });
  await Promise.all([
    tx.objectStore('learners').clear(),
    tx.objectStore('events').clear(),
    tx.objectStore('outbox').clear(),
    tx.done,
  ]);
}
