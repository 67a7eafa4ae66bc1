import { useT } from '../../i18n/use-t';
import { OfflineReadiness } from '../OfflineReadiness';
import { UpdateOffer } from '../UpdateOffer';
import { VolunteerGate } from '../volunteer/VolunteerGate';
import { HomeScreenWarning } from './HomeScreenWarning';
import { HubSection } from './HubSection';
import { InstallSection } from './InstallSection';
import { LanguageSection } from './LanguageSection';
import { LearnersSection } from './LearnersSection';
import { PacksSection } from './PacksSection';
import { StorageSection } from './StorageSection';
import { VolunteerPinSection } from './VolunteerPinSection';
import '../settings.css';
import { ScreenHeading } from '../ScreenHeading';

/**
 * For volunteers, behind the tablet's volunteer PIN: what is on this tablet, its learners,
 * storage, installing, the version, and the PIN itself.
 */
export default function Settings() {
  return (
    <VolunteerGate>
      <SettingsSections />
    </VolunteerGate>
  );
}

function SettingsSections() {
  const t = useT();
  return (
    <main class="home settings" id="main">
      <a class="home-link" href="#/">
        {t('player.all-lessons')}
      </a>
      <ScreenHeading>{t('settings.title')}</ScreenHeading>
      <HomeScreenWarning />
      <section class="settings-section" aria-labelledby="offline-title">
        <h2 id="offline-title">{t('settings.offline')}</h2>
        <OfflineReadiness />
        <UpdateOffer />
        <p class="version">{t('settings.version', { version: __HUBSTEPS_VERSION__ })}</p>
      </section>
      <HubSection />
      <LanguageSection />
      <LearnersSection />
      <PacksSection />
      <StorageSection />
      <InstallSection />
      <VolunteerPinSection />
    </main>
  );
}
