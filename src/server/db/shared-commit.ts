/**
 * Writes that share a commit, on SQLite. Each commit costs SQLite's own bookkeeping and a sync
 * of the write-ahead log (wal-sync.ts), and SQLite has one writer, so one commit per push would
 * cap a hub server at a few hundred pushes a second. Here the pushes waiting for the writer run
 * one after another in ONE transaction, each inside a savepoint of its own, and share its
 * commit and its wait for the disk.
 *
 * Nothing is less durable: each write is answered only once the commit that holds it is on
 * disk. A write that fails is rolled back to its savepoint, as if it had had a transaction of
 * its own, and the others go on. If the commit itself fails, every write of the group fails and none is answered
 * as done.
 *
 * PostgreSQL keeps a transaction per write: it has many writers, already shares the disk's
 * waits between commits (group commit), and one transaction holding several hubs' rows would
 * risk deadlocks with another server process.
 */
import { type Kysely, SqliteAdapter, sql, type Transaction } from 'kysely';
import { untilDurable } from './durability';

/** At most this many writes share a commit, so the first of them is not kept waiting long. */
export const MAX_SHARED = 32;

interface Waiting<DB> {
  work: (tx: Transaction<DB>) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

interface Queue<DB> {
  waiting: Waiting<DB>[];
  /** Whether a group is taking writes or committing now. */
  running: boolean;
}

// biome-ignore lint/suspicious/noExplicitAny: one queue per database, whatever its tables.
const queues = new WeakMap<Kysely<any>, Queue<any>>();

/**
 * Runs `work` in a transaction, and resolves with its value once that is committed. On SQLite
 * the transaction may be shared with other writes (see above); `work` must then write only
 * through `tx` and leave nothing of its own open across its end.
 */
export function inWriteTransaction<DB, T>(db: Kysely<DB>, work: (tx: Transaction<DB>) => Promise<T>): Promise<T> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return db.transaction().execute(work);
  let queue = queues.get(db) as Queue<DB> | undefined;
  if (!queue) {
    queue = { waiting: [], running: false };
    queues.set(db, queue);
  }
  const own = queue;
  return new Promise<T>((resolve, reject) => {
    own.waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
    // The next turn, not now: writes that arrive in the same turn join this one's group.
    if (!own.running) {
      own.running = true;
      setImmediate(() => void runGroups(db, own));
    }
  });
}

/** Commits groups of waiting writes until none is waiting. */
async function runGroups<DB>(db: Kysely<DB>, queue: Queue<DB>) {
  try {
    while (queue.waiting.length > 0) await runGroup(db, queue);
  } finally {
    queue.running = false;
  }
}

async function runGroup<DB>(db: Kysely<DB>, queue: Queue<DB>) {
  let tx: Awaited<ReturnType<ReturnType<Kysely<DB>['startTransaction']>['execute']>>;
  try {
    tx = await db.startTransaction().execute();
  } catch (error) {
    for (const each of queue.waiting.splice(0)) each.reject(error);
    return;
  }
  const done: { each: Waiting<DB>; value: unknown }[] = [];
  // Taken one at a time: writes that arrive while the group runs join it, up to MAX_SHARED.
  for (let taken = 0; taken < MAX_SHARED; taken++) {
    const each = queue.waiting.shift();
    if (!each) break;
    await sql`savepoint one_write`.execute(tx);
    try {
      const value = await each.work(tx);
      await sql`release savepoint one_write`.execute(tx);
      done.push({ each, value });
    } catch (error) {
      try {
        await sql`rollback to savepoint one_write`.execute(tx);
        await sql`release savepoint one_write`.execute(tx);
      } catch {
        // SQLite ended the whole transaction (a full disk, an I/O error): the group fails.
        each.reject(error);
        for (const ok of done) ok.each.reject(error);
        await tx
          .rollback()
          .execute()
          .catch(() => {});
        return;
      }
      each.reject(error);
    }
  }
  try {
    await tx.commit().execute();
  } catch (error) {
    for (const ok of done) ok.each.reject(error);
    await tx
      .rollback()
      .execute()
      .catch(() => {});
    return;
  }
  // Answered once the commit is on disk; the next group goes on meanwhile, and its commit may
  // share this one's sync (wal-sync.ts).
  untilDurable(db).then(
    () => {
      for (const ok of done) ok.each.resolve(ok.value);
    },
    (error: unknown) => {
      for (const ok of done) ok.each.reject(error);
    },
  );
}
