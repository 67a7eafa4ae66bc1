/**
 * Opens the server's database: PostgreSQL when DATABASE_URL is set (a programme's server, several
 * processes), otherwise one SQLite file in ./data (a hub's own server, nothing to set up).
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { checkpointer } from './checkpointer';
import { syncedBy } from './durability';
import type { ServerDatabase } from './schema';
import { ownedBy, type SqliteThreadDialect, sqliteThreadDialect } from './sqlite-thread';
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
  syncedBy(db, log);
  ownedBy(db, dialect);
  // A destroyed database waits for its connection's thread to close it, then for its log's sync
  // and its checkpoint thread, so nothing touches the files after (a test removing its folder,
  // a backup copying the file).
  const destroy = db.destroy.bind(db);
  db.destroy = async () => {
    await destroy();
    await closed();
  };
  return db;
}

/**
 * One connection that writes, as SQLite has one writer at a time anyway, owned by a thread of
 * its own so that the server's thread never waits for a write (sqlite-thread.ts; the pragmas are
 * in database-thread.ts); lone reads on a read-only connection of the server's thread, which WAL
 * lets go on while a push writes. synchronous=NORMAL, with the log synced by wal-sync.ts before
 * anything is answered, keeps an acknowledged event through a power cut as synchronous=FULL
 * does, without stopping the database's thread while the disk works.
 */
function sqliteDialect(
  file: string,
  files?: FileSyncer,
): { dialect: SqliteThreadDialect; log: WalSync; closed: () => Promise<void> } {
  mkdirSync(dirname(file), { recursive: true });
  const log = walSync(`${file}-wal`, files);
  const copier = checkpointer(file, (message) => console.error(`Hubsteps: a checkpoint of ${file} failed: ${message}`));
  const dialect = sqliteThreadDialect(file, () => {
    log.committed();
    copier.committed();
  });
  return { dialect, log, closed: () => Promise.all([log.close(), copier.close()]).then(() => undefined) };
}

/** PostgreSQL through a pool; 64-bit integers (arrival numbers) read as numbers, as SQLite gives them. */
function postgresDialect(connectionString: string): PostgresDialect {
  const types = new pg.TypeOverrides();
  types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));
  return new PostgresDialect({ pool: new pg.Pool({ connectionString, types }) });
}
