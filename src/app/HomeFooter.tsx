import { useT } from '../i18n/use-t';
import { OfflineReadiness } from './OfflineReadiness';

/** For the volunteer, at the foot of the first screens: is this tablet ready offline, and settings. */
export function HomeFooter() {
  const t = useT();
  return (
    <footer class="home-foot">
      <OfflineReadiness />
      <a href="#/settings" class="settings-link">
        {t('home.settings')}
      </a>
    </footer>
  );
}
