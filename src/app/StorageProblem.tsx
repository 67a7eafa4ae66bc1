import { useT } from '../i18n/use-t';

/** Said plainly when the browser will not let Hubsteps keep anything on this tablet. */
export function StorageProblem() {
  const t = useT();
  return (
    <main class="home" id="main">
      <h1>{t('storage.title')}</h1>
      <p class="body-text">{t('storage.unavailable')}</p>
    </main>
  );
}
