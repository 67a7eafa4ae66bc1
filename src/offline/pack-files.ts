import type { Pack, PackList } from './pack-types';

/** The one cache that holds every downloaded pack file (lesson words and pictures). */
export const PACK_CACHE = 'hubsteps-packs';

/**
 * The length of the content hash in every built file's name (vite.config.ts names them with it).
 * Rolldown's hashes are base64url, so a hash may itself hold "-" or "_": only its length tells
 * where the name ends.
 */
export const CONTENT_HASH_LENGTH = 8;

const HASHED = new RegExp(`^(.*)-[\\w-]{${CONTENT_HASH_LENGTH}}(\\.\\w+)$`);

/** Whether a path is a pack file: a language's words or a lesson picture. */
export function isPackFile(pathname: string, scope: string): boolean {
  const base = new URL(scope).pathname;
  return pathname.startsWith(`${base}assets/words/`) || pathname.startsWith(`${base}assets/pictures/`);
}

/**
 * A pack file's address without its content hash ("/assets/words/en/practice-legacy-Ab1-2_cD.js"
 * gives "/assets/words/en/practice-legacy" and ".js"), so another version's copy of the same file
 * can be found.
 */
export function packFileStem(pathname: string): { stem: string; ext: string } | null {
  const m = HASHED.exec(pathname);
  return m?.[1] && m[2] ? { stem: m[1], ext: m[2] } : null;
}

/**
 * The packs a new version must hold before it may take over the tablet: every lesson's pictures,
 * the English words (every language falls back to them), and the words of each language the
 * tablet has any file of (`cached`, the paths in the pack cache).
 */
export function packsForUpdate(list: PackList, cached: Iterable<string>, scope: string): Pack[] {
  const words = `${new URL(scope).pathname}assets/words/`;
  const languages = new Set(['en']);
  for (const path of cached) if (path.startsWith(words)) languages.add(path.slice(words.length).split('/')[0] ?? '');
  return list.packs.filter((p) => p.kind === 'lesson' || languages.has(p.of));
}

/** The Web Lock held while a tab downloads packs, so two tabs never fetch the same files at once. */
export const PACK_LOCK = 'hubsteps-packs';
