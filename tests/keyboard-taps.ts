import { LETTER_ROWS, SYMBOL_ROWS } from '../src/practice/keyboard-layout';
import { wordsIn } from './content';

const LETTERS = new Set(LETTER_ROWS.join(''));
const SYMBOLS = new Set(SYMBOL_ROWS.join(''));

/** The names a person hears for the practice keyboard and its keys that are not characters. */
export const keyboardWords = (lang = 'en') => {
  const w = (key: string) => wordsIn(lang, 'practice', `keyboard.${key}`);
  return {
    keyboard: w('name'),
    shift: w('shift'),
    delete: w('delete'),
    space: w('space'),
    hide: w('hide'),
    toSymbols: `123 ${w('numbers')}`,
    toLetters: `ABC ${w('letters')}`,
  };
};

/**
 * The keys a learner taps, by name, to type some text on the practice keyboard as a tablet's
 * works: Shift before a capital, "123" for digits and symbols, "ABC" back to letters. It starts
 * and ends on the letters, so one call can follow another.
 */
export function keyTaps(text: string, lang = 'en'): string[] {
  const key = keyboardWords(lang);
  const taps: string[] = [];
  let symbols = false;
  const layer = (want: boolean) => {
    if (symbols !== want) taps.push(want ? key.toSymbols : key.toLetters);
    symbols = want;
  };
  for (const ch of text) {
    const lower = ch.toLowerCase();
    if (ch === ' ') taps.push(key.space);
    else if (LETTERS.has(lower)) {
      layer(false);
      if (ch !== lower) taps.push(key.shift);
      taps.push(ch);
    } else if (SYMBOLS.has(ch)) {
      layer(true);
      taps.push(ch);
    } else throw new Error(`The practice keyboard has no key for "${ch}"`);
  }
  layer(false);
  return taps;
}
