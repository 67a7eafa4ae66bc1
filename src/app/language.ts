import type { LearnerProfile } from '../core/learner';
import { i18n, LANGUAGES, textDirection } from '../i18n/i18n';
import { observable } from '../offline/observable';

const TABLET_LANGUAGE = 'hubsteps.language';

function readTabletLanguage(): string | null {
  try {
    const lang = localStorage.getItem(TABLET_LANGUAGE);
    return lang && LANGUAGES.includes(lang) ? lang : null;
  } catch {
    return null;
  }
}

/** The language chosen for this tablet, used when nobody is signed in; null until someone chooses. */
export const tabletLanguage = observable<string | null>(readTabletLanguage());

export function chooseTabletLanguage(lang: string): void {
  try {
    localStorage.setItem(TABLET_LANGUAGE, lang);
  } catch {
    // Storage refused (private browsing): the choice lasts until the page closes.
  }
  tabletLanguage.set(lang);
}

/** The language to show: the signed-in learner's own, else the tablet's, else English. */
export const wantedLanguage = (profile: LearnerProfile | undefined, tablet: string | null): string =>
  profile?.language ?? tablet ?? 'en';

/**
 * The language a new learner has chosen on their form, shown at once while they fill it in;
 * null on every other screen.
 */
export const choosingLanguage = observable<string | null>(null);

/**
 * A language wanted on this screen whose words are not on this tablet (never downloaded, or
 * cleared by the browser) and cannot be fetched now: the screen is in English meanwhile.
 */
export const missingLanguage = observable<string | null>(null);

let latestCall = 0;

/**
 * Shows Hubsteps in a language: the words the screen needs are loaded first, then the switch,
 * then the page's lang and direction, so nothing is drawn half in one language. If any of them
 * cannot be had, the screen is in English, laid out left to right with lang="en", and
 * missingLanguage names the language: English laid out as Urdu would be reads backwards, with
 * full stops at the start of sentences. Only the latest call decides, as the words of an earlier
 * one may arrive later.
 */
export async function applyLanguage(lang: string, namespaces: readonly string[]): Promise<void> {
  const call = ++latestCall;
  const wanted = LANGUAGES.includes(lang) ? lang : 'en';
  const needed = ['ui', ...namespaces];
  const lacking = () => (wanted === 'en' ? [] : needed.filter((ns) => !i18n.hasResourceBundle(wanted, ns)));
  // Only the words not here yet are fetched. In the built app, words that failed (offline) keep
  // failing until Hubsteps is opened again: its script loader (SystemJS) keeps a failed script's
  // error for the page's life.
  if (lacking().length > 0) await i18n.reloadResources([wanted], lacking());
  if (call !== latestCall) return;
  const complete = lacking().length === 0;
  const shown = complete ? wanted : 'en';
  if (i18n.language !== shown) await i18n.changeLanguage(shown);
  if (call !== latestCall) return;
  const root = document.documentElement;
  root.lang = shown;
  root.dir = textDirection(shown);
  missingLanguage.set(complete ? null : wanted);
}
