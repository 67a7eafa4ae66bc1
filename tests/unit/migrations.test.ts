import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LearningEvent } from '../../src/core/events';
import { databaseState, openHubstepsDB, resetDb } from '../../src/store/db';
import { DB_VERSION } from '../../src/store/migrations';

const NAME = 'hubsteps-test';

beforeEach(() => {
  resetDb();
  globalThis.indexedDB = new IDBFactory();
});

const event = (n: number, learnerId: string): LearningEvent => ({
  id: `0190000000000-${n}`,
  deviceId: 'local-device',
  seq: n,
  learnerId,
  at: new Date(1_700_000_000_000 + n).toISOString(),
  v: 1,
  type: 'step.completed',
  lessonId: 'book-gp-appointment',
  stepId: `step-${n}`,
});

/**
 * What a tablet at each old version held, written with only that version's shape:
 * a learner's events, their outbox entries (not yet on the server) and the device's facts.
 */
const dataAt: Record<number, (db: IDBDatabase) => IDBTransaction> = {
  1: (db) => {
    const tx = db.transaction(['events', 'outbox', 'meta'], 'readwrite');
    for (let n = 1; n <= 3; n++) {
      tx.objectStore('events').put(event(n, 'learner-old'));
      tx.objectStore('outbox').put({ id: event(n, 'learner-old').id, seq: n });
    }
    tx.objectStore('meta').put('learner-old', 'defaultLearnerId');
    tx.objectStore('meta').put('local-device', 'deviceId');
    tx.objectStore('meta').put(4, 'nextSeq');
    return tx;
  },
  2: (db) => withProfiles(db, ['events', 'outbox', 'meta', 'learners']),
  3: (db) => {
    const tx = withProfiles(db, ['events', 'outbox', 'meta', 'learners', 'seqs']);
    for (let n = 1; n <= 3; n++) tx.objectStore('seqs').put(event(n, '').id, n);
    return tx;
  },
  4: (db) => {
    const tx = withProfiles(db, ['events', 'outbox', 'meta', 'learners', 'seqs', 'tries']);
    for (let n = 1; n <= 3; n++) tx.objectStore('seqs').put(event(n, '').id, n);
    return tx;
  },
};

/** A tablet with learner profiles (version 2 on): Ola's events, unsent, and the device's facts. */
function withProfiles(db: IDBDatabase, stores: string[]): IDBTransaction {
  const tx = db.transaction(stores, 'readwrite');
  for (let n = 1; n <= 3; n++) {
    tx.objectStore('events').put(event(n, 'learner-old'));
    tx.objectStore('outbox').put({ id: event(n, 'learner-old').id, seq: n, learnerId: 'learner-old' });
  }
  tx.objectStore('learners').put({
    id: 'learner-old',
    nickname: 'Ola',
    avatar: 'avatar-sun',
    secret: null,
    language: 'pl',
    textSize: 'normal',
    code: 'ABCD2345',
    createdAt: new Date(0).toISOString(),
  });
  tx.objectStore('meta').put('local-device', 'deviceId');
  tx.objectStore('meta').put(4, 'nextSeq');
  return tx;
}

/** Opens the database as an old tab would, with no Hubsteps code: the bare browser API. */
const openRaw = (version?: number) =>
  new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(NAME, version);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/** Resolves once a transaction has committed. */
const committed = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });

describe('upgrading the tablet database', () => {
  it.each(Object.keys(dataAt).map(Number))(
    'from version %i keeps every event, outbox entry and device fact',
    async (from) => {
      const old = await openHubstepsDB(from, NAME);
      expect(old.version).toBe(from);
      old.close();
      const raw = await openRaw();
      const write = dataAt[from];
      if (!write) throw new Error(`no data for version ${from}`);
      await committed(write(raw));
      raw.close();

      const db = await openHubstepsDB(DB_VERSION, NAME);
      expect(db.version).toBe(DB_VERSION);
      expect((await db.getAll('events')).map((e) => e.id)).toEqual([1, 2, 3].map((n) => event(n, '').id));
      const outbox = await db.getAll('outbox');
      expect(outbox).toEqual([1, 2, 3].map((n) => ({ id: event(n, '').id, seq: n, learnerId: 'learner-old' })));
      expect(await db.countFromIndex('outbox', 'by-learner', 'learner-old')).toBe(3);
      expect(await db.get('meta', 'nextSeq')).toBe(4);
      expect(await db.get('meta', 'deviceId')).toBe('local-device');
      // The one learner of version 1 now has a profile, with their progress still theirs.
      const learner = await db.get('learners', 'learner-old');
      expect(learner?.nickname).toBeTruthy();
      expect(learner?.code).toMatch(/^[A-Z2-9]{8}$/);
      // The seqs this device gave out are known, so none is given out again.
      expect(await db.getAll('seqs')).toEqual([1, 2, 3].map((n) => event(n, '').id));
      // The sender reads the outbox in seq order; no lock has a wrong try against it yet.
      expect((await db.getAllFromIndex('outbox', 'by-seq')).map((o) => o.seq)).toEqual([1, 2, 3]);
      expect(await db.count('tries')).toBe(0);
      // Not enrolled with a hub yet, and nothing pulled from one.
      expect(await db.get('meta', 'deviceToken')).toBeUndefined();
      expect(await db.count('pulled')).toBe(0);
      db.close();
    },
  );

  it('has a test for every earlier version', () => {
    expect(Object.keys(dataAt).map(Number)).toEqual(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1));
  });

  it('asks an old tab to step aside, which then says Hubsteps was updated, and loses nothing', async () => {
    const oldTab = await openHubstepsDB(1, NAME);
    await oldTab.put('meta', 7, 'nextSeq');
    expect(databaseState.get()).toBe('ok');
    const upgraded = await openHubstepsDB(DB_VERSION, NAME);
    expect(upgraded.version).toBe(DB_VERSION);
    expect(await upgraded.get('meta', 'nextSeq')).toBe(7);
    // The old tab's code cannot use the new database: it must reload, not claim storage is broken.
    expect(databaseState.get()).toBe('outdated');
    upgraded.close();
  });

  it('says to close the other tab when an old one holds on, then upgrades with nothing lost', async () => {
    const v1 = await openHubstepsDB(1, NAME);
    await v1.put('meta', 9, 'nextSeq');
    v1.close();
    // A tab of an old Hubsteps that does not listen for "please close".
    const stubborn = await openRaw(1);
    const upgrade = openHubstepsDB(DB_VERSION, NAME);
    await vi.waitUntil(() => databaseState.get() === 'upgrade-waiting');
    stubborn.close();
    const db = await upgrade;
    expect(databaseState.get()).toBe('ok');
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('meta', 'nextSeq')).toBe(9);
    db.close();
  });

  it('says Hubsteps was updated when this tab opens a database a newer Hubsteps has upgraded', async () => {
    (await openHubstepsDB(DB_VERSION, NAME)).close();
    (await openRaw(DB_VERSION + 1)).close();
    await expect(openHubstepsDB(DB_VERSION, NAME)).rejects.toThrow();
    expect(databaseState.get()).toBe('outdated');
  });
});
