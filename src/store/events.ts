import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { v7 as uuidv7 } from 'uuid';
import type { EventBody, LearningEvent } from '../core/events';
import { observable } from '../core/observable';
import { db, resetDb } from './db';
import { EVENT_STORES, type HubstepsDB, type MetaValues, type OutboxEntry } from './schema';

/** A local device id until the tablet is enrolled with a server. */
const newDeviceId = () => `local-${uuidv7()}`;

/** A transaction that writes events: over EVENT_STORES, and perhaps other stores of the same change. */
export type EventTx = IDBPTransaction<HubstepsDB, StoreNames<HubstepsDB>[], 'readwrite'>;

/** The learner is no longer on this tablet (removed, perhaps in another tab): nothing was written. */
export class LearnerGoneError extends Error {
  constructor(learnerId: string) {
    super(`Learner ${learnerId} is not on this tablet`);
    this.name = 'LearnerGoneError';
  }
}

/**
 * Writes one event and its outbox entry in a single strict transaction, assigning the
 * device's next seq inside it. Resolves only once the write is on disk.
 */
export async function appendEvent(learnerId: string, body: EventBody): Promise<LearningEvent> {
  const [event] = await appendEvents(learnerId, [body]);
  return event as LearningEvent;
}

/**
 * Writes several events in one strict transaction: all of them, with consecutive seqs, or none
 * (the last step of a lesson and the lesson's completion, say, so a page closed between the
 * two cannot leave one without the other).
 */
export async function appendEvents(learnerId: string, bodies: readonly EventBody[]): Promise<LearningEvent[]> {
  writesUnderWay.set(writesUnderWay.get() + 1);
  try {
    return await writeEvents(learnerId, bodies);
  } catch (error) {
    if (error instanceof LearnerGoneError) throw error;
    // A lost connection (Safari) or a closed database: reopen once and try again.
    resetDb();
    return writeEvents(learnerId, bodies);
  } finally {
    writesUnderWay.set(writesUnderWay.get() - 1);
  }
}

/** How many event writes have started and not yet finished: a reload now would lose them. */
export const writesUnderWay = observable(0);

/**
 * Bumped whenever a transaction that wrote events in this tab has committed (a step, a profile,
 * a removal), so the sync status can count what is waiting again.
 */
export const eventsWritten = observable(0);

/**
 * Learners whose events came to this tablet from the hub (another tablet's work), set once the
 * transaction that stored them has committed, so a screen showing their progress reads it again.
 */
export const eventsArrived = observable<{ learnerIds: readonly string[]; profiles: boolean }>({
  learnerIds: [],
  profiles: false,
});
const written = (tx: { done: Promise<void> }) =>
  tx.done.then(
    () => eventsWritten.set(eventsWritten.get() + 1),
    () => undefined,
  );

/** What this connection last wrote: the device, and the seq the next event should get. */
const lastWritten = new WeakMap<IDBPDatabase<HubstepsDB>, { deviceId: string; nextSeq: number }>();

async function writeEvents(learnerId: string, bodies: readonly EventBody[]): Promise<LearningEvent[]> {
  const database = await db();
  const known = lastWritten.get(database);
  if (known) {
    const events = await writeExpectingSeq(database, known, learnerId, bodies);
    if (events) return events;
  }
  const tx = database.transaction([...EVENT_STORES], 'readwrite', { durability: 'strict' });
  const [events] = await Promise.all([writeEventsIn(tx, learnerId, bodies), tx.done]);
  const last = events.at(-1);
  if (last) lastWritten.set(database, { deviceId: last.deviceId, nextSeq: last.seq + 1 });
  return events;
}

/**
 * The quick way: claim the seqs we expect this device's next events to get, with no read first.
 * Each claim is an add to the seqs store, which fails if that seq is taken (another tab wrote
 * in between), and takes the whole transaction with it: nothing is written, and the caller
 * takes the slow way. Needing no answer from the page, the transaction is committed at once,
 * so the disk write does not wait behind the next step's drawing. Gapless either way.
 *
 * It does not look for the learner: removing a learner writes an event of its own (see
 * learners.ts), which takes the next seq, so after a removal in any tab this way always fails
 * and the slow way, which does look, decides.
 */
async function writeExpectingSeq(
  database: IDBPDatabase<HubstepsDB>,
  known: { deviceId: string; nextSeq: number },
  learnerId: string,
  bodies: readonly EventBody[],
): Promise<LearningEvent[] | null> {
  const tx = database.transaction([...EVENT_STORES], 'readwrite', { durability: 'strict' });
  const events = bodies.map((body, i) => makeEvent(body, known.deviceId, known.nextSeq + i, learnerId));
  const nextSeq = known.nextSeq + events.length;
  void written(tx);
  const writes = allOrNothing(
    tx,
    [
      ...events.flatMap((event) => [
        () => tx.objectStore('seqs').add(event.id, event.seq),
        () => tx.objectStore('events').put(event),
        () => tx.objectStore('outbox').put(outboxEntry(event)),
      ]),
      () => tx.objectStore('meta').put(nextSeq, 'nextSeq'),
    ],
    { commit: true },
  );
  try {
    await writes;
  } catch {
    lastWritten.delete(database);
    return null;
  }
  lastWritten.set(database, { deviceId: known.deviceId, nextSeq });
  return events;
}

const outboxEntry = (event: LearningEvent): OutboxEntry =>
  event.type === 'learner.removed'
    ? { id: event.id, seq: event.seq, learnerId: event.learnerId, removal: true }
    : { id: event.id, seq: event.seq, learnerId: event.learnerId };

function makeEvent(body: EventBody, deviceId: string, seq: number, learnerId: string): LearningEvent {
  return { ...body, id: uuidv7(), deviceId, seq, learnerId, at: new Date().toISOString(), v: 1 } as LearningEvent;
}

/**
 * Adds events and their outbox entries inside a transaction the caller owns, reading the
 * device's next seq first. Refuses (LearnerGoneError, aborting the transaction) when the learner
 * is not on the tablet, unless `forLearnerGone` (the record of their removal).
 */
export async function writeEventsIn(
  tx: EventTx,
  learnerId: string,
  bodies: readonly EventBody[],
  { forLearnerGone = false } = {},
): Promise<LearningEvent[]> {
  const meta = tx.objectStore('meta');
  const [deviceId, nextSeq, here] = (await Promise.all([
    meta.get('deviceId'),
    meta.get('nextSeq'),
    forLearnerGone ? true : tx.objectStore('learners').getKey(learnerId),
  ])) as [MetaValues['deviceId'] | undefined, MetaValues['nextSeq'] | undefined, unknown];
  if (here === undefined) {
    tx.abort();
    throw new LearnerGoneError(learnerId);
  }
  const device = deviceId ?? newDeviceId();
  const first = nextSeq ?? 1;
  void written(tx);
  const events = bodies.map((body, i) => makeEvent(body, device, first + i, learnerId));
  await allOrNothing(tx, [
    () => (deviceId ? undefined : meta.put(device, 'deviceId')),
    () => meta.put(first + events.length, 'nextSeq'),
    ...events.flatMap((event) => [
      () => tx.objectStore('seqs').add(event.id, event.seq),
      () => tx.objectStore('events').put(event),
      () => tx.objectStore('outbox').put(outboxEntry(event)),
    ]),
  ]);
  return events;
}

/**
 * Makes a transaction's writes and waits for them. A write the browser refuses at once (a full
 * disk can throw before any request is made) aborts the transaction, so the writes made before
 * it are not committed on their own. `commit` asks for the commit as soon as they are made, and
 * waits for it; otherwise the transaction stays open for the caller's further writes.
 */
async function allOrNothing(
  tx: EventTx,
  writes: (() => Promise<unknown> | undefined)[],
  { commit = false } = {},
): Promise<void> {
  const requests: Promise<unknown>[] = commit ? [tx.done] : [];
  try {
    for (const write of writes) {
      const request = write();
      if (request) requests.push(request);
    }
    if (commit) tx.commit();
  } catch (error) {
    for (const request of requests) request.catch(() => undefined);
    tx.abort();
    throw error;
  }
  await Promise.all(requests);
}

/** The events not yet on the server, oldest seq first, as the sender pushes them. */
export async function outboxInSeqOrder(limit?: number): Promise<LearningEvent[]> {
  const tx = (await db()).transaction(['outbox', 'events'], 'readonly');
  const entries = await tx.objectStore('outbox').index('by-seq').getAll(undefined, limit);
  const events = await Promise.all(entries.map((entry) => tx.objectStore('events').get(entry.id)));
  return events.filter((e): e is LearningEvent => e !== undefined);
}
