/** Helpers for reading locale files' text, shared by the checks on translations and plain English. */

/** Every string in a nested locale object by dotted key, leaving out "_" notes such as "_status". */
export function flatten(resource: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof resource !== 'object' || resource === null) return out;
  for (const [k, v] of Object.entries(resource)) {
    if (k.startsWith('_')) continue;
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/** A pattern matching a word or phrase where it starts a word, whatever its case. */
export const wordPattern = (word: string, wholeWord: boolean): RegExp =>
  new RegExp(
    `(^|[^\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${wholeWord ? '($|[^\\p{L}\\p{N}])' : ''}`,
    'iu',
  );
