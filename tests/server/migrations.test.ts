import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest, migrateToNothing, migrations, migrator } from '../../src/server/db/migrations';
import { type TempDatabase, tempDatabase } from './temp-db';

let temp: TempDatabase | null = null;
afterEach(async () => {
  await temp?.remove();
  temp = null;
});

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

/** The server's tables, as the database itself lists them (Kysely's own left out). */
async function tables(t: TempDatabase): Promise<string[]> {
  const found = await t.db.introspection.getTables();
  return found
    .map((table) => table.name)
    .filter((name) => !name.startsWith('kysely_'))
    .sort();
}

// Run by both the server project (SQLite) and server-postgres (PostgreSQL).
describe('the migrations', () => {
  it('make every table, each in order, and undo them all, on this database', async () => {
    temp = await tempDatabase({ migrated: false });
    const { results } = await migrator(temp.db).migrateToLatest();
    expect(results?.map((r) => [r.migrationName, r.status])).toEqual(
      Object.keys(migrations).map((name) => [name, 'Success']),
    );
    expect(await tables(temp)).toEqual(TABLES);

    await migrateToNothing(temp.db);
    expect(await tables(temp)).toEqual([]);
    await migrateToLatest(temp.db);
    expect(await tables(temp)).toEqual(TABLES);
  });
});

describe('0004-learners', () => {
  it('gives the learners of events stored before it their hub, and the codes their profiles asked for first', async () => {
    temp = await tempDatabase({ migrated: false });
    const { db } = temp;
    const { error } = await migrator(db).migrateTo('0002-tries');
    expect(error).toBeUndefined();
    const at = '2026-03-04T10:00:00.000Z';
    for (const hub of ['hub-1', 'hub-2']) {
      await db.insertInto('hubs').values({ id: hub, name: hub, created_at: at }).execute();
      await db
        .insertInto('devices')
        .values({ id: `device-of-${hub}`, hub_id: hub, name: 'Tablet 1', token_hash: hub, enrolled_at: at })
        .execute();
    }
    let seq = 0;
    const event = (hub: string, arrival: number, learner: string, received: string, code?: string) => ({
      id: `event-${++seq}`,
      hub_id: hub,
      device_id: `device-of-${hub}`,
      seq,
      learner_id: learner,
      type: code ? 'learner.profiled' : 'lesson.started',
      body: JSON.stringify(code ? { code, nickname: 'Amina' } : {}),
      arrival,
      received_at: `2026-03-04T10:0${received}:00.000Z`,
    });
    await db
      .insertInto('events')
      .values([
        // The clinic had learner C first; the library's later profile of C is not theirs to keep.
        event('hub-2', 1, 'learner-c', '0', 'CCCC2345'),
        event('hub-1', 1, 'learner-a', '1', 'ABCD2345'),
        // B asked for A's code while A had it; A then moved on to another.
        event('hub-1', 2, 'learner-b', '2', 'ABCD2345'),
        event('hub-1', 3, 'learner-a', '3', 'WXYZ6789'),
        event('hub-1', 4, 'learner-c', '4', 'MNPQ2345'),
        event('hub-1', 5, 'learner-d', '5'),
      ])
      .execute();

    await migrateToLatest(db);
    const learners = await db.selectFrom('learners').selectAll().orderBy('learner_id').execute();
    expect(learners.map((l) => [l.learner_id, l.hub_id, l.code, l.profile_arrival])).toEqual([
      ['learner-a', 'hub-1', 'WXYZ6789', 3],
      ['learner-b', 'hub-1', null, 2],
      ['learner-c', 'hub-2', 'CCCC2345', 1],
      ['learner-d', 'hub-1', null, null],
    ]);
  });
});
