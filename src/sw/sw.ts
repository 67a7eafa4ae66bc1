/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { isPackFile, PACK_CACHE, packFileStem } from '../offline/pack-files';
import { downloadPacksForUpdate, forgetOlderPackFiles } from './update-packs';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

// The app shell, installed all or nothing: if one file fails, the version already installed stays.
// An update also brings the tablet's packs in its own files, or does not install at all (on a
// first visit the page downloads them, showing its progress).
const precache = new PrecacheController();
precache.addToCacheList(self.__WB_MANIFEST);
self.addEventListener('install', (event) => {
  const update = self.registration.active !== null;
  event.waitUntil(precache.install(event).then(() => (update ? downloadPacksForUpdate(precache) : undefined)));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(precache.activate(event).then(() => forgetOlderPackFiles(precache).catch(() => {})));
});
registerRoute(new PrecacheRoute(precache));
cleanupOutdatedCaches();

// Any address opens the cached app, so Hubsteps starts with no connection, from cold; but for the
// coordinator's page, which the hub's server serves and this tablet does not keep.
const inScope = (path: string) => new URL(path, self.registration.scope).pathname;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
registerRoute(
  new NavigationRoute(precache.createHandlerBoundToURL('index.html'), {
    denylist: [new RegExp(`^${escapeRegExp(inScope('coordinator'))}(/|$)`)],
  }),
);

// Lesson words and pictures come from the packs the tablet has downloaded, else the network.
registerRoute(
  ({ url }) => url.origin === self.location.origin && isPackFile(url.pathname, self.registration.scope),
  async ({ request }) => {
    const cache = await caches.open(PACK_CACHE);
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    try {
      return await fetch(request);
    } catch (error) {
      // Offline and this exact version is missing: an older copy of the same words beats none.
      const older = await olderCopy(cache, new URL(request.url).pathname);
      if (older) return older;
      throw error;
    }
  },
);

async function olderCopy(cache: Cache, pathname: string): Promise<Response | undefined> {
  const wanted = packFileStem(pathname);
  if (!wanted) return undefined;
  for (const key of await cache.keys()) {
    const other = packFileStem(new URL(key.url).pathname);
    if (other?.stem === wanted.stem && other.ext === wanted.ext) return cache.match(key);
  }
  return undefined;
}

// A new version waits until the learner is at a natural pause and the app asks for it.
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// On the very first visit, take charge at once so the app works offline without a reload.
clientsClaim();
