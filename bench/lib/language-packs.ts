import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { PackList } from '../../src/offline/pack-types';

/** A language pack's budget: all its words, every lesson's pictures and any fonts, gzip (issue 5). */
export const LANGUAGE_PACK_BUDGET_KB = 1536;

/**
 * What a tablet downloads to teach every lesson in one language: that language's words pack
 * and every lesson's pictures (fonts too, were any bundled), as they travel gzipped, in KB.
 */
export function languagePackKB(dist: string): Record<string, number> {
  const list = JSON.parse(readFileSync(join(dist, 'packs.json'), 'utf8')) as PackList;
  const gzipKB = (url: string) => gzipSync(readFileSync(join(dist, url.replace(/^\//, '')))).length / 1024;
  const pictures = list.packs.filter((p) => p.kind === 'lesson').flatMap((p) => p.files.map((f) => f.url));
  const sizes: Record<string, number> = {};
  for (const pack of list.packs.filter((p) => p.kind === 'words')) {
    const urls = new Set([...pack.files.map((f) => f.url), ...pictures]);
    sizes[pack.of] = Math.round([...urls].reduce((kb, url) => kb + gzipKB(url), 0) * 10) / 10;
  }
  return sizes;
}
