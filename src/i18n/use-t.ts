import type { TFunction } from 'i18next';
import { useMemo } from 'preact/hooks';
import { i18n } from './i18n';

/** The translate function for a namespace ("ui" for the interface, a lesson id, or "practice"). */
export function useT(ns = 'ui'): TFunction {
  return useMemo(() => i18n.getFixedT(null, ns), [ns]);
}
