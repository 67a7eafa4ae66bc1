import { Workbox } from 'workbox-window';
import { loadedUnder, offlineState, patchOfflineState, readyOffline } from './offline-state';
import { PACK_LOCK, packsToKeep } from './pack-files';
import { currentPackList, downloadPacks } from './packs';
import { askToKeepData } from './storage';

/**
 * All service-worker plumbing, loaded after the first screen shows. Updates are never
 * applied under a learner: a new version installs only with its packs, is offered at a
 * natural pause, and the page reloads only once the new service worker is in control.
 */
let workbox: Workbox | null = null;
let accepted = false;
const CHECK_EVERY_MS = 30 * 60 * 1000;

export async function startOffline(): Promise<void> {
  try {
    await start();
  } finally {
    // Ready or not, it is known now (without a service worker: not ready).
    patchOfflineState({ checked: true });
  }
}

/** Registers the service worker and keeps the packs; resolves once both have been checked. */
async function start(): Promise<void> {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  workbox = wb;
  watchController();
  // The new version installed with its packs (see src/sw/update-packs.ts): offer it.
  wb.addEventListener('waiting', () => patchOfflineState({ updateReady: true }));
  wb.addEventListener('activated', (event) => {
    if (!event.isUpdate) patchOfflineState({ shellReady: true });
  });
  try {
    await wb.register();
  } catch {
    // No service worker (a private window, say): Hubsteps still works online.
    return;
  }
  if (navigator.serviceWorker.controller) patchOfflineState({ shellReady: true });
  const registration = await navigator.serviceWorker.getRegistration();
  if (registration?.waiting) patchOfflineState({ updateReady: true });
  await keepPacks();
  // Once the tablet holds everything, ask the browser not to clear it when space runs low.
  if (readyOffline(offlineState.get())) void askToKeepData();
  addEventListener('online', () => void keepPacks());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') checkForUpdate();
  });
  setInterval(checkForUpdate, CHECK_EVERY_MS);
}

/**
 * A new service worker taking control means this tab accepted the update (reload now), or the
 * first visit's worker took charge, or another tab accepted it: this tab runs the older version.
 */
function watchController(): void {
  const sw = navigator.serviceWorker;
  let controlled = sw.controller !== null;
  // Another tab may have taken an update before this module was loaded.
  if (loadedUnder && sw.controller !== loadedUnder) markOutdated();
  sw.addEventListener('controllerchange', () => {
    if (accepted) location.reload();
    else if (controlled) markOutdated();
    else patchOfflineState({ shellReady: true });
    controlled = true;
  });
}

/** Still offered at the end of a lesson, where tapping it reloads (see applyUpdate). */
const markOutdated = () => patchOfflineState({ outdated: true, updateReady: true });

/**
 * Downloads whatever this version's packs still lack, one tab at a time: every language's words
 * and every lesson's pictures, the same as an update holds before it takes over, so any learner
 * can choose any language with no connection.
 */
async function keepPacks(): Promise<void> {
  await navigator.locks.request(PACK_LOCK, async () => {
    try {
      const list = await currentPackList();
      await downloadPacks(
        packsToKeep(list),
        // Progress is something known to say, while a first download is still under way.
        (done) => patchOfflineState({ packsProgress: done, checked: true }),
      );
    } catch {
      // Offline, or the connection dropped: what was fetched is kept, and the next try goes on from there.
    }
  });
}

export function checkForUpdate(): void {
  void workbox?.update().catch(() => {});
}

/** Called at a natural pause, when the learner chose to update. */
export function applyUpdate(): void {
  // The new version already controls this tab (another tab took it): loading it is enough.
  if (offlineState.get().outdated) {
    location.reload();
    return;
  }
  accepted = true;
  workbox?.messageSkipWaiting();
}
