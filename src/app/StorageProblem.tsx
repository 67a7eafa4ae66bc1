import { useT } from '../i18n/use-t';
import { ScreenHeading } from './ScreenHeading';

/** Said plainly when the browser will not let Hubsteps keep anything on this tablet. */
export function StorageProblem() {
  const t = useT();
  return (
    <main class="home" id="main">
      <ScreenHeading>{t('storage.title')}</ScreenHeading>
      <p class="body-text">{t('storage.unavailable')}</p>
    </main>
  );
}
