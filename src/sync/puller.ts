/**
 * The puller (DESIGN.md §5): fetches, page by page, what the hub's server has for the learners
 * on this tablet since each one's cursor. Pulled events go into the events store only, never
 * into the outbox or seqs: they are not this tablet's to send, and their seqs are another
 * device's. A learner removed here meanwhile stays removed: each page is stored in one
 * transaction that first looks for each learner.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { validateEvent } from '../core/event-schema';
import type { LearnerProfiled, LearningEvent } from '../core/events';
import type { LearnerProfile } from '../core/learner';
import { eventsArrived } from '../store/events';
import type { HubSettings, HubstepsDB, PulledState } from '../store/schema';
import type { SyncContext } from './context';
import { deviceRefused, type PullAnswer, post, pullAnswer } from './http';
import { unsentProfile } from './sender';

/** The most learners one pull may name (the server's limit). */
export const MAX_PULL_LEARNERS = 200;

export type PullOutcome = 'pulled' | 'revoked' | 'unreachable';

/** A learner's events from the server, each with its arrival number there. */
export type Pulled = { arrival: number; event: LearningEvent };

/** Brings every learner on the tablet up to date with the server. */
export async function pullLearners(ctx: SyncContext, token: string, onAnswer: () => void): Promise<PullOutcome> {
  const database = await ctx.database();
  const tx = database.transaction(['learners', 'pulled'], 'readonly');
  const [ids, states] = await Promise.all([tx.objectStore('learners').getAllKeys(), tx.objectStore('pulled').getAll()]);
  const stateKeys = await tx.objectStore('pulled').getAllKeys();
  const cursors = new Map(stateKeys.map((id, i) => [id, states[i]?.cursor ?? 0]));
  for (let start = 0; start < ids.length; start += MAX_PULL_LEARNERS) {
    const chunk = ids.slice(start, start + MAX_PULL_LEARNERS);
    const outcome = await pullChunk(ctx, token, chunk, cursors, onAnswer);
    if (outcome !== 'pulled') return outcome;
  }
  return 'pulled';
}

async function pullChunk(
  ctx: SyncContext,
  token: string,
  learnerIds: readonly string[],
  cursors: Map<string, number>,
  onAnswer: () => void,
): Promise<PullOutcome> {
  for (;;) {
    const asked = Object.fromEntries(learnerIds.map((id) => [id, cursors.get(id) ?? 0]));
    const answer = await post(ctx.fetch, '/api/pull', { learners: asked }, pullAnswer, { token });
    if (deviceRefused(answer)) return 'revoked';
    if (answer.kind === 'refused' && answer.error === 'learner-of-another-hub' && learnerIds.length > 1) {
      // One of them belongs to another hub (a card from elsewhere): ask for each alone, so the
      // others are still brought up to date.
      for (const id of learnerIds) {
        const outcome = await pullChunk(ctx, token, [id], cursors, onAnswer);
        if (outcome !== 'pulled' && outcome !== 'unreachable') return outcome;
      }
      return 'pulled';
    }
    if (answer.kind === 'refused') return answer.error === 'learner-of-another-hub' ? 'pulled' : 'unreachable';
    if (answer.kind !== 'ok') return 'unreachable';
    const database = await ctx.database();
    const page = checked(answer.body, new Set(learnerIds));
    await storePage(ctx, database, page, answer.body.hub);
    onAnswer();
    for (const { arrival, event } of page)
      cursors.set(event.learnerId, Math.max(cursors.get(event.learnerId) ?? 0, arrival));
    if (!answer.body.more || answer.body.events.length === 0) return 'pulled';
  }
}

/** The page's events that pass the shared schema and belong to a learner that was asked for. */
export function checked(answer: PullAnswer, asked: ReadonlySet<string>): Pulled[] {
  return answer.events.flatMap(({ arrival, event }) => {
    const check = validateEvent(event);
    return check.ok && asked.has(check.event.learnerId) ? [{ arrival, event: check.event }] : [];
  });
}

type PullTx = IDBPTransaction<HubstepsDB, ('events' | 'learners' | 'pulled' | 'outbox' | 'meta')[], 'readwrite'>;

/** Stores one page in one transaction: events of learners still here, their cursors and profiles. */
async function storePage(
  ctx: SyncContext,
  database: IDBPDatabase<HubstepsDB>,
  page: readonly Pulled[],
  hub: HubSettings | undefined,
): Promise<void> {
  const tx: PullTx = database.transaction(['events', 'learners', 'pulled', 'outbox', 'meta'], 'readwrite', {
    durability: 'strict',
  });
  const byLearner = new Map<string, Pulled[]>();
  for (const p of page) byLearner.set(p.event.learnerId, [...(byLearner.get(p.event.learnerId) ?? []), p]);
  const writes: Promise<unknown>[] = [];
  const stored: Promise<{ learnerId: string; profile: boolean } | null>[] = [];
  for (const [learnerId, pulled] of byLearner) stored.push(storeLearnerPage(tx, learnerId, pulled));
  if (hub) writes.push(tx.objectStore('meta').put({ name: hub.name, wifiOnly: hub.wifiOnly }, 'hub'));
  writes.push(tx.objectStore('meta').put(ctx.now().toISOString(), 'lastSyncedAt'));
  const [learners] = await Promise.all([Promise.all(stored), ...writes, tx.done]);
  const arrived = learners.filter((l) => l !== null);
  if (arrived.length > 0) {
    eventsArrived.set({ learnerIds: arrived.map((l) => l.learnerId), profiles: arrived.some((l) => l.profile) });
  }
}

/** Stores one learner's part of a page; says whose events were stored, and whether their profile changed. */
async function storeLearnerPage(
  tx: PullTx,
  learnerId: string,
  pulled: readonly Pulled[],
): Promise<{ learnerId: string; profile: boolean } | null> {
  const [learner, state] = await Promise.all([
    tx.objectStore('learners').get(learnerId),
    tx.objectStore('pulled').get(learnerId),
  ]);
  // Removed from this tablet (perhaps in another tab since the pull was asked for): not brought back.
  if (!learner) return null;
  const before: PulledState = state ?? { cursor: 0, profileArrival: 0 };
  const cursor = Math.max(before.cursor, ...pulled.map((p) => p.arrival));
  const profile = latestProfile(pulled);
  let profileArrival = before.profileArrival;
  // A profile written here and not yet sent is newer than any on the server: it stays.
  if (
    profile &&
    profile.arrival > before.profileArrival &&
    !(await unsentProfile(
      {
        entries: (id) => tx.objectStore('outbox').index('by-learner').getAll(id),
        event: (id) => tx.objectStore('events').get(id),
      },
      learnerId,
    ))
  ) {
    const next = profileFrom(profile.event, learner.createdAt);
    const holder = await tx.objectStore('learners').index('by-code').getKey(next.code);
    // Another learner on this tablet has that code: the server will give one of them a new one.
    if (holder === undefined || holder === learnerId) {
      await tx.objectStore('learners').put(next);
      profileArrival = profile.arrival;
    }
  }
  await Promise.all([
    ...pulled.map(({ event }) => tx.objectStore('events').put(event)),
    tx.objectStore('pulled').put({ cursor, profileArrival }, learnerId),
  ]);
  return { learnerId, profile: profileArrival !== before.profileArrival };
}

/** The profile that arrived last at the server: the server's order, not the tablets' clocks. */
export function latestProfile(pulled: readonly Pulled[]): { arrival: number; event: LearnerProfiled } | null {
  let latest: { arrival: number; event: LearnerProfiled } | null = null;
  for (const { arrival, event } of pulled) {
    if (event.type === 'learner.profiled' && (!latest || arrival > latest.arrival)) latest = { arrival, event };
  }
  return latest;
}

/** The learner as a profile event describes them. */
export function profileFrom(event: LearnerProfiled, createdAt: string): LearnerProfile {
  const { learnerId: id, nickname, avatar, secret, language, textSize, readAloud, code } = event;
  return {
    id,
    nickname,
    avatar,
    secret,
    language,
    textSize,
    ...(readAloud === undefined ? {} : { readAloud }),
    code,
    createdAt,
  };
}
