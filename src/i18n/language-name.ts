/**
 * Names a browser may not have in the language itself: Chromium's trimmed locale data names
 * Somali in English ("Somali"), which a Somali reader would not look for.
 */
const OWN_NAMES: Readonly<Record<string, string>> = { so: 'Soomaali' };

/**
 * A language's name in its own language and script ("English", "Polski", "اردو"), as a name
 * starts. A module of its own, free of the build's word loading, so scripts that run outside
 * the build (benchmarks, test helpers) can name a language as the app does.
 */
export function languageName(lang: string): string {
  const name = OWN_NAMES[lang] ?? new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}
