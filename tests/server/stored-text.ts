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
] as const;

/** Every row of every table as one text, to look for what must never be stored as it was given. */
export async function everythingStored(db: Kysely<ServerDatabase>): Promise<string> {
  const rows = await Promise.all(TABLES.map((table) => db.selectFrom(table).selectAll().execute()));
  return JSON.stringify(rows);
}
