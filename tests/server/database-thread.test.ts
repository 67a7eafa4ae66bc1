import SQLite from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { deviceCall, enrolledTablet, hubOf } from './api';
import { settled } from './settled';
import { newLearner, profiled, started } from './tablet';
import { type TempDatabase, tempDatabase } from './temp-db';

/** Lets the server's thread take this many turns: the work it has been given goes as far as it can. */
async function turns(count: number) {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe("the hub server's SQLite connection, on a thread of its own", () => {
  let temp: TempDatabase;
  let app: FastifyInstance;
  let other: SQLite.Database | null = null;

  afterEach(async () => {
    other?.close();
    other = null;
    await app?.close();
    await temp?.remove();
  });

  it('goes on answering other tablets while a push waits for the database', async () => {
    temp = await tempDatabase();
    const coordinator = await hubOf(temp.db, 'Riverside');
    const a = await enrolledTablet(temp.db, coordinator);
    const b = await enrolledTablet(temp.db, coordinator);
    app = await buildApp({ db: temp.db });
    const learner = newLearner();
    const first = [a.tablet.write(learner, profiled())];
    expect((await deviceCall(app, '/api/push', a.token, first)).statusCode).toBe(200);

    // Another process (a backup, `npm run hub:create`) holds the write lock: SQLite waits for it.
    other = new SQLite(temp.file);
    other.exec('begin immediate');
    const events = [a.tablet.write(learner, started())];
    const pushed = deviceCall(app, '/api/push', a.token, events);
    // Far enough for the push to be waiting for the lock; on the server's own thread, that wait
    // would have stopped these turns, and the pull below, until SQLite gave up.
    await turns(50);

    // Another tablet's push that needs only reads is answered meanwhile: its token is checked,
    // its body refused.
    const refused = await deviceCall(app, '/api/push', b.token, { not: 'a list' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toBe('not-a-batch');
    expect(await settled(pushed)).toBe(false);

    other.exec('commit');
    const reply = await pushed;
    expect(reply.statusCode).toBe(200);
    expect(reply.json().accepted).toEqual(events.map((e) => e.id));
  });

  it('reads what was just written, and tables made since the server opened the file', async () => {
    temp = await tempDatabase({ migrated: false });
    // The server's reads go to a connection of their own, opened before any table existed.
    app = await buildApp({ db: temp.db });
    const { migrateToLatest } = await import('../../src/server/db/migrations');
    await migrateToLatest(temp.db);
    const coordinator = await hubOf(temp.db, 'Riverside');
    const a = await enrolledTablet(temp.db, coordinator);
    const learner = newLearner();
    const events = [a.tablet.write(learner, profiled()), a.tablet.write(learner, started())];
    expect((await deviceCall(app, '/api/push', a.token, events)).json().accepted).toEqual(events.map((e) => e.id));
    const pulled = await deviceCall(app, '/api/pull', a.token, { learners: { [learner]: 0 } });
    expect(pulled.json().events).toHaveLength(2);
  });

  it("keeps a transaction's write lock from its start, so another process's write waits its turn instead of failing it midway", async () => {
    temp = await tempDatabase();
    // Another process on the same file (`npm run hub:create` while the server runs), not waiting.
    const writer = new SQLite(temp.file);
    other = writer;
    writer.pragma('busy_timeout = 0');
    let othersWrite = 'not tried';
    const at = new Date().toISOString();
    await temp.db.transaction().execute(async (tx) => {
      // Read first, as making a hub does (is the email taken?), then write.
      expect(await tx.selectFrom('hubs').select('id').execute()).toEqual([]);
      try {
        writer.exec('begin immediate');
        writer.exec(`insert into hubs (id, name, created_at) values ('hub-other', 'Other', '${at}')`);
        othersWrite = 'in';
      } catch (error) {
        othersWrite = (error as { code?: string }).code ?? String(error);
      }
      await tx.insertInto('hubs').values({ id: 'hub-own', name: 'Own', created_at: at }).execute();
    });
    // The other process was told to wait (its busy_timeout would wait); this one's write stood.
    expect(othersWrite).toBe('SQLITE_BUSY');
    writer.exec(`insert into hubs (id, name, created_at) values ('hub-other', 'Other', '${at}')`);
    const hubs = await temp.db.selectFrom('hubs').select('id').orderBy('id').execute();
    expect(hubs.map((h) => h.id)).toEqual(['hub-other', 'hub-own']);
  });
});
