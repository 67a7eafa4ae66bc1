import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { install, installOffer, isInstalled } from '../../offline/install';
import { useObservable } from '../../offline/observable';
import { HomeScreenSteps } from '../install/HomeScreenSteps';

/** The section's heading, which the warning at the top of settings takes a volunteer to. */
export const INSTALL_TITLE_ID = 'install-title';

/** Puts Hubsteps on the home screen: the browser's offer where there is one, the iPad steps otherwise. */
export function InstallSection() {
  const t = useT();
  const offer = useObservable(installOffer);
  const [installed, setInstalled] = useState(isInstalled);

  return (
    <section class="settings-section" aria-labelledby={INSTALL_TITLE_ID}>
      {/* Focusable, so the warning at the top of settings can take a keyboard user here. */}
      <h2 id={INSTALL_TITLE_ID} tabIndex={-1}>
        {t('install.title')}
      </h2>
      <p>{t('install.why')}</p>
      {installed ? (
        <p>{t('install.done')}</p>
      ) : offer ? (
        <button type="button" class="button primary" onClick={() => void install().then(setInstalled)}>
          {t('install.button')}
        </button>
      ) : (
        <HomeScreenSteps />
      )}
    </section>
  );
}
