import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { v7 as uuidv7 } from 'uuid';
import type { EventBody, LearningEvent } from '../core/events';
import { db, resetDb } from './db';
import type { HubstepsDB, MetaValues } from './schema';

/** A local device id until the tablet is enrolled with a server. */
const newDeviceId = () => `local-${uuidv7()}`;

type EventTx = IDBPTransaction<HubstepsDB, ('events' | 'outbox' | 'meta')[], 'readwrite'>;

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
  const tx = database.transaction(['events', 'outbox', 'meta'], 'readwrite', { durability: 'strict' });
  const [event] = await Promise.all([writeEventIn(tx, learnerId, body), tx.done]);
  lastWritten.set(database, { deviceId: event.deviceId, nextSeq: event.seq + 1 });
  return event;
}

/**
 * The quick way: read the device's next seq and write the event with the seq we expect, all
 * in one transaction without waiting in between (requests run in order, so the read sees the
 * value before our writes). If another tab wrote meanwhile, the read differs: the transaction
 * is aborted, nothing is written, and the caller takes the slow way. Gapless either way.
 */
async function writeExpectingSeq(
  database: IDBPDatabase<HubstepsDB>,
  known: { deviceId: string; nextSeq: number },
  learnerId: string,
  body: EventBody,
): Promise<LearningEvent | null> {
  const tx = database.transaction(['events', 'outbox', 'meta'], 'readwrite', { durability: 'strict' });
  const meta = tx.objectStore('meta');
  const check = meta.get('nextSeq');
  const event = makeEvent(body, known.deviceId, known.nextSeq, learnerId);
  const writes = Promise.all([
    meta.put(known.nextSeq + 1, 'nextSeq'),
    tx.objectStore('events').put(event),
    tx.objectStore('outbox').put({ id: event.id, seq: event.seq, learnerId }),
    tx.done,
  ]);
  if ((await check) !== known.nextSeq) {
    lastWritten.delete(database);
    tx.abort();
    await writes.catch(() => undefined);
    return null;
  }
  await writes;
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
  await Promise.all([
    deviceId ? undefined : meta.put(device, 'deviceId'),
    meta.put(seq + 1, 'nextSeq'),
    tx.objectStore('events').put(event),
    tx.objectStore('outbox').put({ id: event.id, seq, learnerId }),
  ]);
  return event;
}
