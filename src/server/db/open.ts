/**
 * Opens the server's database: PostgreSQL when DATABASE_URL is set (a programme's server, several
 * processes), otherwise one SQLite file in ./data (a hub's own server, nothing to set up).
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { ServerDatabase } from './schema';

export type DatabaseSettings = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

/** Where the SQLite file is kept unless told otherwise (./data is not in git). */
export const DEFAULT_SQLITE_FILE = 'data/hubsteps.sqlite';

/** Which database the environment asks for. */
export function databaseSettings(env: Readonly<Record<string, string | undefined>>): DatabaseSettings {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: 'postgres', url };
  return { kind: 'sqlite', file: resolve(env.HUBSTEPS_SQLITE_FILE?.trim() || DEFAULT_SQLITE_FILE) };
}

export function openDatabase(settings: DatabaseSettings): Kysely<ServerDatabase> {
  return new Kysely<ServerDatabase>({
    dialect: settings.kind === 'sqlite' ? sqliteDialect(settings.file) : postgresDialect(settings.url),
  });
}

/**
 * One connection, as Kysely's SQLite dialect keeps: SQLite has one writer at a time anyway.
 * WAL lets readers go on while a push writes; synchronous=FULL makes a commit wait until the
 * write-ahead log is on disk, so an acknowledged event survives a power cut.
 */
function sqliteDialect(file: string): SqliteDialect {
  mkdirSync(dirname(file), { recursive: true });
  const database = new SQLite(file);
  // First: a second process on the same file (a migration, a backup, `npm run hub:create`)
  // waits its turn instead of failing, even to switch a new file to WAL.
  database.pragma('busy_timeout = 5000');
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  return new SqliteDialect({ database: withStatementCache(database) });
}

/** How many prepared statements are kept: a push uses about ten, batch sizes make a few more. */
const STATEMENTS_KEPT = 256;

/**
 * The database with its prepared statements kept and used again. Kysely prepares every query
 * afresh, and preparing a push's 50-row insert costs as much CPU as running it. SQLite prepares
 * a kept statement again by itself if the schema changes. A statement still being read (a
 * streamed query) is not handed out twice: that query gets one of its own.
 */
function withStatementCache(database: SQLite.Database): SqliteDatabase {
  const kept = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare: (text) => {
      const statement = kept.get(text);
      if (statement?.busy) return database.prepare(text);
      if (statement) {
        // Most recently used last, so the one dropped when full is the one used longest ago.
        kept.delete(text);
        kept.set(text, statement);
        return statement;
      }
      const prepared = database.prepare(text);
      kept.set(text, prepared);
      if (kept.size > STATEMENTS_KEPT) kept.delete(kept.keys().next().value as string);
      return prepared;
    },
  };
}

/** PostgreSQL through a pool; 64-bit integers (arrival numbers) read as numbers, as SQLite gives them. */
function postgresDialect(connectionString: string): PostgresDialect {
  const types = new pg.TypeOverrides();
  types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));
  return new PostgresDialect({ pool: new pg.Pool({ connectionString, types }) });
}
