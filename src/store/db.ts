import { type IDBPDatabase, openDB } from 'idb';
import { DB_NAME, DB_VERSION, type HubstepsDB } from './schema';

let dbPromise: Promise<IDBPDatabase<HubstepsDB>> | null = null;

/** The one connection to the tablet's database, reopened if the browser closes it. */
export function db(): Promise<IDBPDatabase<HubstepsDB>> {
  if (!dbPromise) {
    const opening = openDB<HubstepsDB>(DB_NAME, DB_VERSION, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) {
          const events = database.createObjectStore('events', { keyPath: 'id' });
          events.createIndex('by-learner', 'learnerId');
          database.createObjectStore('outbox', { keyPath: 'id' });
          database.createObjectStore('meta');
        }
      },
      blocking() {
        // A newer version is waiting in another tab: step aside so it can upgrade.
        void opening.then((d) => d.close());
        dbPromise = null;
      },
      terminated() {
        dbPromise = null;
      },
    });
    dbPromise = opening;
    opening.catch(() => {
      dbPromise = null;
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
