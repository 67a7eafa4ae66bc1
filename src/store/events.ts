import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { v7 as uuidv7 } from 'uuid';
import type { EventBody, LearningEvent } from '../core/events';
import { db, resetDb } from './db';
import { EVENT_STORES, type HubstepsDB, type MetaValues } from './schema';

/** A local device id until the tablet is enrolled with a server. */
const newDeviceId = () => `local-${uuidv7()}`;

type EventTx = IDBPTransaction<HubstepsDB, (typeof EVENT_STORES)[number][], 'readwrite'>;

/**
 * Writes one event and its outbox entry in a single strict transaction, assigning the
 * device's next seq inside it. Resolves only once the write is on disk.
 */
export async function appendEvent(learnerId: string, body: EventBody): Promise<LearningEvent> {
  try {
    return await writeEvent(learnerId, body);
  } catch {
    // A lost connection (Safari) or a closed database: reopen once and try again.
    resetDb();
    return writeEvent(learnerId, body);
  }
}

/** What this connection last wrote: the device, and the seq the next event should get. */
const lastWritten = new WeakMap<IDBPDatabase<HubstepsDB>, { deviceId: string; nextSeq: number }>();

async function writeEvent(learnerId: string, body: EventBody): Promise<LearningEvent> {
  const database = await db();
  const known = lastWritten.get(database);
  if (known) {
    const event = await writeExpectingSeq(database, known, learnerId, body);
    if (event) return event;
  }
  const tx = database.transaction([...EVENT_STORES], 'readwrite', { durability: 'strict' });
  const [event] = await Promise.all([writeEventIn(tx, learnerId, body), tx.done]);
  lastWritten.set(database, { deviceId: event.deviceId, nextSeq: event.seq + 1 });
  return event;
}

/**
 * The quick way: claim the seq we expect this device's next event to get, with no read first.
 * The claim is an add to the seqs store, which fails if that seq is taken (another tab wrote
 * in between), and takes the whole transaction with it: nothing is written, and the caller
 * takes the slow way. Needing no answer from the page, the transaction is committed at once,
 * so the disk write does not wait behind the next step's drawing. Gapless either way.
 */
async function writeExpectingSeq(
  database: IDBPDatabase<HubstepsDB>,
  known: { deviceId: string; nextSeq: number },
  learnerId: string,
  body: EventBody,
): Promise<LearningEvent | null> {
  const tx = database.transaction([...EVENT_STORES], 'readwrite', { durability: 'strict' });
  const event = makeEvent(body, known.deviceId, known.nextSeq, learnerId);
  const writes = allOrNothing(
    tx,
    [
      () => tx.objectStore('seqs').add(event.id, event.seq),
      () => tx.objectStore('meta').put(known.nextSeq + 1, 'nextSeq'),
      () => tx.objectStore('events').put(event),
      () => tx.objectStore('outbox').put({ id: event.id, seq: event.seq, learnerId }),
    ],
    { commit: true },
  );
  try {
    await writes;
  } catch {
    lastWritten.delete(database);
    return null;
  }
  lastWritten.set(database, { deviceId: known.deviceId, nextSeq: known.nextSeq + 1 });
  return event;
}

function makeEvent(body: EventBody, deviceId: string, seq: number, learnerId: string): LearningEvent {
  return { ...body, id: uuidv7(), deviceId, seq, learnerId, at: new Date().toISOString(), v: 1 } as LearningEvent;
}

/** Adds an event and its outbox entry inside a transaction the caller owns. */
export async function writeEventIn(tx: EventTx, learnerId: string, body: EventBody): Promise<LearningEvent> {
  const meta = tx.objectStore('meta');
  const [deviceId, nextSeq] = (await Promise.all([meta.get('deviceId'), meta.get('nextSeq')])) as [
    MetaValues['deviceId'] | undefined,
    MetaValues['nextSeq'] | undefined,
  ];
  const device = deviceId ?? newDeviceId();
  const seq = nextSeq ?? 1;
  const event = makeEvent(body, device, seq, learnerId);
  await allOrNothing(tx, [
    () => (deviceId ? undefined : meta.put(device, 'deviceId')),
    () => meta.put(seq + 1, 'nextSeq'),
    () => tx.objectStore('seqs').add(event.id, seq),
    () => tx.objectStore('events').put(event),
    () => tx.objectStore('outbox').put({ id: event.id, seq, learnerId }),
  ]);
  return event;
}

/**
 * Makes a transaction's writes and waits for them. A write the browser refuses at once (a full
 * disk can throw before any request is made) aborts the transaction, so the writes made before
 * it are not committed on their own. `commit` asks for the commit as soon as they are made.
 */
async function allOrNothing(
  tx: EventTx,
  writes: (() => Promise<unknown> | undefined)[],
  { commit = false } = {},
): Promise<void> {
  const requests: Promise<unknown>[] = [tx.done];
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
