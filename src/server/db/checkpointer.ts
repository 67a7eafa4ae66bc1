/**
 * Checkpoints of the write-ahead log, off the server's thread. SQLite copies the log into the
 * database file every 1,000 pages by itself, inside whichever COMMIT crosses the mark: a copy of
 * 4 MB and two syncs of the disk, 20 to 100 ms in which the server (better-sqlite3 is
 * synchronous) answered nobody. At a busy hub that is every few seconds. Here the server's
 * connection never checkpoints; a worker thread with a connection of its own does, every
 * second that something was committed (PASSIVE: it never holds up the writer, and what it
 * cannot copy yet it copies next time). SQLite allows that: checkpoints are for any connection.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the log is copied into the database file while writes come in. */
export const CHECKPOINT_EVERY_MS = 1000;

/**
 * The worker's code, as CommonJS text: the server runs its TypeScript through a loader that a
 * worker thread does not inherit, and this needs nothing but better-sqlite3.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage(null);
  } catch (error) {
    parentPort.postMessage(String(error && error.message));
  }
});
`;

export interface Checkpointer {
  /** Says that something was committed: a checkpoint is due within CHECKPOINT_EVERY_MS. */
  committed(): void;
  /** Closes the worker's connection and ends it (the last connection to close checkpoints the rest). */
  close(): Promise<void>;
}

/**
 * Checkpoints `file`'s log from a worker thread, started when the first checkpoint is due: a
 * connection open for less than a second (a script, a test) starts no thread, and its log is
 * copied when it closes.
 */
export function checkpointer(file: string, onError: (message: string) => void = () => {}): Checkpointer {
  let worker: Worker | null = null;
  let timer: NodeJS.Timeout | null = null;
  let busy = false;
  let due = false;
  // Once closed, nothing starts a thread again: its database may be gone (a removed folder).
  let closed = false;

  const start = (): Worker => {
    const started = new Worker(WORKER, {
      eval: true,
      workerData: { file, driver: createRequire(import.meta.url).resolve('better-sqlite3') },
    });
    started.unref();
    started.on('message', (error: string | null) => {
      busy = false;
      if (error) onError(error);
    });
    started.on('error', (error) => onError(error.message));
    // A worker that died is started again at the next checkpoint due.
    started.on('exit', () => {
      if (worker !== started) return;
      worker = null;
      busy = false;
    });
    return started;
  };

  const tick = () => {
    timer = null;
    if (!due || closed) return;
    worker ??= start();
    // One at a time: a checkpoint slower than a second is not asked for twice.
    if (busy) {
      timer = setTimeout(tick, CHECKPOINT_EVERY_MS).unref();
      return;
    }
    due = false;
    busy = true;
    worker.postMessage(null);
  };

  return {
    committed: () => {
      if (closed) return;
      due = true;
      timer ??= setTimeout(tick, CHECKPOINT_EVERY_MS).unref();
    },
    close: async () => {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
      const stopping = worker;
      worker = null;
      if (!stopping) return;
      const exited = new Promise((resolve) => stopping.once('exit', resolve));
      // Kept alive until its connection is closed: a process ending meanwhile would leave the wait unsettled.
      stopping.ref();
      stopping.postMessage('close');
      await exited;
    },
  };
}
