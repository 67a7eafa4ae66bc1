import { LANGUAGES, textDirection } from '../../src/i18n/i18n';
import { LANGUAGE_NAMES } from '../../src/i18n/language-name';

/**
 * Runs in the page, in any engine: the first screen's language buttons as a person meets them,
 * each with the name shown and the language and direction it is marked with.
 */
export const languageButtons = (): string[][] =>
  [...document.querySelectorAll<HTMLButtonElement>('.language-list button')].map((b) => [
    b.innerText.trim(),
    b.lang,
    b.dir,
  ]);

/** What every engine shows there: Hubsteps' own names, whatever the browser calls a language. */
export const LANGUAGE_BUTTONS: string[][] = LANGUAGES.map((lang) => [
  LANGUAGE_NAMES[lang]?.own ?? '',
  lang,
  textDirection(lang),
]);
