/**
 * The server's SQLite connection, on a worker thread of its own. better-sqlite3 is synchronous:
 * on the server's thread every statement (a push's 50-row insert into four B-trees, its
 * savepoints, its commit) held up every other request, about 2 ms of each push's 5 ms of CPU.
 * Here the worker owns the connection and runs each statement it is sent, in the order sent,
 * while the server's thread parses, validates and answers other requests meanwhile.
 *
 * It is still one connection, so transactions and savepoints work as before (the driver in
 * sqlite-thread-dialect.ts lends it to one query at a time). Each answer says whether the
 * statement ended a transaction (or wrote outside one), so the server can count the commit
 * before any answer of its own, and sync the log before it says anything is stored.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import SQLite from 'better-sqlite3';

/** What a statement gave back. */
export interface StatementResult {
  rows: Record<string, unknown>[];
  /** Rows changed, for a statement that returns none. */
  changes?: number;
  lastInsertRowid?: number | bigint;
  /** Whether a transaction has just been committed: a write outside one, or the COMMIT that ended one. */
  committed: boolean;
}

export interface SqliteThread {
  /** Runs one statement on the worker's connection; queued behind those sent before. */
  run(sql: string, parameters: readonly unknown[]): Promise<StatementResult>;
  /** Closes the connection (SQLite copies the rest of the log into the file) and ends the thread. */
  close(): Promise<void>;
}

/** How many prepared statements the worker keeps: a push uses about ten, batch sizes make a few more. */
export const STATEMENTS_KEPT = 256;

/**
 * The worker's code, as CommonJS text: the server runs its TypeScript through a loader that a
 * worker thread does not inherit, and this needs nothing but better-sqlite3. Kysely prepares
 * every query afresh, and preparing a push's 50-row insert costs as much as running it, so the
 * worker keeps its prepared statements (SQLite prepares one again by itself if the schema
 * changes). Answers: [rows, committed] for a statement that returns rows, [null, committed,
 * changes, lastInsertRowid] otherwise, or { message, code } when it failed.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const WRITES_RETURNING = /^\\s*(insert|update|delete|replace|with)\\b/i;
let db = null;
let failedToOpen = null;
try {
  db = new Database(workerData.file);
  // First: a second process on the same file (a migration, a backup, npm run hub:create) waits
  // its turn instead of failing, even to switch a new file to WAL.
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // Checkpoints are checkpointer.ts's thread's, never a COMMIT's.
  db.pragma('wal_autocheckpoint = 0');
} catch (error) {
  failedToOpen = error;
}
const kept = new Map();
function prepare(text) {
  const entry = kept.get(text);
  if (entry) {
    // Most recently used last, so the one dropped when full is the one used longest ago.
    kept.delete(text);
    kept.set(text, entry);
    return entry;
  }
  const statement = db.prepare(text);
  const made = { statement, writes: !statement.reader || WRITES_RETURNING.test(text) };
  kept.set(text, made);
  if (kept.size > workerData.kept) kept.delete(kept.keys().next().value);
  return made;
}
function failure(error) {
  return {
    message: String(error && error.message),
    code: error && typeof error.code === 'string' ? error.code : null,
    sqlite: Boolean(error && error.name === 'SqliteError'),
  };
}
parentPort.on('message', (message) => {
  if (message === null) {
    if (db) db.close();
    parentPort.close();
    return;
  }
  if (failedToOpen) {
    parentPort.postMessage(failure(failedToOpen));
    return;
  }
  try {
    const { statement, writes } = prepare(message[0]);
    if (statement.reader) {
      const rows = statement.all(message[1]);
      parentPort.postMessage([rows, writes && !db.inTransaction]);
    } else {
      const result = statement.run(message[1]);
      parentPort.postMessage([null, !db.inTransaction, result.changes, result.lastInsertRowid]);
    }
  } catch (error) {
    parentPort.postMessage(failure(error));
  }
});
`;

type Answer =
  | [rows: Record<string, unknown>[], committed: boolean]
  | [rows: null, committed: boolean, changes: number, lastInsertRowid: number | bigint]
  | { message: string; code: string | null; sqlite: boolean };

interface Waiting {
  resolve: (result: StatementResult) => void;
  reject: (error: Error) => void;
}

/**
 * An error as the server's thread would have had it: a SqliteError with SQLite's code (so a
 * constraint violation is still told apart), or a plain error with the worker's message.
 */
function errorOf(answer: { message: string; code: string | null; sqlite: boolean }): Error {
  return answer.sqlite && answer.code ? new SQLite.SqliteError(answer.message, answer.code) : new Error(answer.message);
}

/**
 * Opens `file` on a new worker thread. The thread keeps the process alive only while a
 * statement is waiting for its answer: a script that forgets to close the database still ends.
 */
export function sqliteThread(file: string): SqliteThread {
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { file, driver: createRequire(import.meta.url).resolve('better-sqlite3'), kept: STATEMENTS_KEPT },
  });
  worker.unref();
  // Answers come back in the order the statements were sent.
  const waiting: Waiting[] = [];
  let stopped: Error | null = null;
  let closing: Promise<void> | null = null;

  const stop = (why: Error) => {
    stopped ??= why;
    for (const each of waiting.splice(0)) each.reject(stopped);
    worker.unref();
  };
  worker.on('message', (answer: Answer) => {
    const each = waiting.shift();
    if (waiting.length === 0) worker.unref();
    if (!each) return;
    if (!Array.isArray(answer)) each.reject(errorOf(answer));
    else if (answer[0] !== null) each.resolve({ rows: answer[0], committed: answer[1] });
    else each.resolve({ rows: [], committed: answer[1], changes: answer[2], lastInsertRowid: answer[3] });
  });
  worker.on('error', (error) => stop(new Error(`The database thread of ${file} failed: ${error.message}`)));
  worker.on('exit', () => stop(new Error(`The database ${file} is closed: open it again to use it.`)));

  return {
    run: (sql, parameters) => {
      if (stopped || closing) {
        return Promise.reject(stopped ?? new Error(`The database ${file} is closed: open it again to use it.`));
      }
      return new Promise<StatementResult>((resolve, reject) => {
        if (waiting.length === 0) worker.ref();
        waiting.push({ resolve, reject });
        worker.postMessage([sql, parameters]);
      });
    },
    close: () => {
      closing ??= stopped
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            worker.once('exit', () => resolve());
            // Kept alive until the connection is closed and the log copied into the file.
            worker.ref();
            worker.postMessage(null);
          });
      return closing;
    },
  };
}
