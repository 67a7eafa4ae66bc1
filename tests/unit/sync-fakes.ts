/**
 * A tablet's database and a hub's server as the sync code sees them: a fresh fake-indexeddb
 * database, and a fetch that records each request and answers as the test says.
 */
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { v7 as uuidv7 } from 'uuid';
import type { EventBody, LearningEvent } from '../../src/core/events';
import type { LearnerProfile } from '../../src/core/learner';
import { openHubstepsDB } from '../../src/store/db';
import { writeEventsIn } from '../../src/store/events';
import { DB_VERSION } from '../../src/store/migrations';
import { EVENT_STORES, type HubstepsDB } from '../../src/store/schema';
import { createSyncEngine, type SyncDeps, type SyncEngine } from '../../src/sync/engine';

export interface Sent {
  path: string;
  body: unknown;
  headers: Record<string, string>;
}

export type Reply = { status: number; body?: unknown } | 'network-error';

/** A pull with nothing new. */
export const nothingNew = (): Reply => ({
  status: 200,
  body: { events: [], more: false, hub: { name: 'Library hub', wifiOnly: true } },
});

/**
 * A hub's server that answers pushes (and anything else) with `answer`, and pulls with `pull`,
 * keeping every request it was sent.
 */
export function fakeServer(
  answer: (request: Sent) => Reply | Promise<Reply>,
  pull: (request: Sent) => Reply | Promise<Reply> = nothingNew,
) {
  const sent: Sent[] = [];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const request: Sent = {
      path: url,
      body: JSON.parse(String(init.body)),
      headers: Object.fromEntries(new Headers(init.headers).entries()),
    };
    sent.push(request);
    const reply = await (request.path === '/api/pull' ? pull(request) : answer(request));
    if (reply === 'network-error') throw new TypeError('Failed to fetch');
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'Content-Type': 'application/json' },
    });
  };
  return { fetch, sent, pushes: () => sent.filter((r) => r.path === '/api/push') };
}

/** A tablet with its own empty database, in its own IndexedDB. */
export async function newTablet() {
  globalThis.indexedDB = new IDBFactory();
  const name = `hubsteps-${uuidv7()}`;
  const database = await openHubstepsDB(DB_VERSION, name);
  return {
    database,
    /** Another tab's own connection to the same database. */
    openTab: () => openHubstepsDB(DB_VERSION, name),
  };
}

export const TOKEN = 'a'.repeat(43);

/** Marks the tablet enrolled with a hub. */
export async function enrolled(database: IDBPDatabase<HubstepsDB>, hub = { name: 'Library hub', wifiOnly: true }) {
  await database.put('meta', TOKEN, 'deviceToken');
  await database.put('meta', hub, 'hub');
}

export function engineFor(
  database: IDBPDatabase<HubstepsDB>,
  fetch: SyncDeps['fetch'],
  deps: Partial<SyncDeps> = {},
): SyncEngine {
  let byte = 0;
  return createSyncEngine({
    fetch,
    openDb: async () => database,
    now: () => new Date('2026-03-04T10:00:00.000Z'),
    randomBytes: (n) => Uint8Array.from({ length: n }, () => (byte = (byte * 31 + 7) % 251)),
    locks: null,
    ...deps,
  });
}

export const newLearnerId = () => `learner-${uuidv7()}`;

export function profileOf(id: string, nickname = 'Amina', code = 'ABCD2345'): LearnerProfile {
  return {
    id,
    nickname,
    avatar: 'avatar-sun',
    secret: null,
    language: 'en',
    textSize: 'normal',
    code,
    createdAt: '2026-03-01T09:00:00.000Z',
  };
}

/** Puts a learner on the tablet as the profile screen does: the profile and its event. */
export async function addLearner(database: IDBPDatabase<HubstepsDB>, profile: LearnerProfile): Promise<LearningEvent> {
  const tx = database.transaction([...EVENT_STORES], 'readwrite', { durability: 'strict' });
  const { id, createdAt: _c, ...fields } = profile;
  const [, events] = await Promise.all([
    tx.objectStore('learners').put(profile),
    writeEventsIn(tx, id, [{ type: 'learner.profiled', ...fields }]),
    tx.done,
  ]);
  return events[0] as LearningEvent;
}

/** Writes a learner's events as the lesson screens do. */
export async function write(
  database: IDBPDatabase<HubstepsDB>,
  learnerId: string,
  bodies: readonly EventBody[],
): Promise<LearningEvent[]> {
  const tx = database.transaction([...EVENT_STORES], 'readwrite', { durability: 'strict' });
  const [events] = await Promise.all([writeEventsIn(tx, learnerId, bodies), tx.done]);
  return events;
}

export const steps = (n: number): EventBody[] =>
  Array.from({ length: n }, (_, i) => ({ type: 'step.completed', lessonId: 'tablet-basics', stepId: `step-${i + 1}` }));

/** The server's answer to a push that takes everything. */
export const acceptAll = (request: Sent): Reply => ({
  status: 200,
  body: { accepted: (request.body as LearningEvent[]).map((e) => e.id), rejected: [], codeTaken: [] },
});
