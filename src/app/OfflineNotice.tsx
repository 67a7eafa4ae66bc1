import { useT } from '../i18n/use-t';
import { useOnline } from '../offline/use-online';
import { MissingWordsNote } from './MissingWordsNote';

/**
 * A calm word when the connection is gone: learning goes on, and progress is kept; and when a
 * language's words could not be had without it. Not a landmark: an empty "Connection" region
 * would be found on every screen. Its live regions are there, empty, to be heard when filled.
 */
export function OfflineNotice() {
  const t = useT();
  const online = useOnline();
  return (
    <div class="notices">
      <p role="status" class="offline-notice">
        {online ? '' : t('offline.notice')}
      </p>
      <MissingWordsNote />
    </div>
  );
}
