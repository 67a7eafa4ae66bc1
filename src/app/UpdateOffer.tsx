import { useT } from '../i18n/use-t';
import { useObservable } from '../offline/observable';
import { offlineState } from '../offline/offline-state';

/** Offers a waiting new version. Shown only at natural pauses, never in the middle of a lesson. */
export function UpdateOffer() {
  const t = useT();
  const { updateReady } = useObservable(offlineState);
  if (!updateReady) return null;
  const update = () => void import('../offline/sw-bridge').then((bridge) => bridge.applyUpdate());
  return (
    <div class="update-offer">
      <p>{t('update.ready')}</p>
      <button type="button" class="button primary" onClick={update}>
        {t('update.now')}
      </button>
    </div>
  );
}
