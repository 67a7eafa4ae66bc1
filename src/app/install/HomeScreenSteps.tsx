import './home-screen-steps.css';
import { useT } from '../../i18n/use-t';

/** The iPad's Share symbol: a box with an arrow pointing up out of it. */
const ShareSymbol = () => (
  <svg viewBox="0 0 48 48" class="how-symbol" aria-hidden="true">
    <path d="M16 20h-4v22h24V20h-4" fill="none" stroke="#005eb8" stroke-width="3" stroke-linejoin="round" />
    <path d="M24 30V6M16 13l8-8 8 8" fill="none" stroke="#005eb8" stroke-width="3" stroke-linecap="round" />
  </svg>
);

/** The "Add to Home Screen" symbol: a plus in a rounded square. */
const AddSymbol = () => (
  <svg viewBox="0 0 48 48" class="how-symbol" aria-hidden="true">
    <rect x="8" y="8" width="32" height="32" rx="7" fill="none" stroke="#212b33" stroke-width="3" />
    <path d="M24 16v16M16 24h16" stroke="#212b33" stroke-width="3" stroke-linecap="round" />
  </svg>
);

/**
 * How to add Hubsteps to an iPad's Home Screen in Safari, each step with the symbol the
 * volunteer looks for. The same on the tablet's set-up and in settings.
 */
export function HomeScreenSteps() {
  const t = useT();
  return (
    <>
      <h3>{t('install.ipad-title')}</h3>
      <ol class="how-to">
        <li>
          <ShareSymbol />
          <span>{t('install.ipad-share')}</span>
        </li>
        <li>
          <AddSymbol />
          <span>{t('install.ipad-add')}</span>
        </li>
        <li>
          <img src={`${import.meta.env.BASE_URL}icons/icon-192.png`} alt="" class="how-symbol" />
          <span>{t('install.ipad-open')}</span>
        </li>
      </ol>
    </>
  );
}
