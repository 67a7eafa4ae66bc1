import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { migrateToLatest } from '../../src/server/db/migrations';
import { openDatabase } from '../../src/server/db/open';
import type { ServerDatabase } from '../../src/server/db/schema';
import { type FileSyncer, walSync } from '../../src/server/db/wal-sync';
import { deviceCall, enrolledTablet, hubOf } from './api';
import { settled } from './settled';
import { newLearner, profiled, started } from './tablet';

/** A disk whose syncs finish only when the test says so; counts the syncs asked for. */
function heldDisk() {
  const pending: { path: string; done: () => void; fail: (error: Error) => void }[] = [];
  let held = true;
  const files: FileSyncer = {
    sync: (path) =>
      held
        ? new Promise<void>((resolve, reject) => {
            pending.push({ path, done: resolve, fail: reject });
          })
        : Promise.resolve(),
    close: async () => {},
  };
  return {
    files,
    pending,
    /** Lets the oldest sync under way finish. */
    finishSync: () => pending.shift()?.done(),
    /** Finishes every sync under way, and lets later ones finish at once. */
    release: () => {
      held = false;
      for (const each of pending.splice(0)) each.done();
    },
    /** Fails the oldest sync under way, as a disk error would. */
    failSync: () => pending.shift()?.fail(new Error('EIO: i/o error, fsync')),
  };
}

describe('the write-ahead log is synced before anything is said to be stored', () => {
  it('waits for a sync only when something was committed since the last one', async () => {
    const disk = heldDisk();
    const log = walSync('/data/hubsteps.sqlite-wal', disk.files);
    expect(await settled(log.durable())).toBe(true);
    expect(disk.pending).toEqual([]);

    log.committed();
    const first = log.durable();
    const second = log.durable();
    expect(await settled(first)).toBe(false);
    // Two waiting for the same commits share one sync of the log.
    expect(disk.pending.map((p) => p.path)).toEqual(['/data/hubsteps.sqlite-wal']);
    disk.finishSync();
    expect(await settled(first)).toBe(true);
    expect(await settled(second)).toBe(true);
    expect(await settled(log.durable())).toBe(true);
  });

  it('makes a commit that came during a sync wait for the next one', async () => {
    const disk = heldDisk();
    const log = walSync('/data/hubsteps.sqlite-wal', disk.files);
    log.committed();
    const early = log.durable();
    // This commit's pages may have been written after the sync under way began.
    log.committed();
    const late = log.durable();
    disk.finishSync();
    expect(await settled(early)).toBe(true);
    expect(await settled(late)).toBe(false);
    expect(disk.pending).toHaveLength(1);
    disk.finishSync();
    expect(await settled(late)).toBe(true);
  });

  it('fails the waits of a sync the disk refused, and syncs again for the next', async () => {
    const disk = heldDisk();
    const log = walSync('/data/hubsteps.sqlite-wal', disk.files);
    log.committed();
    const refused = log.durable();
    disk.failSync();
    await expect(refused).rejects.toThrow('EIO');
    const again = log.durable();
    expect(disk.pending).toHaveLength(1);
    disk.finishSync();
    await expect(again).resolves.toBeUndefined();
  });
});

describe('a hub server on SQLite', () => {
  let dir: string;
  let db: Kysely<ServerDatabase>;
  let app: FastifyInstance;

  afterEach(async () => {
    await app?.close();
    await db?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  async function serverOnHeldDisk() {
    dir = mkdtempSync(join(tmpdir(), 'hubsteps-durable-'));
    const file = join(dir, 'hubsteps.sqlite');
    db = openDatabase({ kind: 'sqlite', file });
    await migrateToLatest(db);
    const coordinator = await hubOf(db, 'Riverside');
    const a = await enrolledTablet(db, coordinator);
    const b = await enrolledTablet(db, coordinator);
    await db.destroy();
    // The same file opened again on a disk the test holds.
    const disk = heldDisk();
    db = openDatabase({ kind: 'sqlite', file }, { files: disk.files });
    app = await buildApp({ db });
    return { disk, file, a, b };
  }

  it('answers a push only once the log holding its events is synced', async () => {
    const { disk, file, a } = await serverOnHeldDisk();
    const learner = newLearner();
    const events = [a.tablet.write(learner, profiled()), a.tablet.write(learner, started())];
    const answer = deviceCall(app, '/api/push', a.token, events);

    await expect.poll(() => disk.pending.length).toBe(1);
    expect(disk.pending[0]?.path).toBe(`${file}-wal`);
    // Committed, visible to the server, but not answered: a power cut now would lose it.
    expect(await db.selectFrom('events').select('id').execute()).toHaveLength(2);
    expect(await settled(answer)).toBe(false);

    disk.finishSync();
    const reply = await answer;
    expect(reply.statusCode).toBe(200);
    expect(reply.json().accepted).toEqual(events.map((e) => e.id));
  });

  it('does not hand another tablet events whose commit is not on disk yet', async () => {
    const { disk, a, b } = await serverOnHeldDisk();
    const learner = newLearner();
    const pushed = deviceCall(app, '/api/push', a.token, [a.tablet.write(learner, profiled())]);
    await expect.poll(() => disk.pending.length).toBe(1);

    const pulled = deviceCall(app, '/api/pull', b.token, { learners: { [learner]: 0 } });
    expect(await settled(pulled)).toBe(false);
    // The pull notes the tablet's sync time too: that write is synced in turn.
    disk.release();
    expect((await pushed).statusCode).toBe(200);
    const page = (await pulled).json();
    expect(page.events.map((e: { event: { learnerId: string } }) => e.event.learnerId)).toEqual([learner]);
  });

  it('answers 500 and acknowledges nothing when the disk refuses the sync', async () => {
    const { disk, a } = await serverOnHeldDisk();
    const learner = newLearner();
    const answer = deviceCall(app, '/api/push', a.token, [a.tablet.write(learner, profiled())]);
    await expect.poll(() => disk.pending.length).toBe(1);
    disk.failSync();
    // Even the refusal waits until what is committed is on disk; the next sync succeeds.
    await expect.poll(() => disk.pending.length).toBe(1);
    disk.finishSync();
    const reply = await answer;
    expect(reply.statusCode).toBe(500);
    expect(reply.json()).not.toHaveProperty('accepted');
  });
});

describe('the log is copied into the database file', () => {
  let dir: string;
  let db: Kysely<ServerDatabase>;
  afterEach(async () => {
    await db?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it("by a thread of its own, never by a commit on the server's thread", async () => {
    dir = mkdtempSync(join(tmpdir(), 'hubsteps-checkpoint-'));
    const file = join(dir, 'hubsteps.sqlite');
    db = openDatabase({ kind: 'sqlite', file });
    await migrateToLatest(db);
    const { rows } = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(db);
    expect(rows[0]?.wal_autocheckpoint).toBe(0);

    const before = statSync(file).size;
    // 8 MB of learners' events: twice what makes SQLite checkpoint inside a commit by itself.
    await sql`create table filler (body blob)`.execute(db);
    for (let i = 0; i < 8; i++) await sql`insert into filler values (zeroblob(1048576))`.execute(db);
    await expect.poll(() => statSync(file).size, { timeout: 10_000 }).toBeGreaterThan(before + 8 * 1048576);
  });
});
