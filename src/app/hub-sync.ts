import { useEffect } from 'preact/hooks';
import { observable, useObservable } from '../offline/observable';
import { db } from '../store/db';
import type { SyncStatus } from '../sync/sync';

type SyncModule = typeof import('../sync/sync');

/**
 * The sync client loads on its own, once the app is in use: it is not needed to start learning.
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

/** Starts syncing with the hub. */
export function startHubSync(): void {
  void loadSync()
    .then((sync) => sync.startSync())
    .catch(() => undefined);
}

/** How long after the first screen the sync starts if nobody has touched the tablet yet. */
export const SYNC_START_DELAY_MS = 10_000;

/**
 * Starts syncing with the hub without slowing the start. A tablet set up for the hub starts as
 * soon as the first screen is up and the tablet is idle (`whenIdle`), so a learner's work on
 * another tablet is here before they tap "Carry on". Any other tablet needs the client only to
 * say its progress is kept here: at the first tap or key press, or a while after the first screen.
 */
export function startHubSyncSoon(whenIdle: (run: () => void) => void, delayMs = SYNC_START_DELAY_MS): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    clearTimeout(timer);
    removeEventListener('pointerdown', start, true);
    removeEventListener('keydown', start, true);
    startHubSync();
  };
  const timer = setTimeout(start, delayMs);
  addEventListener('pointerdown', start, true);
  addEventListener('keydown', start, true);
  void db()
    .then((database) => database.getKey('meta', 'deviceToken'))
    .then((token) => {
      if (token !== undefined) whenIdle(start);
    })
    .catch(() => undefined);
}

/**
 * The sync status now (null until the client is here), redrawing whenever it changes. `load`:
 * a screen opened on purpose (settings, a learner card) fetches the client if it is not here
 * yet; the first screens only show what is known, and stay small.
 */
export function useHubStatus(load = false): SyncStatus | null {
  const status = useObservable(hubStatus);
  useEffect(() => {
    if (load) void loadSync().catch(() => undefined);
  }, [load]);
  return status;
}

/** Whether learners' progress can reach the hub from here: the tablet is enrolled and not revoked. */
export const connectedToHub = (status: SyncStatus | null): boolean =>
  !!status?.enrolled && status.state !== 'revoked' && status.state !== 'not-enrolled';

/** Forgets the loaded client, as a fresh start of the app would (in tests). */
export function forgetSync(): void {
  loading = null;
  hubStatus.set(null);
}
