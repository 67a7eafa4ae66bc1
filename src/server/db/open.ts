/**
 * Opens the server's database: PostgreSQL when DATABASE_URL is set (a programme's server, several
 * processes), otherwise one SQLite file in ./data (a hub's own server, nothing to set up).
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { checkpointer } from './checkpointer';
import type { ServerDatabase } from './schema';
import { sqliteThread } from './sqlite-thread';
import { SqliteThreadDialect } from './sqlite-thread-dialect';
import { type FileSyncer, type WalSync, walSync } from './wal-sync';

export type DatabaseSettings = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

/** Where the SQLite file is kept unless told otherwise (./data is not in git). */
export const DEFAULT_SQLITE_FILE = 'data/hubsteps.sqlite';

/** Which database the environment asks for. */
export function databaseSettings(env: Readonly<Record<string, string | undefined>>): DatabaseSettings {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: 'postgres', url };
  return { kind: 'sqlite', file: resolve(env.HUBSTEPS_SQLITE_FILE?.trim() || DEFAULT_SQLITE_FILE) };
}

export function openDatabase(
  settings: DatabaseSettings,
  { files }: { files?: FileSyncer } = {},
): Kysely<ServerDatabase> {
  if (settings.kind === 'postgres') return new Kysely<ServerDatabase>({ dialect: postgresDialect(settings.url) });
  const { dialect, log } = sqliteDialect(settings.file, files);
  const db = new Kysely<ServerDatabase>({ dialect });
  logs.set(db, log);
  return db;
}

// biome-ignore lint/suspicious/noExplicitAny: any database opened here, whatever its tables.
const logs = new WeakMap<Kysely<any>, WalSync>();

/**
 * Resolves once every write committed so far to `db` is on disk: at once on PostgreSQL (its
 * COMMIT waits for the disk itself), after a sync of the write-ahead log on SQLite (wal-sync.ts).
 * Nothing may be answered as stored before it resolves.
 */
// biome-ignore lint/suspicious/noExplicitAny: any database opened here, whatever its tables.
export function untilDurable(db: Kysely<any>): Promise<void> {
  return logs.get(db)?.durable() ?? Promise.resolve();
}

/**
 * One connection, as Kysely's SQLite dialect keeps: SQLite has one writer at a time anyway. It
 * runs on a worker thread (sqlite-thread.ts), so the server's thread goes on with other
 * requests while SQLite works. WAL lets readers go on while a push writes. synchronous=NORMAL,
 * with the log synced by wal-sync.ts before anything is answered, keeps an acknowledged event
 * through a power cut as synchronous=FULL does, without stopping the server while the disk works.
 */
function sqliteDialect(file: string, files?: FileSyncer): { dialect: SqliteThreadDialect; log: WalSync } {
  mkdirSync(dirname(file), { recursive: true });
  const log = walSync(`${file}-wal`, files);
  const copier = checkpointer(file, (message) => console.error(`Hubsteps: a checkpoint of ${file} failed: ${message}`));
  const dialect = new SqliteThreadDialect({
    thread: sqliteThread(file),
    onCommit: () => {
      log.committed();
      copier.committed();
    },
    // After the server's connection: the checkpoints' connection, closing last, copies the rest of the log.
    onClose: async () => {
      await log.close();
      await copier.close();
    },
  });
  return { dialect, log };
}

/** PostgreSQL through a pool; 64-bit integers (arrival numbers) read as numbers, as SQLite gives them. */
function postgresDialect(connectionString: string): PostgresDialect {
  const types = new pg.TypeOverrides();
  types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));
  return new PostgresDialect({ pool: new pg.Pool({ connectionString, types }) });
}
