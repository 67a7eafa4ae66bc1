/** The one cache that holds every downloaded pack file (lesson words and pictures). */
export const PACK_CACHE = 'hubsteps-packs';

/** Whether a path is a pack file: a language's words or a lesson picture. */
export function isPackFile(pathname: string, scope: string): boolean {
  const base = new URL(scope).pathname;
  return pathname.startsWith(`${base}assets/words/`) || pathname.startsWith(`${base}assets/pictures/`);
}

/**
 * A pack file's address without its content hash ("/assets/words/en/practice-Ab12.js" gives
 * "/assets/words/en/practice" and ".js"), so an older copy of the same file can be found.
 */
export function packFileStem(pathname: string): { stem: string; ext: string } | null {
  const m = /^(.*)-[\w-]{6,}(\.\w+)$/.exec(pathname);
  return m?.[1] && m[2] ? { stem: m[1], ext: m[2] } : null;
}
