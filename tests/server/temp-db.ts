import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { migrateToLatest } from '../../src/server/db/migrations';
import { openDatabase } from '../../src/server/db/open';
import type { ServerDatabase } from '../../src/server/db/schema';

export interface TempDatabase {
  db: Kysely<ServerDatabase>;
  file: string;
  /** Opens the same file again, as a restarted server would. */
  reopen: () => Kysely<ServerDatabase>;
  /** Closes every connection opened here and deletes the folder. */
  remove: () => Promise<void>;
}

/** A fresh SQLite file in a folder of its own, brought up to date unless `migrated` is false. */
export async function tempDatabase({ migrated = true } = {}): Promise<TempDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'hubsteps-db-'));
  const file = join(dir, 'data', 'hubsteps.sqlite');
  const opened: Kysely<ServerDatabase>[] = [];
  const open = () => {
    const db = openDatabase({ kind: 'sqlite', file });
    opened.push(db);
    return db;
  };
  const db = open();
  if (migrated) await migrateToLatest(db);
  return {
    db,
    file,
    reopen: open,
    remove: async () => {
      for (const each of opened) await each.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
