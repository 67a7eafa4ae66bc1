/**
 * Commits made durable without holding up the server. SQLite with synchronous=FULL waits for the
 * disk (an fsync of the write-ahead log) inside every COMMIT, and better-sqlite3 is synchronous,
 * so the server's one thread stood still through each wait: 5 to 60 ms on a hub's disk, no
 * request parsed, no other push prepared. Here SQLite commits with synchronous=NORMAL (in WAL
 * mode: the log is written but not yet synced), and this module syncs the log file from Node's
 * thread pool while the server goes on, and tells the server when everything committed before a
 * given moment is on disk. Nothing is answered before that (shared-commit.ts, and app.ts for
 * every request), so what a tablet or coordinator is told is stored is exactly as durable as
 * with synchronous=FULL, which adds that same fsync of the log after each commit.
 *
 * Commits waiting at once share one fsync, and a commit made while an fsync is under way waits
 * for the next one (the one under way may have started before its pages were written).
 */
import { type FileHandle, open } from 'node:fs/promises';

export interface WalSync {
  /** Says that a transaction has just been committed. */
  committed(): void;
  /** Resolves once everything committed before the call is on disk. */
  durable(): Promise<void>;
  /** Closes the log file; later calls to `durable` resolve at once. */
  close(): Promise<void>;
}

/** Flushes a file to disk. Tests hold it to see who waits for it. */
export interface FileSyncer {
  sync(path: string): Promise<void>;
  close(): Promise<void>;
}

/** fsync(2) of the file, through a handle kept open (Linux flushes the file, whichever handle). */
export function fsyncFiles(): FileSyncer {
  let handle: FileHandle | null = null;
  let handlePath = '';
  return {
    sync: async (path) => {
      if (!handle || handlePath !== path) {
        await handle?.close();
        handle = await open(path, 'r');
        handlePath = path;
      }
      await handle.sync();
    },
    close: async () => {
      await handle?.close();
      handle = null;
    },
  };
}

/**
 * Syncs `logFile` (the database's -wal file) on demand. Every `committed()` raises the mark that
 * the next `durable()` waits for; at most one sync runs at a time. A failed sync fails the
 * `durable()` calls waiting for it (nothing is answered as stored) and the next call tries again.
 */
export function walSync(logFile: string, files: FileSyncer = fsyncFiles()): WalSync {
  let committedCount = 0;
  let syncedCount = 0;
  let running: Promise<void> | null = null;
  let closed = false;

  const syncOnce = async () => {
    const upTo = committedCount;
    await files.sync(logFile);
    syncedCount = Math.max(syncedCount, upTo);
  };

  return {
    committed: () => {
      committedCount++;
    },
    durable: async () => {
      const needed = committedCount;
      while (!closed && syncedCount < needed) {
        if (!running) {
          running = syncOnce().finally(() => {
            running = null;
          });
        }
        await running;
      }
    },
    close: async () => {
      await running?.catch(() => {});
      closed = true;
      await files.close();
    },
  };
}
