import { type IDBPDatabase, openDB } from 'idb';
import { DB_VERSION, migrations } from './migrations';
import { DB_NAME, type HubstepsDB } from './schema';

let dbPromise: Promise<IDBPDatabase<HubstepsDB>> | null = null;

/** Opens the tablet's database at `version`, running the migrations it lacks. */
export function openHubstepsDB(version = DB_VERSION, name = DB_NAME): Promise<IDBPDatabase<HubstepsDB>> {
  const opening: Promise<IDBPDatabase<HubstepsDB>> = openDB<HubstepsDB>(name, version, {
    async upgrade(database, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) await migrations[v]?.(database, tx);
    },
    blocking() {
      // A newer Hubsteps in another tab needs to upgrade: step aside, and reopen when next needed.
      void opening.then((d) => d.close());
      if (dbPromise === opening) dbPromise = null;
    },
    terminated() {
      // The browser closed the connection (Safari does, under pressure): reopen when next needed.
      if (dbPromise === opening) dbPromise = null;
    },
  });
  return opening;
}

/** The one connection to the tablet's database, reopened if the browser closes it. */
export function db(): Promise<IDBPDatabase<HubstepsDB>> {
  if (!dbPromise) {
    const opening = openHubstepsDB();
    dbPromise = opening;
    opening.catch(() => {
      if (dbPromise === opening) dbPromise = null;
    });
  }
  return dbPromise;
}

/** Forgets the connection, so the next call opens a fresh one (after an error, or in tests). */
export function resetDb(): void {
  const current = dbPromise;
  dbPromise = null;
  void current?.then((d) => d.close()).catch(() => undefined);
}
