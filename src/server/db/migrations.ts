/**
 * Every change to the server's tables, in code, run by Kysely's Migrator on SQLite and on
 * PostgreSQL alike. Never edit a migration that has shipped: add the next one. Names sort in
 * the order they run.
 */
import {
  type Kysely,
  type Migration,
  type MigrationResultSet,
  Migrator,
  NO_MIGRATIONS,
  SqliteAdapter,
  sql,
} from 'kysely';
import { BEGIN_WRITE } from '../database-thread';
import type { ServerDatabase } from './schema';

/** Migrations see the database as it was then, not as schema.ts describes it now. */
type Then = Kysely<unknown>;

const TABLES_0001 = [
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

export const migrations: Record<string, Migration> = {
  // Hubs, their coordinators and tablets; the events tablets push, what was refused, the gaps.
  '0001-hubs-devices-events': {
    async up(db: Then) {
      await db.schema
        .createTable('hubs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_arrival', 'bigint', (c) => c.notNull().defaultTo(0))
        .execute();

      await db.schema
        .createTable('coordinators')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('hub_id', 'text', (c) => c.notNull().references('hubs.id'))
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('coordinators_by_hub').on('coordinators').column('hub_id').execute();

      await db.schema
        .createTable('coordinator_sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('coordinator_id', 'text', (c) => c.notNull().references('coordinators.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('coordinator_sessions_by_coordinator')
        .on('coordinator_sessions')
        .column('coordinator_id')
        .execute();

      await db.schema
        .createTable('devices')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('hub_id', 'text', (c) => c.notNull().references('hubs.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('enrolled_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .addColumn('last_seq', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_push_at', 'text')
        .execute();
      await db.schema.createIndex('devices_by_hub').on('devices').column('hub_id').execute();

      await db.schema
        .createTable('device_aliases')
        .addColumn('alias', 'text', (c) => c.primaryKey())
        .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('device_aliases_by_device').on('device_aliases').column('device_id').execute();

      await db.schema
        .createTable('enrolment_codes')
        .addColumn('code_hash', 'text', (c) => c.primaryKey())
        .addColumn('hub_id', 'text', (c) => c.notNull().references('hubs.id'))
        .addColumn('created_by', 'text', (c) => c.notNull().references('coordinators.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .addColumn('device_id', 'text', (c) => c.references('devices.id'))
        .execute();
      await db.schema.createIndex('enrolment_codes_by_hub').on('enrolment_codes').column('hub_id').execute();

      await db.schema
        .createTable('events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('hub_id', 'text', (c) => c.notNull().references('hubs.id'))
        .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('learner_id', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('arrival', 'bigint', (c) => c.notNull())
        .addColumn('received_at', 'text', (c) => c.notNull())
        // One event per seq of a device, one per arrival number of a hub.
        .addUniqueConstraint('events_device_seq', ['device_id', 'seq'])
        .addUniqueConstraint('events_hub_arrival', ['hub_id', 'arrival'])
        .execute();
      // A learner's events in arrival order: pulls since a cursor, restoring a learner.
      await db.schema
        .createIndex('events_by_learner')
        .on('events')
        .columns(['hub_id', 'learner_id', 'arrival'])
        .execute();

      await db.schema
        .createTable('quarantine')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('hub_id', 'text', (c) => c.notNull().references('hubs.id'))
        .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
        .addColumn('event_id', 'text')
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('received_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('quarantine_by_hub').on('quarantine').columns(['hub_id', 'received_at']).execute();

      await db.schema
        .createTable('seq_gaps')
        .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
        .addColumn('from_seq', 'integer', (c) => c.notNull())
        .addColumn('to_seq', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('seq_gaps_pk', ['device_id', 'from_seq'])
        .addCheckConstraint('seq_gaps_kind', sql`kind in ('discarded', 'unexplained')`)
        .addCheckConstraint('seq_gaps_range', sql`from_seq <= to_seq`)
        .execute();

      await db.schema
        .createTable('restore_attempts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('hub_id', 'text', (c) => c.notNull().references('hubs.id'))
        .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addCheckConstraint('restore_attempts_outcome', sql`outcome in ('restored', 'unknown-code')`)
        .execute();
      // Counting a tablet's, or a hub's, recent tries.
      await db.schema
        .createIndex('restore_attempts_by_device')
        .on('restore_attempts')
        .columns(['device_id', 'at'])
        .execute();
      await db.schema.createIndex('restore_attempts_by_hub').on('restore_attempts').columns(['hub_id', 'at']).execute();
    },
    async down(db: Then) {
      for (const table of [...TABLES_0001].reverse()) await db.schema.dropTable(table).execute();
    },
  },
  // Tries at enrolling and signing in, counted here so that every server process sees them all.
  '0002-tries': {
    async up(db: Then) {
      await db.schema
        .createTable('tries')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('window_start', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .execute();
      // Clearing out windows long over.
      await db.schema.createIndex('tries_by_window').on('tries').column('window_start').execute();
    },
    async down(db: Then) {
      await db.schema.dropTable('tries').execute();
    },
  },
  // A hub's setting for its tablets, and what the coordinator sees of each tablet's syncing.
  '0003-hub-settings': {
    async up(db: Then) {
      await db.schema
        .alterTable('hubs')
        .addColumn('wifi_only', 'integer', (c) => c.notNull().defaultTo(1).check(sql`wifi_only in (0, 1)`))
        .execute();
      await db.schema.alterTable('devices').addColumn('last_sync_at', 'text').execute();
      await db.schema
        .alterTable('devices')
        .addColumn('waiting', 'integer', (c) => c.check(sql`waiting >= 0`))
        .execute();
    },
    async down(db: Then) {
      await db.schema.alterTable('devices').dropColumn('waiting').execute();
      await db.schema.alterTable('devices').dropColumn('last_sync_at').execute();
      await db.schema.alterTable('hubs').dropColumn('wifi_only').execute();
    },
  },
  // Which hub each learner belongs to, and the learner code the
  // server holds for them: the authority on codes being unique within a hub, and on restoring.
  '0004-learners': {
    async up(db: Then) {
      await db.schema
        .createTable('learners')
        .addColumn('learner_id', 'text', (c) => c.primaryKey())
        .addColumn('hub_id', 'text', (c) => c.notNull().references('hubs.id'))
        .addColumn('code', 'text')
        .addColumn('profile_arrival', 'bigint')
        // Many learners without a code yet: both databases let nulls repeat in a unique pair.
        .addUniqueConstraint('learners_hub_code', ['hub_id', 'code'])
        .execute();
      await learnersOfEarlierEvents(db);
    },
    async down(db: Then) {
      await db.schema.dropTable('learners').execute();
    },
  },
};

/** The learners table as 0004 makes it. */
interface Learners0004 {
  learners: { learner_id: string; hub_id: string; code: string | null; profile_arrival: number | null };
}

/**
 * Learners of the events stored before 0004, as pushes have kept them since: each belongs to the
 * hub that received their first event, and holds the code of their profiles in arrival order,
 * unless another learner of the hub held it first.
 */
async function learnersOfEarlierEvents(db: Then): Promise<void> {
  const { rows: firsts } = await sql<{ learner_id: string; hub_id: string; first: string }>`
    select learner_id, hub_id, min(received_at) as first from events group by learner_id, hub_id`.execute(db);
  const first = new Map<string, { hub_id: string; at: string }>();
  for (const row of firsts) {
    const known = first.get(row.learner_id);
    if (!known || row.first < known.at) first.set(row.learner_id, { hub_id: row.hub_id, at: row.first });
  }
  const learners = new Map(
    [...first].map(([learner_id, { hub_id }]) => [
      learner_id,
      { learner_id, hub_id, code: null as string | null, profile_arrival: null as number | null },
    ]),
  );

  const { rows: profiles } = await sql<{ learner_id: string; hub_id: string; arrival: number; body: string }>`
    select learner_id, hub_id, arrival, body from events where type = 'learner.profiled'
    order by hub_id, arrival`.execute(db);
  /** Who holds each code, by hub and code. */
  const holders = new Map<string, string>();
  for (const profile of profiles) {
    const learner = learners.get(profile.learner_id);
    if (!learner || learner.hub_id !== profile.hub_id) continue;
    const { code } = JSON.parse(profile.body) as { code: string };
    const holder = holders.get(`${profile.hub_id} ${code}`);
    learner.profile_arrival = Number(profile.arrival);
    if (holder !== undefined && holder !== learner.learner_id) continue;
    if (learner.code !== null) holders.delete(`${profile.hub_id} ${learner.code}`);
    learner.code = code;
    holders.set(`${profile.hub_id} ${code}`, learner.learner_id);
  }

  const rows = [...learners.values()];
  for (let i = 0; i < rows.length; i += 500) {
    await (db as Kysely<Learners0004>)
      .insertInto('learners')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

export function migrator(db: Kysely<ServerDatabase>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

/**
 * Runs the migrator so that a failure leaves the database as it was, and two processes starting
 * at once on one database migrate it once. On PostgreSQL, Kysely's Migrator does both: it holds
 * an advisory lock (pg_advisory_lock) while it runs, and runs every pending migration in one
 * transaction. On SQLite it does neither (no lock; no transaction, as it takes SQLite for a
 * database without transactional DDL, which SQLite has): so here it runs inside BEGIN IMMEDIATE,
 * which takes the file's write lock first. Another process waits for it (busy_timeout), then
 * finds nothing left to do. Kysely's SQLite dialect has one connection, so every statement the
 * migrator sends is inside that transaction.
 */
async function atomically(
  db: Kysely<ServerDatabase>,
  run: (m: Migrator) => Promise<MigrationResultSet>,
): Promise<MigrationResultSet> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return run(migrator(db));
  await sql.raw(BEGIN_WRITE).execute(db);
  let outcome: MigrationResultSet;
  try {
    outcome = await run(migrator(db));
  } catch (error) {
    await sql`rollback`.execute(db);
    throw error;
  }
  await sql.raw(outcome.error ? 'rollback' : 'commit').execute(db);
  return outcome;
}

/** Brings the database up to date; throws, naming the migration, if one fails (all are rolled back). */
export async function migrateToLatest(db: Kysely<ServerDatabase>): Promise<void> {
  const { error, results } = await atomically(db, (m) => m.migrateToLatest());
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'a migration';
    throw new Error(`Could not bring the database up to date: ${failed} failed`, { cause: error });
  }
}

/** Undoes every migration: for tests of the downs. */
export async function migrateToNothing(db: Kysely<ServerDatabase>): Promise<void> {
  const { error } = await atomically(db, (m) => m.migrateTo(NO_MIGRATIONS));
  if (error) throw new Error('Could not undo the migrations', { cause: error });
}
