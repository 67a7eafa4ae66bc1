import type { IDBPTransaction } from 'idb';
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

async function writeEvent(learnerId: string, body: EventBody): Promise<LearningEvent> {
  const database = await db();
  const tx = database.transaction(['events', 'outbox', 'meta'], 'readwrite', { durability: 'strict' });
  const [event] = await Promise.all([writeEventIn(tx, learnerId, body), tx.done]);
  return event;
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
  const event = {
    ...body,
    id: uuidv7(),
    deviceId: device,
    seq,
    learnerId,
    at: new Date().toISOString(),
    v: 1,
  } as LearningEvent;
  await Promise.all([
    deviceId ? undefined : meta.put(device, 'deviceId'),
    meta.put(seq + 1, 'nextSeq'),
    tx.objectStore('events').put(event),
    tx.objectStore('outbox').put({ id: event.id, seq, learnerId }),
  ]);
  return event;
}
