/**
 * A language's name in its own language and script ("English", "Polski", "اردو"), as a name
 * starts. A module of its own, free of the build's word loading, so scripts that run outside
 * the build (benchmarks, test helpers) can name a language as the app does.
 */
export function languageName(lang: string): string {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}
