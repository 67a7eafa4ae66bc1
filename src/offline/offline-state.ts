import { observable } from './observable';

export interface OfflineState {
  /** The service worker has the app shell and controls this page. */
  shellReady: boolean;
  /** Lesson words and pictures downloaded: null before the first check, else 0 to 1. */
  packsProgress: number | null;
  /** A new version is installed, with its packs, and waits for a natural pause. */
  updateReady: boolean;
  /**
   * Another tab took an update: this tab still runs the older version, whose files the new one
   * may have removed, and reloads at its next natural pause.
   */
  outdated: boolean;
  /**
   * The service worker and the packs have been checked once since the page opened (or found not
   * to be there): until then nobody is told whether the tablet is ready offline, rather than
   * "not ready" for a moment on a tablet that is.
   */
  checked: boolean;
}

export const offlineState = observable<OfflineState>({
  shellReady: false,
  packsProgress: null,
  updateReady: false,
  outdated: false,
  checked: false,
});

export function patchOfflineState(patch: Partial<OfflineState>): void {
  offlineState.set({ ...offlineState.get(), ...patch });
}

/** Everything a learner can open works with no connection. */
export const readyOffline = (s: OfflineState): boolean => s.shellReady && s.packsProgress === 1;

/** The service worker this page's code came from, if any. */
export const loadedUnder: ServiceWorker | null =
  typeof navigator !== 'undefined' && navigator.serviceWorker ? navigator.serviceWorker.controller : null;
