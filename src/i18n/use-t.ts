import type { TFunction } from 'i18next';
import { createContext } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { i18n } from './i18n';

/**
 * The language a part of the page is shown in: the learner's, or English where a volunteer
 * tapped "Show in English". Its value changes when the language does, so screens redraw.
 */
export const LanguageContext = createContext<string>('en');

/** The language of the part of the page this component is in. */
export const useLanguage = (): string => useContext(LanguageContext);

/** The translate function for a namespace ("ui" for the interface, a lesson id, or "practice"). */
export function useT(ns = 'ui'): TFunction {
  const lang = useLanguage();
  return useMemo(() => i18n.getFixedT(lang, ns), [lang, ns]);
}
