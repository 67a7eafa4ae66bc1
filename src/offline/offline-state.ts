import { observable } from './observable';

export interface OfflineState {
  /** The service worker has the app shell and controls this page. */
  shellReady: boolean;
  /** Lesson words and pictures downloaded: null before the first check, else 0 to 1. */
  packsProgress: number | null;
  /** A new version is installed, with its packs, and waits for a natural pause. */
  updateReady: boolean;
}

export const offlineState = observable<OfflineState>({ shellReady: false, packsProgress: null, updateReady: false });

export function patchOfflineState(patch: Partial<OfflineState>): void {
  offlineState.set({ ...offlineState.get(), ...patch });
}

/** Everything a learner can open works with no connection. */
export const readyOffline = (s: OfflineState): boolean => s.shellReady && s.packsProgress === 1;
