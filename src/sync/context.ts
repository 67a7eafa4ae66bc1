import type { IDBPDatabase } from 'idb';
import type { HubstepsDB, MetaValues } from '../store/schema';
import type { Fetch } from './http';

/** What the sync code works with: given, so tests can run it over a fake network and database. */
export interface SyncContext {
  fetch: Fetch;
  /** The tablet's database (the app's one connection; a tab's own in tests). */
  database: () => Promise<IDBPDatabase<HubstepsDB>>;
  now: () => Date;
  /** Random bytes for new learner codes: a bearer credential, so crypto-strong in the app. */
  randomBytes: (n: number) => Uint8Array;
  /** The most events in one push (the server takes at most 500). */
  batchSize: number;
}

/** The sync facts in the meta store: whether the tablet is enrolled, with which hub, and since when synced. */
export async function readSyncMeta(
  database: IDBPDatabase<HubstepsDB>,
): Promise<{ token: string | null; hub: MetaValues['hub'] | null; lastSyncedAt: string | null }> {
  const tx = database.transaction('meta', 'readonly');
  const [token, hub, lastSyncedAt] = (await Promise.all([
    tx.store.get('deviceToken'),
    tx.store.get('hub'),
    tx.store.get('lastSyncedAt'),
  ])) as [string | undefined, MetaValues['hub'] | undefined, string | undefined];
  return { token: token ?? null, hub: hub ?? null, lastSyncedAt: lastSyncedAt ?? null };
}
