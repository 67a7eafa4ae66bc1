import { useT } from '../../i18n/use-t';
import { OfflineReadiness } from '../OfflineReadiness';
import { UpdateOffer } from '../UpdateOffer';
import { InstallSection } from './InstallSection';
import { LanguageSection } from './LanguageSection';
import { LearnersSection } from './LearnersSection';
import { PacksSection } from './PacksSection';
import { StorageSection } from './StorageSection';
import '../settings.css';

/** For volunteers: what is on this tablet, storage, installing, and the version. */
export default function Settings() {
  const t = useT();
  return (
    <main class="home settings" id="main">
      <a class="home-link" href="#/">
        {t('player.all-lessons')}
      </a>
      <h1>{t('settings.title')}</h1>
      <section class="settings-section" aria-labelledby="offline-title">
        <h2 id="offline-title">{t('settings.offline')}</h2>
        <OfflineReadiness />
        <UpdateOffer />
        <p class="version">{t('settings.version', { version: __HUBSTEPS_VERSION__ })}</p>
      </section>
      <LanguageSection />
      <LearnersSection />
      <PacksSection />
      <StorageSection />
      <InstallSection />
    </main>
  );
}
