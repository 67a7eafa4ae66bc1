import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../../src/server/db/schema';

const TABLES = [
  'hubs',
  'coordinators',
  'coordinator_sessions',
  'devices',
  'device_aliases',
  'enrolment_codes',
  'events',
  'quarantine',
  'seq_gaps',
  'restore_attempts',
  'tries',
  'learners',
] as const;

/**
 * Every row of every table as one text, to look for what must never be stored as it was given,
 * or to see that nothing changed. `butTries` leaves out the count of tries, which a refused
 * enrolment or sign-in adds to by design.
 */
export async function everythingStored(db: Kysely<ServerDatabase>, { butTries = false } = {}): Promise<string> {
  const tables = TABLES.filter((table) => !(butTries && table === 'tries'));
  const rows = await Promise.all(tables.map((table) => db.selectFrom(table).selectAll().execute()));
  return JSON.stringify(rows);
}
