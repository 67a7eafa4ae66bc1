import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest, migrateToNothing, migrator } from '../../src/server/db/migrations';
import { DEFAULT_SQLITE_FILE, databaseSettings, openDatabase } from '../../src/server/db/open';
import type { ServerDatabase } from '../../src/server/db/schema';
import { type TempDatabase, tempDatabase } from './temp-db';

const TABLES = [
  'coordinator_sessions',
  'coordinators',
  'device_aliases',
  'devices',
  'enrolment_codes',
  'events',
  'hubs',
  'learners',
  'quarantine',
  'restore_attempts',
  'seq_gaps',
  'tries',
];

let temp: TempDatabase | null = null;
afterEach(async () => {
  await temp?.remove();
  temp = null;
});

async function tables(db: Kysely<ServerDatabase>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'
    order by name`.execute(db);
  return rows.map((r) => r.name);
}

async function pragma(db: Kysely<ServerDatabase>, name: string): Promise<unknown> {
  const { rows } = await sql<Record<string, unknown>>`pragma ${sql.raw(name)}`.execute(db);
  return Object.values(rows[0] ?? {})[0];
}

const NOW = '2026-03-04T10:20:30.456Z';

/** A hub with one enrolled tablet, written straight into the tables. */
async function hubWithTablet(db: Kysely<ServerDatabase>): Promise<void> {
  await db.insertInto('hubs').values({ id: 'hub-1', name: 'Library hub', created_at: NOW }).execute();
  await db
    .insertInto('devices')
    .values({ id: 'device-1', hub_id: 'hub-1', name: 'Tablet 1', token_hash: 'h1', enrolled_at: NOW })
    .execute();
}

const event = (id: string, seq: number, device = 'device-1') => ({
  id,
  hub_id: 'hub-1',
  device_id: device,
  seq,
  learner_id: 'learner-1',
  type: 'lesson.started',
  body: '{}',
  arrival: seq,
  received_at: NOW,
});

describe('the server database on SQLite', () => {
  it('creates every table in a fresh file, in WAL mode with foreign keys on', async () => {
    temp = await tempDatabase();
    expect(existsSync(temp.file)).toBe(true);
    expect(await tables(temp.db)).toEqual(TABLES);
    expect(await pragma(temp.db, 'journal_mode')).toBe('wal');
    // NORMAL: the write-ahead log is synced by the server itself before it answers (durable.test.ts).
    expect(await pragma(temp.db, 'synchronous')).toBe(1);
    expect(await pragma(temp.db, 'foreign_keys')).toBe(1);
  });

  it('does nothing when it is already up to date', async () => {
    temp = await tempDatabase();
    const { results } = await migrator(temp.db).migrateToLatest();
    expect(results).toEqual([]);
    expect(await tables(temp.db)).toEqual(TABLES);
  });

  it('undoes every migration, and makes the tables again', async () => {
    temp = await tempDatabase();
    await migrateToNothing(temp.db);
    expect(await tables(temp.db)).toEqual([]);
    await migrateToLatest(temp.db);
    expect(await tables(temp.db)).toEqual(TABLES);
    await hubWithTablet(temp.db);
    expect(await temp.db.selectFrom('hubs').select(['id', 'last_arrival']).execute()).toEqual([
      { id: 'hub-1', last_arrival: 0 },
    ]);
  });

  it('keeps what was written when the server is restarted', async () => {
    temp = await tempDatabase();
    await hubWithTablet(temp.db);
    await temp.db.insertInto('events').values(event('e1', 1)).execute();
    await temp.db.destroy();

    const again = temp.reopen();
    await migrateToLatest(again);
    expect(await again.selectFrom('events').select(['id', 'seq', 'device_id']).execute()).toEqual([
      { id: 'e1', seq: 1, device_id: 'device-1' },
    ]);
  });

  it('refuses rows that break its rules', async () => {
    temp = await tempDatabase();
    const { db } = temp;
    await hubWithTablet(db);
    await db.insertInto('events').values(event('e1', 1)).execute();

    // The same id twice; a device's seq twice; an event of a tablet that is not enrolled.
    await expect(db.insertInto('events').values(event('e1', 2)).execute()).rejects.toThrow(/UNIQUE/);
    await expect(db.insertInto('events').values(event('e2', 1)).execute()).rejects.toThrow(/UNIQUE/);
    await expect(
      db
        .insertInto('events')
        .values(event('e3', 3, 'device-x'))
        .execute(),
    ).rejects.toThrow(/FOREIGN KEY/);
    // Two tablets with one token; a gap of an unknown kind or running backwards.
    await expect(
      db
        .insertInto('devices')
        .values({ id: 'device-2', hub_id: 'hub-1', name: 'Tablet 2', token_hash: 'h1', enrolled_at: NOW })
        .execute(),
    ).rejects.toThrow(/UNIQUE/);
    const gap = { device_id: 'device-1', from_seq: 2, to_seq: 3, kind: 'unexplained' as const, recorded_at: NOW };
    await expect(
      db
        .insertInto('seq_gaps')
        .values({ ...gap, kind: 'lost' as 'unexplained' })
        .execute(),
    ).rejects.toThrow(/CHECK/);
    await expect(
      db
        .insertInto('seq_gaps')
        .values({ ...gap, to_seq: 1 })
        .execute(),
    ).rejects.toThrow(/CHECK/);
    await db.insertInto('seq_gaps').values(gap).execute();

    expect(await db.selectFrom('events').select('id').execute()).toEqual([{ id: 'e1' }]);
  });

  it('counts arrival numbers that stay whole numbers past 32 bits', async () => {
    temp = await tempDatabase();
    await hubWithTablet(temp.db);
    await temp.db
      .insertInto('events')
      .values({ ...event('e1', 1), arrival: 2 ** 40 })
      .execute();
    expect(await temp.db.selectFrom('events').select('arrival').executeTakeFirst()).toEqual({ arrival: 2 ** 40 });
  });
});

describe('choosing the database', () => {
  it('uses a SQLite file in ./data unless told otherwise', () => {
    expect(databaseSettings({})).toEqual({ kind: 'sqlite', file: resolve(DEFAULT_SQLITE_FILE) });
    expect(DEFAULT_SQLITE_FILE.startsWith('data/')).toBe(true);
    expect(databaseSettings({ DATABASE_URL: '  ' })).toEqual({ kind: 'sqlite', file: resolve(DEFAULT_SQLITE_FILE) });
    expect(databaseSettings({ HUBSTEPS_SQLITE_FILE: '/srv/hub.sqlite' })).toEqual({
      kind: 'sqlite',
      file: '/srv/hub.sqlite',
    });
  });

  it('uses PostgreSQL when DATABASE_URL is set', async () => {
    const url = 'postgres://hub:secret@127.0.0.1:5432/hubsteps';
    const settings = databaseSettings({ DATABASE_URL: url, HUBSTEPS_SQLITE_FILE: '/srv/hub.sqlite' });
    expect(settings).toEqual({ kind: 'postgres', url });
    // Nothing connects until a query runs: the query is written for PostgreSQL.
    const db = openDatabase(settings);
    const query = db.selectFrom('events').select('id').where('hub_id', '=', 'hub-1').compile();
    expect(query.sql).toBe('select "id" from "events" where "hub_id" = $1');
    await db.destroy();
  });
});
