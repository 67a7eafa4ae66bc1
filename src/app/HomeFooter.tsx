import { useLanguage, useT } from '../i18n/use-t';
import { LanguageName } from './LanguageName';
import { OfflineReadiness } from './OfflineReadiness';

/**
 * At the foot of the first screens: the language (with a globe, for a learner who cannot read
 * the one on screen), and for the volunteer, whether this tablet is ready offline, and settings.
 */
export function HomeFooter({ languageLink = true }: { languageLink?: boolean }) {
  const t = useT();
  const lang = useLanguage();
  return (
    <footer class="home-foot">
      {languageLink && (
        <a href="#/language" class="language-link">
          <svg class="globe" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <circle cx="12" cy="12" r="10" />
            <path d="M2 12h20M12 2c3 3 3 17 0 20M12 2c-3 3-3 17 0 20" />
          </svg>
          {t('language.title')}: <LanguageName lang={lang} />
        </a>
      )}
      <OfflineReadiness />
      <a href="#/settings" class="settings-link">
        {t('home.settings')}
      </a>
    </footer>
  );
}
