/**
 * Which database's commits are on disk yet. A SQLite database opened by open.ts has a log that
 * is synced after commits (wal-sync.ts); PostgreSQL's COMMIT waits for the disk itself.
 */
import type { Kysely } from 'kysely';
import type { WalSync } from './wal-sync';

// biome-ignore lint/suspicious/noExplicitAny: any database opened here, whatever its tables.
const logs = new WeakMap<Kysely<any>, WalSync>();

/** Says that `db`'s commits are made durable by syncing `log`. */
// biome-ignore lint/suspicious/noExplicitAny: any database opened here, whatever its tables.
export function syncedBy(db: Kysely<any>, log: WalSync): void {
  logs.set(db, log);
}

/**
 * Resolves once every write committed so far to `db` is on disk: at once on PostgreSQL (its
 * COMMIT waits for the disk itself), after a sync of the write-ahead log on SQLite (wal-sync.ts).
 * Nothing may be answered as stored before it resolves.
 */
// biome-ignore lint/suspicious/noExplicitAny: any database opened here, whatever its tables.
export function untilDurable(db: Kysely<any>): Promise<void> {
  return logs.get(db)?.durable() ?? Promise.resolve();
}
