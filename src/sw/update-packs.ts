/// <reference lib="webworker" />
import type { PrecacheController } from 'workbox-precaching';
import { keepPackFile } from '../offline/keep-pack-file';
import { PACK_CACHE, packFileStem, packsToKeep } from '../offline/pack-files';
import type { PackList } from '../offline/pack-types';

declare const self: ServiceWorkerGlobalScope;

/** This version's packs.json, as its precache holds it. */
async function packList(precache: PrecacheController): Promise<PackList> {
  const response = await precache.matchPrecache('packs.json');
  if (!response) throw new Error('packs.json is not precached');
  return (await response.json()) as PackList;
}

const pathOf = (request: Request) => new URL(request.url).pathname;

/**
 * For an update, while it installs: downloads every pack the tablet keeps, in this version's
 * files. Any failure fails the install, so the version already installed stays in charge and
 * the browser tries again later; a waiting version, which takes over by itself once every tab
 * is closed, therefore always has its packs.
 */
export async function downloadPacksForUpdate(precache: PrecacheController): Promise<void> {
  const list = await packList(precache);
  const cache = await caches.open(PACK_CACHE);
  const have = new Set((await cache.keys()).map(pathOf));
  const files = packsToKeep(list).flatMap((p) => p.files);
  for (const { url } of files) {
    if (have.has(url)) continue;
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    await keepPackFile(cache, url, response);
    have.add(url);
  }
}

/**
 * Once this version is in charge: drops the pack files no pack of it uses. An older copy stays
 * while this version's own copy is missing, as the offline fallback for it; and nothing goes
 * while a newer version installs or waits, as it may have fetched its files already.
 */
export async function forgetOlderPackFiles(precache: PrecacheController): Promise<void> {
  if (self.registration.installing || self.registration.waiting) return;
  const list = await packList(precache);
  const keep = new Set(list.packs.flatMap((p) => p.files.map((f) => f.url)));
  const cache = await caches.open(PACK_CACHE);
  const requests = await cache.keys();
  const sameFile = (path: string) => {
    const s = packFileStem(path);
    return s ? `${s.stem}${s.ext}` : path;
  };
  const held = new Set(
    requests
      .map(pathOf)
      .filter((path) => keep.has(path))
      .map(sameFile),
  );
  const needed = new Set([...keep].map(sameFile));
  for (const request of requests) {
    const path = pathOf(request);
    if (keep.has(path) || (needed.has(sameFile(path)) && !held.has(sameFile(path)))) continue;
    await cache.delete(request);
  }
}
