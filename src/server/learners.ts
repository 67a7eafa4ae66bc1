/**
 * The hub's learners, kept inside each push's transaction (DESIGN.md §5, §8). A learner belongs
 * to the hub of the first tablet that pushed an event of theirs: another hub's tablets can
 * neither push their events nor pull them. The server is the authority on learner codes: within
 * a hub a code belongs to one learner, and the profile that arrived first with it wins.
 */
import type { Kysely, Transaction } from 'kysely';
import type { LearnerProfiled } from '../core/events';
import type { ServerDatabase } from './db/schema';

type Db = Kysely<ServerDatabase> | Transaction<ServerDatabase>;

/**
 * Makes the hub the owner of every learner here that no hub owns yet; answers those that belong
 * to another hub. Called with the hub's turn held, before the events are stored.
 */
export async function claimLearners(tx: Db, hubId: string, learnerIds: readonly string[]): Promise<Set<string>> {
  // In one order always: two hubs' pushes claiming the same learners wait, never deadlock.
  const ids = [...new Set(learnerIds)].sort();
  if (ids.length === 0) return new Set();
  await tx
    .insertInto('learners')
    .values(ids.map((learner_id) => ({ learner_id, hub_id: hubId, code: null, profile_arrival: null })))
    // Another hub may have claimed one since: on PostgreSQL this waits for its commit.
    .onConflict((oc) => oc.column('learner_id').doNothing())
    .execute();
  const owned = await tx
    .selectFrom('learners')
    .select(['learner_id', 'hub_id'])
    .where('learner_id', 'in', ids)
    .execute();
  return new Set(owned.filter((row) => row.hub_id !== hubId).map((row) => row.learner_id));
}

/** A profile just stored, with the arrival number it took. */
export interface StoredProfile {
  event: LearnerProfiled;
  arrival: number;
}

/**
 * Brings the learners' codes up to date with profiles just stored, in arrival order: a later
 * profile's code becomes the learner's if no other learner of the hub holds it; otherwise the
 * learner keeps the code they had.
 */
export async function recordProfiles(tx: Db, hubId: string, profiles: readonly StoredProfile[]): Promise<void> {
  const sorted = [...profiles].sort((a, b) => a.arrival - b.arrival);
  for (const { event, arrival } of sorted) {
    const learner = await tx
      .selectFrom('learners')
      .select(['code', 'profile_arrival'])
      .where('learner_id', '=', event.learnerId)
      .where('hub_id', '=', hubId)
      .executeTakeFirst();
    if (!learner || (learner.profile_arrival !== null && learner.profile_arrival >= arrival)) continue;
    const holder = await tx
      .selectFrom('learners')
      .select('learner_id')
      .where('hub_id', '=', hubId)
      .where('code', '=', event.code)
      .executeTakeFirst();
    const free = !holder || holder.learner_id === event.learnerId;
    await tx
      .updateTable('learners')
      .set(free ? { code: event.code, profile_arrival: arrival } : { profile_arrival: arrival })
      .where('learner_id', '=', event.learnerId)
      .execute();
  }
}

/**
 * Of these learners of the hub, those whose latest profile (by arrival) asks for a code that
 * the server gave to another learner: their tablet must give them a new one.
 */
export async function codesTaken(tx: Db, hubId: string, learnerIds: readonly string[]): Promise<Set<string>> {
  const ids = [...new Set(learnerIds)];
  if (ids.length === 0) return new Set();
  const rows = await tx
    .selectFrom('learners')
    .innerJoin('events', (join) =>
      join.onRef('events.hub_id', '=', 'learners.hub_id').onRef('events.arrival', '=', 'learners.profile_arrival'),
    )
    .select(['learners.learner_id', 'learners.code', 'events.body'])
    .where('learners.hub_id', '=', hubId)
    .where('learners.learner_id', 'in', ids)
    .execute();
  const taken = rows.filter((row) => (JSON.parse(row.body) as LearnerProfiled).code !== row.code);
  return new Set(taken.map((row) => row.learner_id));
}

/** Which of these learners belong to another hub than this one. */
export async function learnersOfOtherHubs(db: Db, hubId: string, learnerIds: readonly string[]): Promise<string[]> {
  const ids = [...new Set(learnerIds)];
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('learners')
    .select('learner_id')
    .where('learner_id', 'in', ids)
    .where('hub_id', '!=', hubId)
    .execute();
  return rows.map((row) => row.learner_id);
}

/** The hub's learner who holds this code, if any. */
export async function learnerWithCode(db: Db, hubId: string, code: string): Promise<string | null> {
  const row = await db
    .selectFrom('learners')
    .select('learner_id')
    .where('hub_id', '=', hubId)
    .where('code', '=', code)
    .executeTakeFirst();
  return row?.learner_id ?? null;
}
