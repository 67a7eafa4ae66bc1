/**
 * Taking learners off the tablet, which only a volunteer can do: how much unsent work that
 * would lose, and the removal itself with its record. Kept apart from learners.ts so that the
 * code reaches the tablet with the volunteer screens, not with the first screen.
 */
import type { IDBPDatabase } from 'idb';
import type { LearnerRemoved } from '../core/events';
import { db } from './db';
import { type EventTx, writeEventsIn } from './events';
import { EVENT_STORES, type HubstepsDB, type OutboxEntry } from './schema';

/** How many of this learner's events (or everyone's) are not yet on the Hubsteps server. */
export async function unsyncedCount(learnerId?: string): Promise<number> {
  const database = await db();
  const outbox = learnerId
    ? await database.getAllFromIndex('outbox', 'by-learner', learnerId)
    : await database.getAll('outbox');
  return outbox.filter((entry) => !entry.removal).length;
}

/**
 * Removes a learner and everything of theirs from this tablet, and records it: one
 * `learner.removed` event naming the seqs of theirs that never reached the server. The caller
 * has confirmed. Records of earlier removals stay until they are sent. `database` is the app's
 * own unless given (the sync tests run several tablets in one process).
 */
export async function removeLearner(learnerId: string, database?: IDBPDatabase<HubstepsDB>): Promise<void> {
  database ??= await db();
  const tx = database.transaction([...EVENT_STORES, 'tries' as const], 'readwrite', { durability: 'strict' });
  const outbox = await tx.objectStore('outbox').index('by-learner').getAll(learnerId);
  const eventKeys = await tx.objectStore('events').index('by-learner').getAllKeys(learnerId);
  const { unsent, kept } = splitRemovals(outbox);
  const deletes = [
    tx.objectStore('learners').delete(learnerId),
    tx.objectStore('tries').delete(learnerId),
    ...eventKeys.filter((key) => !kept.has(key)).map((key) => tx.objectStore('events').delete(key)),
    ...unsent.map((entry) => tx.objectStore('outbox').delete(entry.id)),
  ];
  await Promise.all([...deletes, recordRemoval(tx, learnerId, 'learner-removed', unsent), tx.done]);
}

/**
 * Removes every learner and all their progress from this tablet, recording each removal as
 * removeLearner does. The device's own facts stay, so its event numbering goes on without
 * reuse. The caller has confirmed.
 */
export async function clearTablet(): Promise<void> {
  const database = await db();
  const tx = database.transaction([...EVENT_STORES, 'tries' as const], 'readwrite', { durability: 'strict' });
  const [learnerIds, outbox] = await Promise.all([
    tx.objectStore('learners').getAllKeys(),
    tx.objectStore('outbox').getAll(),
  ]);
  const { unsent, kept } = splitRemovals(outbox);
  const keptEvents = await Promise.all([...kept].map((id) => tx.objectStore('events').get(id)));
  await Promise.all([
    tx.objectStore('learners').clear(),
    ...learnerIds.map((id) => tx.objectStore('tries').delete(id)),
    tx.objectStore('events').clear(),
    ...unsent.map((entry) => tx.objectStore('outbox').delete(entry.id)),
  ]);
  await Promise.all(keptEvents.flatMap((event) => (event ? [tx.objectStore('events').put(event)] : [])));
  // Everyone whose work was on the tablet, with a profile or (should one have gone missing) without.
  const everyone = new Set([...learnerIds, ...unsent.map((entry) => entry.learnerId)]);
  for (const learnerId of everyone) {
    await recordRemoval(
      tx,
      learnerId,
      'tablet-cleared',
      unsent.filter((entry) => entry.learnerId === learnerId),
    );
  }
  await tx.done;
}

/** Outbox entries that go with their learner, and the records of earlier removals, which stay. */
function splitRemovals(outbox: readonly OutboxEntry[]): { unsent: OutboxEntry[]; kept: Set<string> } {
  return {
    unsent: outbox.filter((entry) => !entry.removal),
    kept: new Set(outbox.filter((entry) => entry.removal).map((entry) => entry.id)),
  };
}

/** The `learner.removed` event, written after the learner's own events are gone. */
async function recordRemoval(
  tx: EventTx,
  learnerId: string,
  reason: LearnerRemoved['reason'],
  unsent: readonly { seq: number }[],
): Promise<void> {
  const discardedSeqs = unsent.map((entry) => entry.seq).sort((a, b) => a - b);
  await writeEventsIn(tx, learnerId, [{ type: 'learner.removed', reason, discardedSeqs }], { forLearnerGone: true });
}
