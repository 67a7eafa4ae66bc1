import type { LearnerProfile } from '../core/learner';
import { i18n, LANGUAGES, textDirection } from '../i18n/i18n';
import { observable } from '../offline/observable';
import { learnersOnTablet } from './learners-state';

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
 * Shows Hubsteps in a language: the words the screen needs are loaded first, then the switch,
 * then the page's lang and direction, so nothing is drawn half in one language. Says whether
 * the language changed.
 */
export async function applyLanguage(lang: string, namespaces: readonly string[]): Promise<boolean> {
  const wanted = LANGUAGES.includes(lang) ? lang : 'en';
  const changed = i18n.language !== wanted;
  if (changed) {
    await i18n.reloadResources([wanted], ['ui', ...namespaces]);
    await i18n.changeLanguage(wanted);
  }
  const root = document.documentElement;
  root.lang = wanted;
  root.dir = textDirection(wanted);
  return changed;
}

/** Every language this tablet needs without internet: English, the tablet's, and each learner's. */
export const languagesInUse = (): string[] => [
  ...new Set(['en', tabletLanguage.get() ?? 'en', ...(learnersOnTablet.get() ?? []).map((l) => l.language)]),
];
