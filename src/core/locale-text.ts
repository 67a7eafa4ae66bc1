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

/**
 * The characters of a word in any of Hubsteps' scripts: letters, the vowel signs and other marks
 * Bengali, Gujarati, Gurmukhi and Arabic script join to them, digits, and the zero-width joiners
 * (U+200C, U+200D) that sit inside Bengali and Urdu words. `\b` knows only ASCII words, so it
 * cannot find where a word in these scripts ends.
 */
const WORD = /[\p{L}\p{M}\p{N}\u200c\u200d]+/gu;

/** A text's words, lower case, in order: everything else (spaces, punctuation, hyphens, quotes) separates them. */
export const wordsOf = (text: string): string[] => text.normalize('NFC').toLocaleLowerCase().match(WORD) ?? [];

/** Whether the phrase's words come one after another, each whole, among the text's words. */
export function hasPhrase(textWords: readonly string[], phraseWords: readonly string[]): boolean {
  if (phraseWords.length === 0) return false;
  for (let i = 0; i + phraseWords.length <= textWords.length; i++) {
    if (phraseWords.every((w, j) => textWords[i + j] === w)) return true;
  }
  return false;
}
