import { i18n } from '../i18n/i18n';

/** A practice text as the learner meets it: `real`, as the screen shows it, and the learner's own. */
export interface AppWords {
  real: string;
  /** The learner's own words for it, where they differ (an English screen of the app); else null. */
  own: string | null;
  /** The language `real` is in. */
  realLang: string;
}

/**
 * The NHS App is in English, so a screen of the app (`app`) says its words in English, with the
 * learner's own beside or beneath; the tablet-basics pages are exercises, in the learner's
 * language only. One place for both the screen and the instructions that quote it.
 */
export function appWords(
  app: boolean,
  lang: string,
  keys: string | string[],
  vars: Record<string, string> = {},
): AppWords {
  const realLang = app ? 'en' : lang;
  const real = i18n.getFixedT(realLang, 'practice')(keys, vars);
  const own = app && lang !== 'en' ? i18n.getFixedT(lang, 'practice')(keys, vars) : null;
  return { real, own: own && own !== real ? own : null, realLang };
}
