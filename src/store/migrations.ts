import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { type LearnerProfile, learnerCodeFrom } from '../core/learner';
import type { HubstepsDB } from './schema';

type UpgradeTx = IDBPTransaction<HubstepsDB, StoreNames<HubstepsDB>[], 'versionchange'>;
// Older versions had fewer stores, so a migration works on the database as it was then.
type AnyDB = IDBPDatabase<HubstepsDB>;

/**
 * Every schema change, in order: migrations[n] takes the database from version n to n + 1.
 * Never edit one that has shipped; add the next. Each keeps every event and outbox entry.
 */
export const migrations: ((db: AnyDB, tx: UpgradeTx) => Promise<void> | void)[] = [
  // 1: learning events, the outbox of events not yet on the server, and device facts.
  (db) => {
    db.createObjectStore('events', { keyPath: 'id' }).createIndex('by-learner', 'learnerId');
    db.createObjectStore('outbox', { keyPath: 'id' });
    db.createObjectStore('meta');
  },
  // 2: learner profiles; outbox entries say whose they are, so unsaved work can be counted per learner.
  async (db, tx) => {
    db.createObjectStore('learners', { keyPath: 'id' }).createIndex('by-code', 'code', { unique: true });
    const outbox = tx.objectStore('outbox');
    outbox.createIndex('by-learner', 'learnerId');
    const events = tx.objectStore('events');
    for (let cursor = await outbox.openCursor(); cursor; cursor = await cursor.continue()) {
      const event = await events.get(cursor.value.id);
      if (event) await cursor.update({ ...cursor.value, learnerId: event.learnerId });
    }
    // The learner of version 1 becomes a profile, so their progress stays theirs.
    const old = (await tx.objectStore('meta').get('defaultLearnerId')) as string | undefined;
    if (old) await tx.objectStore('learners').put(firstLearner(old));
  },
  // 3: the seqs this device has given out, so a write can claim the next one without reading first.
  async (db, tx) => {
    db.createObjectStore('seqs');
    const device = (await tx.objectStore('meta').get('deviceId')) as string | undefined;
    const seqs = tx.objectStore('seqs');
    for (let cursor = await tx.objectStore('events').openCursor(); cursor; cursor = await cursor.continue()) {
      if (cursor.value.deviceId === device) await seqs.put(cursor.value.id, cursor.value.seq);
    }
  },
  // 4: the outbox in seq order, for the sender; wrong tries at each lock, kept across reloads.
  (db, tx) => {
    tx.objectStore('outbox').createIndex('by-seq', 'seq', { unique: true });
    db.createObjectStore('tries');
  },
  // 5: sync with the hub's server. The meta store gains deviceToken, hub and lastSyncedAt as they
  // are first written; `pulled` keeps, per learner, how far their events have been pulled.
  (db) => {
    db.createObjectStore('pulled');
  },
];

export const DB_VERSION = migrations.length;

/** The profile given to the one learner a version-1 tablet had. */
function firstLearner(id: string): LearnerProfile {
  return {
    id,
    nickname: 'Learner 1',
    avatar: 'avatar-sun',
    secret: null,
    language: 'en',
    textSize: 'normal',
    code: learnerCodeFrom((n) => crypto.getRandomValues(new Uint8Array(n))),
    createdAt: new Date().toISOString(),
  };
}
