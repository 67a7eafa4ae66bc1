import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { inject } from 'vitest';
import { migrateToLatest } from '../../src/server/db/migrations';
import { type DatabaseSettings, openDatabase } from '../../src/server/db/open';
import type { ServerDatabase } from '../../src/server/db/schema';

export interface TempDatabase {
  db: Kysely<ServerDatabase>;
  /** The SQLite file; on PostgreSQL, a file that is never made (for tests that need none). */
  file: string;
  /** Opens the same database again, as a restarted server, or a second server process, would. */
  reopen: () => Kysely<ServerDatabase>;
  /** Closes every connection opened here and deletes the folder (or the PostgreSQL database). */
  remove: () => Promise<void>;
  /** Makes every insert into the table fail with `message`, as a full disk would, until `undo`. */
  failInserts: (table: string, message: string) => Promise<{ undo: () => Promise<void> }>;
}

/**
 * The PostgreSQL server the `server-postgres` test project runs against (tests/server/postgres.ts
 * starts it); the `server` project has none, and runs on SQLite.
 */
const POSTGRES_URL = inject('postgresUrl');

/**
 * A fresh database of its own: a SQLite file in a new folder or, in the PostgreSQL project, a new
 * database on that server. Brought up to date unless `migrated` is false.
 */
export async function tempDatabase({ migrated = true } = {}): Promise<TempDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'hubsteps-db-'));
  const file = join(dir, 'data', 'hubsteps.sqlite');
  let settings: DatabaseSettings = { kind: 'sqlite', file };
  let dropDatabase = async () => {};
  if (POSTGRES_URL) {
    const name = `test_${uuidv7().replaceAll('-', '_')}`;
    const admin = openDatabase({ kind: 'postgres', url: POSTGRES_URL });
    await sql`create database ${sql.id(name)}`.execute(admin);
    const url = new URL(POSTGRES_URL);
    url.pathname = `/${name}`;
    settings = { kind: 'postgres', url: url.toString() };
    dropDatabase = async () => {
      // Closed connections leave the server a moment later; FORCE would kill them mid-goodbye.
      for (;;) {
        const { rows } = await sql<{ n: number }>`
          select count(*)::int as n from pg_stat_activity where datname = ${name}`.execute(admin);
        if (rows[0]?.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await sql`drop database ${sql.id(name)}`.execute(admin);
      await admin.destroy();
    };
  }
  const opened: Kysely<ServerDatabase>[] = [];
  const open = () => {
    const db = openDatabase(settings);
    opened.push(db);
    return db;
  };
  const db = open();
  if (migrated) await migrateToLatest(db);
  return {
    db,
    file,
    reopen: open,
    failInserts: async (table, message) => {
      const trigger = sql.id(`fail_${table}`);
      const on = sql.id(table);
      if (settings.kind === 'sqlite') {
        await sql`create trigger ${trigger} before insert on ${on} begin select raise(abort, ${sql.lit(message)}); end`.execute(
          db,
        );
        return { undo: async () => void (await sql`drop trigger ${trigger}`.execute(db)) };
      }
      await sql`create function ${trigger}() returns trigger language plpgsql as $$
        begin raise exception ${sql.lit(message)}; end $$`.execute(db);
      await sql`create trigger ${trigger} before insert on ${on} for each row execute function ${trigger}()`.execute(
        db,
      );
      return {
        undo: async () => {
          await sql`drop trigger ${trigger} on ${on}`.execute(db);
          await sql`drop function ${trigger}()`.execute(db);
        },
      };
    },
    remove: async () => {
      for (const each of opened) await each.destroy();
      await dropDatabase();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
