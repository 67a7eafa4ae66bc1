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
