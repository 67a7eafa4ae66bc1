import { type IDBPDatabase, openDB } from 'idb';
import { observable } from '../core/observable';
import { DB_VERSION, migrations } from './migrations';
import { DB_NAME, type HubstepsDB } from './schema';

/**
 * What stands in the way of the tablet's database, for the screen to explain: `upgrade-waiting`
 * while another tab keeps an older version open (close Hubsteps there), `outdated` once a newer
 * Hubsteps in another tab has upgraded it (this tab must reload).
 */
export const databaseState = observable<'ok' | 'upgrade-waiting' | 'outdated'>('ok');

let dbPromise: Promise<IDBPDatabase<HubstepsDB>> | null = null;

/** Opens the tablet's database at `version`, running the migrations it lacks. */
export function openHubstepsDB(version = DB_VERSION, name = DB_NAME): Promise<IDBPDatabase<HubstepsDB>> {
  const opening: Promise<IDBPDatabase<HubstepsDB>> = openDB<HubstepsDB>(name, version, {
    async upgrade(database, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) await migrations[v]?.(database, tx);
    },
    blocked() {
      // An older Hubsteps in another tab has not stepped aside: the upgrade waits for it.
      databaseState.set('upgrade-waiting');
    },
    blocking(_current, next) {
      // A newer Hubsteps in another tab needs to upgrade: step aside at once. This tab's code
      // cannot use the upgraded database, so it must reload (a deletion needs nothing).
      void opening.then((d) => d.close());
      if (dbPromise === opening) dbPromise = null;
      if (next !== null) databaseState.set('outdated');
    },
    terminated() {
      // The browser closed the connection (Safari does, under pressure): reopen when next needed.
      if (dbPromise === opening) dbPromise = null;
    },
  });
  opening.then(
    () => {
      if (databaseState.get() === 'upgrade-waiting') databaseState.set('ok');
    },
    (error: unknown) => {
      // Opened by a newer Hubsteps since this page loaded: the database is ahead of this code.
      if (error instanceof DOMException && error.name === 'VersionError') databaseState.set('outdated');
    },
  );
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
  databaseState.set('ok');
  void current?.then((d) => d.close()).catch(() => undefined);
}
