import { useT } from '../i18n/use-t';
import { useObservable } from '../offline/observable';
import { offlineState, readyOffline } from '../offline/offline-state';

/**
 * Tells a volunteer whether this tablet can already be used with no connection; nothing until
 * that has been checked, a moment after the app starts.
 */
export function OfflineReadiness() {
  const t = useT();
  const state = useObservable(offlineState);
  if (!state.checked) return null;
  if (readyOffline(state)) return <p class="readiness ready">{t('offline.ready')}</p>;
  if (state.packsProgress !== null && state.packsProgress < 1) {
    return <p class="readiness">{t('offline.getting-ready', { percent: Math.floor(state.packsProgress * 100) })}</p>;
  }
  return <p class="readiness">{t('offline.not-ready')}</p>;
}
