import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LearningEvent } from '../../src/core/events';
import { openHubstepsDB } from '../../src/store/db';
import { DB_VERSION, migrations } from '../../src/store/migrations';

const NAME = 'hubsteps-test';

beforeEach(() => {
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
const dataAt: Record<number, (db: IDBDatabase) => void> = {
  1: (db) => {
    const tx = db.transaction(['events', 'outbox', 'meta'], 'readwrite');
    for (let n = 1; n <= 3; n++) {
      tx.objectStore('events').put(event(n, 'learner-old'));
      tx.objectStore('outbox').put({ id: event(n, 'learner-old').id, seq: n });
    }
    tx.objectStore('meta').put('learner-old', 'defaultLearnerId');
    tx.objectStore('meta').put('local-device', 'deviceId');
    tx.objectStore('meta').put(4, 'nextSeq');
  },
  2: (db) => {
    const tx = db.transaction(['events', 'outbox', 'meta', 'learners'], 'readwrite');
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
  },
};

describe('upgrading the tablet database', () => {
  it.each(Object.keys(dataAt).map(Number))(
    'from version %i keeps every event, outbox entry and device fact',
    async (from) => {
      const old = await openHubstepsDB(from, NAME);
      expect(old.version).toBe(from);
      const raw = await new Promise<IDBDatabase>((resolve) => {
        old.close();
        const req = indexedDB.open(NAME);
        req.onsuccess = () => resolve(req.result);
      });
      dataAt[from]?.(raw);
      await new Promise((r) => setTimeout(r, 10));
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
      db.close();
    },
  );

  it('has a test for every earlier version', () => {
    expect(Object.keys(dataAt).map(Number)).toEqual(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1));
    expect(migrations).toHaveLength(DB_VERSION);
  });

  it('does not hang when another tab has the old version open, and loses nothing', async () => {
    const otherTab = await openHubstepsDB(1, NAME);
    await otherTab.put('meta', 7, 'nextSeq');
    // The other tab steps aside when asked (its "blocking" handler closes it).
    const upgraded = await Promise.race([
      openHubstepsDB(DB_VERSION, NAME),
      new Promise<null>((r) => setTimeout(() => r(null), 2000)),
    ]);
    expect(upgraded?.version).toBe(DB_VERSION);
    expect(await upgraded?.get('meta', 'nextSeq')).toBe(7);
    upgraded?.close();
  });

  it('waits for an old tab that ignores the request to close, then upgrades with nothing lost', async () => {
    const v1 = await openHubstepsDB(1, NAME);
    await v1.put('meta', 9, 'nextSeq');
    v1.close();
    // A tab that holds the old version and does not listen for "please close".
    const stubborn = await openDB(NAME, 1);
    const upgrade = openHubstepsDB(DB_VERSION, NAME);
    await new Promise((r) => setTimeout(r, 50));
    stubborn.close();
    const db = await upgrade;
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('meta', 'nextSeq')).toBe(9);
    db.close();
  });
});
