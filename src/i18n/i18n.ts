import i18next, { type i18n as I18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import ui from '../../locales/en/ui.json';
import { addFormats, WORD_OPTIONS } from './formats';

// Each language's lesson and practice words are their own chunk, fetched only when needed.
const namespaces = import.meta.glob<{ default: Record<string, unknown> }>([
  '../../locales/*/*.json',
  '!../../locales/en/ui.json',
  '!**/glossary.json',
]);

export const i18n: I18n = i18next.createInstance();

/** The languages Hubsteps has words for, from the locale folders. */
export const LANGUAGES: readonly string[] = [
  ...new Set(Object.keys(namespaces).map((path) => path.split('/').at(-2) ?? 'en')),
].sort();

/**
 * Which way a language is written. Not i18next's dir(): it asks Intl, and a first use of Intl
 * costs 50 to 100 ms on a slow tablet, on the way to the first screen. A test checks this
 * against Intl for every language Hubsteps has.
 */
const RIGHT_TO_LEFT = new Set(['ar', 'ur']);
export const textDirection = (lang: string): 'rtl' | 'ltr' => (RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr');

export { englishLanguageName, languageName, languageNameIn, namesInEnglish } from './language-name';

/** Starts i18next with the interface words ready, so the first screen shows at once. */
export async function startI18n(): Promise<I18n> {
  if (i18n.isInitialized) return i18n;
  await i18n
    .use(
      resourcesToBackend(async (lng: string, ns: string) => {
        const load = namespaces[`../../locales/${lng}/${ns}.json`];
        if (!load) throw new Error(`No words for ${lng}/${ns}`);
        return (await load()).default;
      }),
    )
    .init({
      lng: 'en',
      fallbackLng: 'en',
      ns: ['ui'],
      defaultNS: 'ui',
      resources: { en: { ui } },
      partialBundledLanguages: true,
      ...WORD_OPTIONS,
      // Start at once rather than on a later task: the first screen waits for it.
      initAsync: false,
    });
  addFormats(i18n);
  return i18n;
}

/**
 * Starts downloading a language's namespaces before i18next asks for them (it gets the same
 * modules, already on their way), so the first screen's words load alongside the app.
 */
export function prefetchNamespaces(lng: string, ns: readonly string[]): void {
  for (const n of ns) void namespaces[`../../locales/${lng}/${n}.json`]?.().catch(() => undefined);
}

/** Makes sure the words of these namespaces are loaded before a screen needs them. */
export const loadNamespaces = (ns: readonly string[]): Promise<void> => i18n.loadNamespaces([...ns]);
