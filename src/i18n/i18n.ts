import i18next, { type i18n as I18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import ui from '../../locales/en/ui.json';

// Each language's lesson and practice words are their own chunk, fetched only when needed.
const namespaces = import.meta.glob<{ default: Record<string, unknown> }>(['../../locales/*/*.json', '!**/ui.json']);

export const i18n: I18n = i18next.createInstance();

/** The languages Hubsteps has words for, from the locale folders. */
export const LANGUAGES: readonly string[] = [
  ...new Set(Object.keys(namespaces).map((path) => path.split('/').at(-2) ?? 'en')),
].sort();

/** A language's name in its own language and script ("English", "Polski", "اردو"). */
export const languageName = (lang: string): string =>
  new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;

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
      interpolation: { escapeValue: false },
      returnNull: false,
      // Start at once rather than on a later task: the first screen waits for it.
      initAsync: false,
    });
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
