import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkpointer } from '../../src/server/db/checkpointer';
import { migrateToLatest } from '../../src/server/db/migrations';
import { openDatabase } from '../../src/server/db/open';
import type { ServerDatabase } from '../../src/server/db/schema';
import { sqliteThread } from '../../src/server/db/sqlite-thread';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NOW = '2026-03-04T10:20:30.456Z';

let dir: string;
let file: string;
let db: Kysely<ServerDatabase> | null;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hubsteps-thread-'));
  file = join(dir, 'hubsteps.sqlite');
  db = null;
});
afterEach(async () => {
  await db?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

async function migrated(): Promise<Kysely<ServerDatabase>> {
  const opened = openDatabase({ kind: 'sqlite', file });
  db = opened;
  await migrateToLatest(opened);
  return opened;
}

const hub = (id: string) => ({ id, name: `Hub ${id}`, created_at: NOW });

describe("the server's SQLite connection, on a thread of its own", () => {
  it('tells a broken rule apart as SQLite does: a SqliteError with its code', async () => {
    const opened = await migrated();
    await opened.insertInto('hubs').values(hub('hub-1')).execute();
    const again = opened.insertInto('hubs').values(hub('hub-1')).execute();
    await expect(again).rejects.toBeInstanceOf(SQLite.SqliteError);
    await expect(again).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_PRIMARYKEY' });
    const orphan = opened
      .insertInto('devices')
      .values({ id: 'device-1', hub_id: 'no-such-hub', name: 'Tablet', token_hash: 'h', enrolled_at: NOW })
      .execute();
    await expect(orphan).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' });
  });

  it('keeps a transaction to itself: another query waits for its end, and a savepoint undoes only its own rows', async () => {
    const opened = await migrated();
    let outside: Promise<{ id: string }[]> | null = null;
    await opened.transaction().execute(async (tx) => {
      await tx.insertInto('hubs').values(hub('kept')).execute();
      outside = opened.selectFrom('hubs').select('id').execute();
      await sql`savepoint undone`.execute(tx);
      await tx.insertInto('hubs').values(hub('undone')).execute();
      await sql`rollback to savepoint undone`.execute(tx);
      await sql`release savepoint undone`.execute(tx);
    });
    // Asked for in the middle of the transaction, answered from after its commit.
    expect(await outside).toEqual([{ id: 'kept' }]);
  });

  it("leaves the server's thread free while SQLite waits: it can let go of a lock the statement waits for", async () => {
    const opened = await migrated();
    // Another connection, on this thread, holds the write lock.
    const other = new SQLite(file);
    other.exec('begin immediate');
    const write = opened.insertInto('hubs').values(hub('hub-1')).execute();
    // One turn of the event loop: by then the insert has reached SQLite. Run on this thread, it
    // would hold the thread here until SQLite's busy timeout, then fail with SQLITE_BUSY.
    await new Promise((resolve) => setImmediate(resolve));
    other.exec('commit');
    other.close();
    await write;
    expect(await opened.selectFrom('hubs').select('id').execute()).toEqual([{ id: 'hub-1' }]);
  });

  it('refuses a query once closed, saying so, and its thread has ended', async () => {
    const thread = sqliteThread(file);
    expect((await thread.run('select 1 as one', [])).rows).toEqual([{ one: 1 }]);
    await thread.close();
    await expect(thread.run('select 1 as one', [])).rejects.toThrow(`The database ${file} is closed`);

    const opened = await migrated();
    await opened.destroy();
    db = null;
    await expect(opened.selectFrom('hubs').select('id').execute()).rejects.toThrow(/destroyed/);
  });

  it('lets a script that forgets to close the database end once its queries are answered', () => {
    const script = join(dir, 'forgets-to-close.mts');
    writeFileSync(
      script,
      `
      import { migrateToLatest } from '${join(ROOT, 'src/server/db/migrations.ts')}';
      import { openDatabase } from '${join(ROOT, 'src/server/db/open.ts')}';
      const db = openDatabase({ kind: 'sqlite', file: process.env.FILE });
      await migrateToLatest(db);
      const hubs = await db.selectFrom('hubs').select('id').execute();
      console.log('hubs: ' + hubs.length);
    `,
    );
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], {
      env: { ...process.env, FILE: file },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('hubs: 0\n');
    expect(run.status).toBe(0);
  });
});

describe('the checkpoints of a closed database', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('are never started again: its folder may already be gone', async () => {
    vi.useFakeTimers();
    const errors: string[] = [];
    const copier = checkpointer(file, (message) => errors.push(message));
    copier.committed();
    await copier.close();
    copier.committed();
    expect(vi.getTimerCount()).toBe(0);
    expect(errors).toEqual([]);
  });
});
