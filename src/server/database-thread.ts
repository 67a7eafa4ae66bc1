/**
 * What runs on the thread that owns the hub server's SQLite connection (db/sqlite-thread.ts
 * starts it and says why). Two kinds of work come in, in order:
 * - Kysely's statements from the server's thread, one connection's use at a time: `acquire`,
 *   its statements, `release`. Each is answered with its rows.
 * - Whole pushes (push-store.ts), answered with their result once committed. Pushes waiting
 *   share a commit (shared-commit.ts).
 * Both take the one connection in turn, so a transaction's statements never mix with another's.
 * Every answer says whether something was committed since the last answer, so the server's
 * thread knows what its log syncs must cover before anyone is told it is stored.
 *
 * Bundled (with Kysely) when the database opens, so it imports only what bundles: no schema
 * checks, no HTTP.
 */
import type SQLite from 'better-sqlite3';
import { CompiledQuery, type DatabaseConnection, Kysely, type QueryResult, SqliteDialect, SqliteDriver } from 'kysely';
import type { LearningEvent } from '../core/events';
import type { ServerDatabase } from './db/schema';
import { withStatementCache } from './db/statement-cache';
import { PushRefused, type StoreRequest, storePush } from './push-store';

/** What the server's thread sends (db/sqlite-thread.ts). */
export type ToThread =
  | { t: 'acquire' }
  | { t: 'run'; id: number; sql: string; parameters: readonly unknown[] }
  | { t: 'release' }
  | { t: 'push'; id: number; request: PushOnTheWire }
  | { t: 'close' };

/**
 * A checked push as it crosses to the thread: each valid event as its stored text alone, read
 * back there, which costs both threads less than copying the event's objects across.
 */
export type PushOnTheWire = Omit<StoreRequest, 'valid'> & { valid: { index: number; body: string }[] };

/** A failure, as it crosses to the server's thread. */
export interface ThreadError {
  message: string;
  name: string;
  code?: string;
}

/** What the thread answers: first whether it opened, then one answer per `run` or `push`. */
export type FromThread =
  | { t: 'ready' }
  | { t: 'failed'; error: ThreadError }
  | {
      t: 'answer';
      id: number;
      committed: boolean;
      result?: QueryResult<unknown>;
      error?: ThreadError;
    }
  | { t: 'pushed'; id: number; committed: boolean; result?: unknown; error?: ThreadError };

export interface ThreadData {
  file: string;
  /** Where better-sqlite3 is: the thread's code is evaluated, not loaded from a file. */
  driver: string;
}

/**
 * How every transaction on the hub's SQLite file begins: with its write lock (IMMEDIATE). One
 * begun plainly (DEFERRED) takes the lock only at its first write, and if another process
 * (`npm run hub:create`, or a second server starting on the same file) wrote in between its
 * first read and that write, SQLite fails the write at once with SQLITE_BUSY: busy_timeout does
 * not wait there, as waiting could deadlock. Taken at the start, the lock is waited for
 * (busy_timeout) like any other. In this process all writes are this thread's, in turn, so
 * nothing here waits longer for it.
 */
export const BEGIN_WRITE = 'begin immediate';

/** Kysely's SQLite driver, with its transactions begun as BEGIN_WRITE says. */
class WriteLockedDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(BEGIN_WRITE));
  }
}

/** One use of the connection by the server's thread, held until it sends `release`. */
interface Held {
  connection: Kysely<ServerDatabase>;
  release: () => void;
}

/**
 * Opens `file` and serves the server's thread through `port` until told to close; `close` ends
 * the thread. Says `ready`, or `failed` with SQLite's reason (a file that is not a database).
 */
export function runDatabaseThread(
  port: { postMessage(message: FromThread): void; on(event: 'message', listener: (m: ToThread) => void): void },
  { file, driver }: ThreadData,
  close: () => void,
): void {
  let database: SQLite.Database;
  let committedSince = false;
  try {
    database = new (require(driver) as typeof SQLite)(file);
    // First: a second process on the same file (a migration, a backup, `npm run hub:create`)
    // waits its turn instead of failing, even to switch a new file to WAL. Only this thread waits.
    database.pragma('busy_timeout = 5000');
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
    // Checkpoints are the checkpointer's thread's (checkpointer.ts), never a COMMIT's.
    database.pragma('wal_autocheckpoint = 0');
  } catch (error) {
    port.postMessage({ t: 'failed', error: errorOf(error) });
    close();
    return;
  }
  const connection = withStatementCache(database, () => {
    committedSince = true;
  });
  const config = { database: connection };
  const dialect = new SqliteDialect(config);
  dialect.createDriver = () => new WriteLockedDriver(config);
  const db = new Kysely<ServerDatabase>({ dialect });
  /** Says whether something was committed since the last answer, and starts counting again. */
  const committed = () => {
    const was = committedSince;
    committedSince = false;
    return was;
  };

  const acquire = () =>
    new Promise<Held>((resolve) => {
      void db.connection().execute(
        (held) =>
          new Promise<void>((release) => {
            resolve({ connection: held, release });
          }),
      );
    });

  const startPush = (id: number, { valid, ...request }: PushOnTheWire) => {
    const checked = valid.map(({ index, body }) => ({ index, body, event: JSON.parse(body) as LearningEvent }));
    storePush(db, { ...request, valid: checked }).then(
      (result) => port.postMessage({ t: 'pushed', id, committed: committed(), result }),
      (error: unknown) => port.postMessage({ t: 'pushed', id, committed: committed(), error: errorOf(error) }),
    );
  };

  const run = async (held: Held | null, id: number, sql: string, parameters: readonly unknown[]) => {
    try {
      if (!held) throw new Error('A statement came with no connection held.');
      const result = await held.connection.executeQuery(CompiledQuery.raw(sql, [...parameters]));
      port.postMessage({ t: 'answer', id, committed: committed(), result });
    } catch (error) {
      port.postMessage({ t: 'answer', id, committed: committed(), error: errorOf(error) });
    }
  };

  // In order: a statement waits for the `acquire` before it, which waits for the connection.
  const inbox: ToThread[] = [];
  let draining = false;
  let held: Held | null = null;
  const drain = async () => {
    draining = true;
    for (let message = inbox.shift(); message; message = inbox.shift()) {
      if (message.t === 'push') startPush(message.id, message.request);
      else if (message.t === 'acquire') held = await acquire();
      else if (message.t === 'run') await run(held, message.id, message.sql, message.parameters);
      else if (message.t === 'release') {
        held?.release();
        held = null;
      } else {
        await db.destroy();
        close();
        return;
      }
    }
    draining = false;
  };
  port.on('message', (message) => {
    inbox.push(message);
    if (!draining) void drain();
  });
  port.postMessage({ t: 'ready' });
}

function errorOf(error: unknown): ThreadError {
  if (error instanceof PushRefused) return { name: 'PushRefused', code: error.code, message: error.message };
  const { message, name, code } = (error ?? {}) as { message?: unknown; name?: unknown; code?: unknown };
  return {
    message: String(message ?? error),
    name: typeof name === 'string' ? name : 'Error',
    code: typeof code === 'string' ? code : undefined,
  };
}
