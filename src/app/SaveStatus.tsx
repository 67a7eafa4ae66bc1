import { useT } from '../i18n/use-t';
import { type Observable, useObservable } from '../offline/observable';
import type { SaveState } from './use-learning';

/**
 * Says "Saved" only once the tablet has really written the learner's progress. Saving and saved
 * are shown, not announced: they would be heard on every tap, over the hints. A failure is an
 * alert, heard at once.
 */
export function SaveStatus({ state, retry }: { state: Observable<SaveState>; retry: () => void }) {
  const t = useT();
  const save = useObservable(state);
  return (
    <div class="save-status">
      <div role="alert">
        {save.failed > 0 && (
          <p class="save-failed">
            {t('save.failed', { count: save.failed })} {save.full && t('storage.full')}{' '}
            <button type="button" class="button secondary small" onClick={retry}>
              {t('save.retry')}
            </button>
          </p>
        )}
      </div>
      {save.failed > 0 ? null : save.pending > 0 ? (
        <p>{t('save.saving')}</p>
      ) : save.saved ? (
        <p>{t('save.saved')}</p>
      ) : null}
    </div>
  );
}
