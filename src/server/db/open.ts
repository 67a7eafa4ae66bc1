/**
 * Opens the server's database: PostgreSQL when DATABASE_URL is set (a programme's server, several
 * processes), otherwise one SQLite file in ./data (a hub's own server, nothing to set up).
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect, type SqliteStatement } from 'kysely';
import pg from 'pg';
import { type Checkpointer, checkpointer } from './checkpointer';
import type { ServerDatabase } from './schema';
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
  const { dialect, log, closed } = sqliteDialect(settings.file, files);
  const db = new Kysely<ServerDatabase>({ dialect });
  logs.set(db, log);
  // Kysely's SQLite driver does not wait for the connection's close: a destroyed database waits
  // here too for its log's sync and its checkpoint thread, so nothing touches the files after
  // (a test removing its folder, a backup copying the file).
  const destroy = db.destroy.bind(db);
  db.destroy = async () => {
    await destroy();
    await closed();
  };
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
 * One connection, as Kysely's SQLite dialect keeps: SQLite has one writer at a time anyway.
 * WAL lets readers go on while a push writes. synchronous=NORMAL, with the log synced by
 * wal-sync.ts before anything is answered, keeps an acknowledged event through a power cut as
 * synchronous=FULL does, without stopping the server while the disk works.
 */
function sqliteDialect(
  file: string,
  files?: FileSyncer,
): { dialect: SqliteDialect; log: WalSync; closed: () => Promise<void> } {
  mkdirSync(dirname(file), { recursive: true });
  const database = new SQLite(file);
  // First: a second process on the same file (a migration, a backup, `npm run hub:create`)
  // waits its turn instead of failing, even to switch a new file to WAL.
  database.pragma('busy_timeout = 5000');
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  // Checkpoints are the worker's (checkpointer.ts), never a COMMIT's on the server's thread.
  database.pragma('wal_autocheckpoint = 0');
  const log = walSync(`${file}-wal`, files);
  const copier = checkpointer(file, (message) => console.error(`Hubsteps: a checkpoint of ${file} failed: ${message}`));
  let closing: Promise<void> = Promise.resolve();
  const connection = withStatementCache(database, log, copier, (done) => {
    closing = done;
  });
  return { dialect: new SqliteDialect({ database: connection }), log, closed: () => closing };
}

/** How many prepared statements are kept: a push uses about ten, batch sizes make a few more. */
const STATEMENTS_KEPT = 256;

/** Statements that may write even though they return rows. */
const WRITES_RETURNING = /^\s*(insert|update|delete|replace|with)\b/i;

/**
 * The database with its prepared statements kept and used again, each telling the log when a
 * transaction has been committed (a write outside a transaction, or the COMMIT or RELEASE that
 * ends one). Kysely prepares every query afresh, and preparing a push's 50-row insert costs as
 * much CPU as running it. SQLite prepares a kept statement again by itself if the schema
 * changes. A statement still being read (a streamed query) is not handed out twice: that query
 * gets one of its own.
 */
function withStatementCache(
  database: SQLite.Database,
  log: WalSync,
  copier: Checkpointer,
  onClose: (done: Promise<void>) => void,
): SqliteDatabase {
  const kept = new Map<string, { statement: SQLite.Statement; wrapped: SqliteStatement }>();
  const afterWrite = () => {
    if (database.inTransaction) return;
    log.committed();
    copier.committed();
  };
  const wrap = (text: string, statement: SQLite.Statement): SqliteStatement => {
    const writes = !statement.reader || WRITES_RETURNING.test(text);
    return {
      reader: statement.reader,
      all: (parameters) => {
        const rows = statement.all(parameters);
        if (writes) afterWrite();
        return rows;
      },
      run: (parameters) => {
        const result = statement.run(parameters);
        afterWrite();
        return result;
      },
      iterate: (parameters) => statement.iterate(parameters),
    };
  };
  return {
    close: () => {
      onClose(Promise.all([log.close(), copier.close()]).then(() => undefined));
      database.close();
    },
    prepare: (text) => {
      const entry = kept.get(text);
      if (entry?.statement.busy) return wrap(text, database.prepare(text));
      if (entry) {
        // Most recently used last, so the one dropped when full is the one used longest ago.
        kept.delete(text);
        kept.set(text, entry);
        return entry.wrapped;
      }
      const statement = database.prepare(text);
      const wrapped = wrap(text, statement);
      kept.set(text, { statement, wrapped });
      if (kept.size > STATEMENTS_KEPT) kept.delete(kept.keys().next().value as string);
      return wrapped;
    },
  };
}

/** PostgreSQL through a pool; 64-bit integers (arrival numbers) read as numbers, as SQLite gives them. */
function postgresDialect(connectionString: string): PostgresDialect {
  const types = new pg.TypeOverrides();
  types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));
  return new PostgresDialect({ pool: new pg.Pool({ connectionString, types }) });
}
