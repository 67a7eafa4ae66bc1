import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Pack } from '../../src/offline/pack-types';
import { downloadPacks, PACK_DOWNLOADS_AT_ONCE } from '../../src/offline/packs';

/** A hub's connection, held by the test: each request waits until the test answers or drops it. */
class HeldNetwork {
  readonly asked: string[] = [];
  private waiting = new Map<string, { answer: () => void; drop: () => void }>();
  /** The most requests that were open at one moment. */
  mostAtOnce = 0;

  fetch = (url: string): Promise<Response> =>
    new Promise((resolve, reject) => {
      this.asked.push(url);
      this.waiting.set(url, {
        answer: () => resolve(new Response(`contents of ${url}`)),
        drop: () => reject(new TypeError('Failed to fetch')),
      });
      this.mostAtOnce = Math.max(this.mostAtOnce, this.waiting.size);
    });

  open(): string[] {
    return [...this.waiting.keys()];
  }

  answer(url: string) {
    this.waiting.get(url)?.answer();
    this.waiting.delete(url);
  }

  drop(url: string) {
    this.waiting.get(url)?.drop();
    this.waiting.delete(url);
  }
}

/** The tablet's pack cache, as CacheStorage keeps it. */
function fakeCaches(stored: Map<string, string>) {
  const cache = {
    match: async (url: string) => (stored.has(url) ? new Response(stored.get(url)) : undefined),
    put: async (url: string, _response: Response) => {
      stored.set(url, 'kept');
    },
  };
  return { open: async () => cache };
}

const file = (n: number) => ({ url: `/assets/pictures/p${n}.svg`, bytes: 100 });
const PACKS: Pack[] = [
  { id: 'words-en', kind: 'words', of: 'en', files: [1, 2, 3].map(file) },
  { id: 'lesson-a', kind: 'lesson', of: 'a', files: [4, 5, 6, 7, 8, 9, 10].map(file) },
];
const ALL = PACKS.flatMap((p) => p.files.map((f) => f.url));

/**
 * Lets the download's own promises run until nothing more happens without the network. The
 * network and the cache here are plain promises, so one turn of the event loop runs every step
 * that can run: this waits for no time, only for that turn.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('downloading the packs for offline use', () => {
  let network: HeldNetwork;
  let stored: Map<string, string>;

  beforeEach(() => {
    network = new HeldNetwork();
    stored = new Map();
    vi.stubGlobal('caches', fakeCaches(stored));
    vi.stubGlobal('fetch', network.fetch);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('fetches only the files the tablet lacks, a few at a time, and ends at 100 %', async () => {
    stored.set(ALL[0] as string, 'already here');
    const progress: number[] = [];
    const download = downloadPacks(PACKS, (done) => progress.push(done));
    await settle();
    // Several at once: on a hub's Wi-fi the wait for each file is most of the time.
    expect(network.open().length).toBeGreaterThan(1);
    expect(network.open()).toHaveLength(PACK_DOWNLOADS_AT_ONCE);
    while (network.open().length > 0) {
      for (const url of network.open()) network.answer(url);
      await settle();
    }
    await download;

    expect(network.asked.sort()).toEqual(ALL.slice(1).sort());
    expect(network.mostAtOnce).toBe(PACK_DOWNLOADS_AT_ONCE);
    expect([...stored.keys()].sort()).toEqual([...ALL].sort());
    // The file already here counts from the start; progress only grows, and ends at 1.
    expect(progress[0]).toBeCloseTo(0.1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
  });

  it('keeps what arrived when the connection drops, and the next try fetches only the rest', async () => {
    const download = downloadPacks(PACKS, () => {});
    await settle();
    const [first, second, lost] = network.open() as [string, string, string];
    network.answer(first);
    network.answer(second);
    await settle();
    const underWay = network.open().filter((url) => url !== lost);
    const askedBeforeDrop = network.asked.length;
    network.drop(lost);
    // Files already under way still arrive and are kept; nothing new is asked for.
    for (const url of underWay) network.answer(url);
    await expect(download).rejects.toThrow('Failed to fetch');
    expect(network.asked).toHaveLength(askedBeforeDrop);
    const kept = [...stored.keys()];
    expect(kept.sort()).toEqual([first, second, ...underWay].sort());

    const before = network.asked.length;
    const again = downloadPacks(PACKS, () => {});
    await settle();
    while (network.open().length > 0) {
      for (const url of network.open()) network.answer(url);
      await settle();
    }
    await again;
    expect(network.asked.slice(before).sort()).toEqual(ALL.filter((url) => !kept.includes(url)).sort());
    expect([...stored.keys()].sort()).toEqual([...ALL].sort());
  });
});
