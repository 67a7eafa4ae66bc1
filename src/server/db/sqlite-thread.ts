/**
 * SQLite on a thread of its own. better-sqlite3 is synchronous: on the server's thread every
 * statement stopped the server, and at a busy hub SQLite and the push's queries were over half
 * of that thread's time, so each push waited behind the others' inserts as well as their
 * parsing. Here a worker thread owns the one connection (database-thread.ts):
 * - a push is checked here and sent there whole, one message, and stored there;
 * - Kysely's other queries are sent there one statement at a time, holding the connection as
 *   Kysely's own SQLite driver does, so a transaction's statements never mix with another's.
 *   Each statement is a round trip between threads (about 0.15 ms), fine for the rest of the
 *   API, far too slow for the dozen of a push.
 * The server's thread parses, checks and answers meanwhile.
 *
 * The thread's code is TypeScript that the server's loader (tsx) does not give a worker, so it
 * is bundled with esbuild when the first database opens, once per process.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import { build } from 'esbuild';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import { BEGIN_WRITE, type FromThread, type ThreadData, type ThreadError, type ToThread } from '../database-thread';
import { PushRefused, type PushResult, type StoreRequest } from '../push-store';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** An error from SQLite, as its thread reported it: same message, same `code` (SQLITE_…). */
class SqliteThreadError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'SqliteError';
  }
}

/** The database's thread, as push.ts sees it. */
export interface SqliteThread {
  /** Stores a checked batch on the thread; resolves once committed (not yet synced). */
  storePush(request: StoreRequest): Promise<PushResult>;
}

/** Each Kysely opened on SQLite by open.ts, and its thread. */
const threads = new WeakMap<object, SqliteThread>();

/** The thread that owns `db`'s connection, if it is SQLite opened by open.ts. */
export function sqliteThreadOf(db: object): SqliteThread | undefined {
  return threads.get(db);
}

/** Says that `db` is the Kysely of `dialect`'s thread. */
export function ownedBy(db: object, dialect: SqliteThreadDialect): void {
  threads.set(db, dialect.driver);
}

export interface SqliteThreadDialect extends Dialect {
  readonly driver: SqliteThread;
}

/** One SQLite file on its own thread, for Kysely. `onCommit` hears of every commit. */
export function sqliteThreadDialect(file: string, onCommit: () => void): SqliteThreadDialect {
  const driver = new SqliteThreadDriver(file, onCommit);
  return {
    driver,
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => driver,
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  };
}

let bundled: Promise<string> | null = null;

/** The thread's code, bundled once per process. */
function threadCode(): Promise<string> {
  bundled ??= build({
    stdin: {
      contents: `
        const { parentPort, workerData } = require('node:worker_threads');
        require('./database-thread.ts').runDatabaseThread(parentPort, workerData, () => parentPort.close());
      `,
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
      loader: 'js',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bundled;
}

class SqliteThreadDriver implements Driver, SqliteThread {
  readonly #file: string;
  readonly #onCommit: () => void;
  #worker: Worker | null = null;
  #opening: Promise<Worker> | null = null;
  /** Why the thread can take no more work, once it cannot. */
  #stopped: Error | null = null;
  readonly #pending = new Map<number, Pending>();
  #nextId = 0;
  readonly #connection: DatabaseConnection = {
    executeQuery: <R>(query: CompiledQuery) => this.#execute(query) as Promise<QueryResult<R>>,
    streamQuery: <R>(query: CompiledQuery) => this.#stream<R>(query),
  };
  // One use of the connection at a time from here, as Kysely's SQLite driver.
  #held: Promise<void> | null = null;
  #release: (() => void) | null = null;
  /** Whether this use of the connection has sent the thread anything: from then on, all of it. */
  #forwarding = false;
  /** A read-only connection of this thread's own, for reads outside a transaction. */
  #reader: Reader | null = null;

  constructor(file: string, onCommit: () => void) {
    this.#file = file;
    this.#onCommit = onCommit;
  }

  init(): Promise<void> {
    return this.#open().then(() => undefined);
  }

  /** Starts the thread, once; a push may come before Kysely's first query does. */
  #open(): Promise<Worker> {
    this.#opening ??= threadCode().then(
      (code) =>
        new Promise<Worker>((resolve, reject) => {
          const data: ThreadData = {
            file: this.#file,
            driver: createRequire(import.meta.url).resolve('better-sqlite3'),
          };
          const worker = new Worker(code, { eval: true, workerData: data });
          worker.once('error', reject);
          worker.once('message', (first: FromThread) => {
            if (first.t !== 'ready') {
              reject(first.t === 'failed' ? errorFrom(first.error) : new Error('The database thread did not start.'));
              return;
            }
            worker.off('error', reject);
            worker.on('message', (answer: FromThread) => this.#answered(answer));
            worker.on('error', (error) => this.#stop(error));
            worker.on('exit', (code) => this.#stop(new Error(`The database thread stopped (exit code ${code}).`)));
            // Kept alive only while work is under way (as a pending query keeps a socket alive):
            // an idle connection is no reason for the process to go on.
            worker.unref();
            this.#worker = worker;
            // Opened once the thread has made the file and switched it to WAL. Without it (a
            // file this process may not open twice), every read goes to the thread.
            try {
              this.#reader = reader(this.#file);
            } catch {
              this.#reader = null;
            }
            resolve(worker);
          });
        }),
    );
    return this.#opening;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    while (this.#held) await this.#held;
    this.#held = new Promise((resolve) => {
      this.#release = resolve;
    });
    this.#forwarding = false;
    return this.#connection;
  }

  async releaseConnection(): Promise<void> {
    if (this.#forwarding) this.#send({ t: 'release' });
    this.#forwarding = false;
    const release = this.#release;
    this.#held = null;
    this.#release = null;
    release?.();
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(BEGIN_WRITE));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async storePush(request: StoreRequest): Promise<PushResult> {
    await this.#open();
    const valid = request.valid.map(({ index, body }) => ({ index, body }));
    return (await this.#ask((id) => ({ t: 'push', id, request: { ...request, valid } }))) as PushResult;
  }

  async destroy(): Promise<void> {
    const worker = this.#opening ? await this.#opening.catch(() => null) : null;
    if (!worker || this.#stopped) return;
    this.#stopped = new Error('The database is closed.');
    this.#reader?.close();
    this.#reader = null;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    // Kept alive until its connection is closed: a process ending meanwhile would leave the wait unsettled.
    worker.ref();
    worker.postMessage({ t: 'close' } satisfies ToThread);
    await exited;
  }

  #send(message: ToThread) {
    if (!this.#stopped) this.#worker?.postMessage(message);
  }

  #ask(message: (id: number) => ToThread): Promise<unknown> {
    const worker = this.#worker;
    if (this.#stopped || !worker) return Promise.reject(this.#stopped ?? new Error('The database is not open.'));
    const id = this.#nextId++;
    if (this.#pending.size === 0) worker.ref();
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      worker.postMessage(message(id));
    });
  }

  /**
   * A lone SELECT is read here, on a connection of this thread's own: a round trip to the
   * thread costs ten times what reading a device or a session does. WAL gives it the last
   * commit, which includes every write this connection's user has seen answered. Everything
   * else, and everything after it in the same use (a transaction), goes to the thread.
   *
   * That last commit may be one the database's thread has just made and not yet reported, so
   * `untilDurable` may not wait for it. A read that hands stored events to another tablet must
   * therefore come inside a transaction or before a write (as a pull's does): the write's answer
   * comes after every commit the read could see, and reports them.
   */
  #execute(query: CompiledQuery): Promise<QueryResult<unknown>> {
    if (!this.#forwarding && this.#reader && LONE_SELECT.test(query.sql)) {
      const rows = this.#reader.all(query.sql, query.parameters);
      if (rows) return Promise.resolve({ rows });
    }
    if (!this.#forwarding) this.#send({ t: 'acquire' });
    this.#forwarding = true;
    return this.#run(query);
  }

  #run(query: CompiledQuery): Promise<QueryResult<unknown>> {
    return this.#ask((id) => ({ t: 'run', id, sql: query.sql, parameters: query.parameters })) as Promise<
      QueryResult<unknown>
    >;
  }

  /** Streams the rows of a select, read whole (nothing here streams a large result). */
  async *#stream<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    const { rows } = await this.#execute(query);
    for (const row of rows) yield { rows: [row as R] };
  }

  #answered(answer: FromThread) {
    if (answer.t !== 'answer' && answer.t !== 'pushed') return;
    // Heard before anyone is told the work is done, so whoever then waits for the disk waits for it.
    if (answer.committed) this.#onCommit();
    const pending = this.#pending.get(answer.id);
    this.#pending.delete(answer.id);
    if (this.#pending.size === 0) this.#worker?.unref();
    if (!pending) return;
    if (answer.error) pending.reject(errorFrom(answer.error));
    else pending.resolve(answer.result);
  }

  /** Fails every piece of work waiting, and every later one, with `reason`. */
  #stop(reason: Error) {
    this.#stopped ??= reason;
    for (const each of this.#pending.values()) each.reject(reason);
    this.#pending.clear();
  }
}

/** A statement that only reads: it may go to the read-only connection. */
const LONE_SELECT = /^\s*select\b/i;

/** How many prepared reads are kept. */
const READS_KEPT = 64;

interface Reader {
  /** The rows, or null when this connection cannot read them: then the thread must. */
  all(sql: string, parameters: readonly unknown[]): unknown[] | null;
  close(): void;
}

/** A read-only connection to `file`, with its prepared statements kept. */
function reader(file: string): Reader {
  const database = new SQLite(file, { readonly: true });
  // Never a wait here: a read that finds the file busy (another process recovering it) goes
  // to the thread, which may wait.
  database.pragma('busy_timeout = 0');
  const kept = new Map<string, SQLite.Statement>();
  const prepare = (sql: string): SQLite.Statement | null => {
    try {
      return database.prepare(sql);
    } catch {
      // Its idea of the tables may date from before the thread made one (a migration): a read
      // brings it up to date. Whatever still fails, the thread runs and reports.
      try {
        database.prepare('select 1 from sqlite_master limit 1').get();
        return database.prepare(sql);
      } catch {
        return null;
      }
    }
  };
  return {
    all: (sql, parameters) => {
      let statement = kept.get(sql) ?? null;
      if (!statement) {
        statement = prepare(sql);
        if (!statement) return null;
        kept.set(sql, statement);
        if (kept.size > READS_KEPT) kept.delete(kept.keys().next().value as string);
      }
      try {
        return statement.all(parameters);
      } catch {
        return null;
      }
    },
    close: () => database.close(),
  };
}

/** The error the thread reported, as the server's code expects it. */
function errorFrom(error: ThreadError): Error {
  if (error.name === 'PushRefused') return new PushRefused(error.code as PushRefused['code'], error.message);
  return new SqliteThreadError(error.message, error.code);
}
