/**
 * Hubsteps' own names for its languages, the same on every tablet: browsers name languages
 * from their own locale data, which differs (Chromium says "Somali" where WebKit says
 * "Soomaali"), and a learner looks for the same button on every tablet of a hub.
 * `own` is the name in the language itself and its script; `english` is the name in English,
 * which a learner can say to ask for an interpreter.
 */
export const LANGUAGE_NAMES: Readonly<Record<string, { own: string; english: string }>> = {
  ar: { own: 'العربية', english: 'Arabic' },
  bn: { own: 'বাংলা', english: 'Bengali' },
  en: { own: 'English', english: 'English' },
  gu: { own: 'ગુજરાતી', english: 'Gujarati' },
  pa: { own: 'ਪੰਜਾਬੀ', english: 'Punjabi' },
  pl: { own: 'Polski', english: 'Polish' },
  pt: { own: 'Português', english: 'Portuguese' },
  ro: { own: 'Română', english: 'Romanian' },
  so: { own: 'Soomaali', english: 'Somali' },
  ur: { own: 'اردو', english: 'Urdu' },
};

/** The browser's name, for a language not in the list (a name starts with a capital). */
function browserName(lang: string, inLanguage: string): string {
  const name = new Intl.DisplayNames([inLanguage], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(inLanguage) + name.slice(1);
}

/**
 * A language's name in its own language and script ("English", "Polski", "اردو"). A module of
 * its own, free of the build's word loading, so scripts that run outside the build (benchmarks,
 * test helpers) can name a language as the app does.
 */
export const languageName = (lang: string): string => LANGUAGE_NAMES[lang]?.own ?? browserName(lang, lang);

/** A language's name in English ("Urdu"). */
export const englishLanguageName = (lang: string): string => LANGUAGE_NAMES[lang]?.english ?? browserName(lang, 'en');

/**
 * How a sentence in `inLang` names a language as plain text: its own name, and in English its
 * English name first ("Urdu (اردو)"), which a volunteer can read and the learner knows.
 */
export const languageNameIn = (lang: string, inLang: string): string =>
  namesInEnglish(lang, inLang) ? `${englishLanguageName(lang)} (${languageName(lang)})` : languageName(lang);

/** Whether a sentence in `inLang` gives a language's English name before its own. */
export const namesInEnglish = (lang: string, inLang: string): boolean => inLang === 'en' && lang !== 'en';
