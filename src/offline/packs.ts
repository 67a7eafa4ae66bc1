import { keepPackFile } from './keep-pack-file';
import { PACK_CACHE } from './pack-files';
import { type Pack, type PackFile, type PackList, packBytes } from './pack-types';

export interface PackStatus {
  pack: Pack;
  bytes: number;
  /** How many of its files are on this tablet. */
  present: number;
}

const hasCaches = () => typeof caches !== 'undefined';

/** The packs of the version running now (from the app shell, so it works offline). */
export async function currentPackList(): Promise<PackList> {
  const response = await fetch(`${import.meta.env.BASE_URL}packs.json`);
  if (!response.ok) throw new Error(`packs.json: ${response.status}`);
  return (await response.json()) as PackList;
}

export async function packStatuses(list: PackList): Promise<PackStatus[]> {
  if (!hasCaches()) return list.packs.map((pack) => ({ pack, bytes: packBytes(pack), present: 0 }));
  const cache = await caches.open(PACK_CACHE);
  const cachedUrls = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
  return list.packs.map((pack) => ({
    pack,
    bytes: packBytes(pack),
    present: pack.files.filter((f) => cachedUrls.has(f.url)).length,
  }));
}

export const isComplete = (s: PackStatus): boolean => s.present === s.pack.files.length;

/**
 * How many pack files are fetched at once: a hub's Wi-fi has a long round trip and each file is
 * small, so one at a time spends most of its time waiting; a few at a time do not crowd out a
 * learner's own requests.
 */
export const PACK_DOWNLOADS_AT_ONCE = 4;

/**
 * Downloads the files of these packs that the tablet does not have yet, a few at a time, each
 * kept as soon as it arrives, so a dropped connection keeps everything fetched so far and the
 * next try picks up from there. Reports progress from 0 to 1 by bytes. The files already here
 * are counted before anything is reported, so a tablet that has them all goes straight to 1 and
 * is never said to be "getting ready" while it only checks. The first failure ends the download
 * (files under way still finish and are kept) and is thrown.
 */
export async function downloadPacks(packs: readonly Pack[], onProgress: (done: number) => void): Promise<void> {
  if (!hasCaches()) return;
  const cache = await caches.open(PACK_CACHE);
  const files = [...new Map(packs.flatMap((p) => p.files).map((f) => [f.url, f])).values()];
  const total = files.reduce((sum, f) => sum + f.bytes, 0) || 1;
  const here = await Promise.all(files.map((f) => cache.match(f.url).then((r) => r !== undefined)));
  const missing = files.filter((_, i) => !here[i]);
  let done = total - missing.reduce((sum, f) => sum + f.bytes, 0);
  if (missing.length > 0) onProgress(done / total);
  let next = 0;
  let failed = false;
  const fetchInTurn = async () => {
    while (!failed && next < missing.length) {
      const file = missing[next++] as PackFile;
      try {
        const response = await fetch(file.url, { cache: 'no-cache' });
        if (!response.ok) throw new Error(`${file.url}: ${response.status}`);
        await keepPackFile(cache, file.url, response);
      } catch (error) {
        failed = true;
        throw error;
      }
      done += file.bytes;
      onProgress(done / total);
    }
  };
  const turns = Array.from({ length: Math.min(PACK_DOWNLOADS_AT_ONCE, missing.length) }, fetchInTurn);
  const outcomes = await Promise.allSettled(turns);
  const failure = outcomes.find((o) => o.status === 'rejected');
  if (failure) throw failure.reason;
  onProgress(1);
}
