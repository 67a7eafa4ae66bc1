import { useEffect } from 'preact/hooks';
import { observable, useObservable } from '../offline/observable';
import type { SyncStatus } from '../sync/sync';

type SyncModule = typeof import('../sync/sync');

/**
 * The sync client loads on its own, after the first screen: it is not needed to start learning.
 * Its status is mirrored here, null until the client is here, so the screens that show it can
 * be in the first load without it.
 */
export const hubStatus = observable<SyncStatus | null>(null);

/** Whether the sync client's code could not be fetched (offline, and not kept on the tablet). */
export const syncMissing = observable(false);

let loading: Promise<SyncModule> | null = null;

/** The sync client, loaded once (again on the next call if loading it failed). */
export function loadSync(): Promise<SyncModule> {
  loading ??= import('../sync/sync').then(
    (sync) => {
      syncMissing.set(false);
      hubStatus.set(sync.syncStatus.get());
      sync.syncStatus.subscribe((status) => hubStatus.set(status));
      return sync;
    },
    (error: unknown) => {
      loading = null;
      syncMissing.set(true);
      throw error;
    },
  );
  return loading;
}

/** Starts syncing with the hub, once the app is up. */
export function startHubSync(): void {
  void loadSync()
    .then((sync) => sync.startSync())
    .catch(() => undefined);
}

/** The sync status now (null while the client loads), redrawing whenever it changes. */
export function useHubStatus(): SyncStatus | null {
  const status = useObservable(hubStatus);
  useEffect(() => void loadSync().catch(() => undefined), []);
  return status;
}

/** Whether learners' progress can reach the hub from here: the tablet is enrolled and not revoked. */
export const connectedToHub = (status: SyncStatus | null): boolean => !!status?.enrolled && status.state !== 'revoked';

/** Forgets the loaded client, as a fresh start of the app would (in tests). */
export function forgetSync(): void {
  loading = null;
  hubStatus.set(null);
}
