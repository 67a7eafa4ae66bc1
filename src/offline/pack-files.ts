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
 * The packs a tablet keeps, and a new version must hold before it may take over: all of them, every
 * language's words and every lesson's pictures, so any learner can choose any language with
 * no connection (a language's words are about 20 to 60 kB).
 */
export const packsToKeep = (list: PackList): Pack[] => list.packs;

/** The Web Lock held while a tab downloads packs, so two tabs never fetch the same files at once. */
export const PACK_LOCK = 'hubsteps-packs';
