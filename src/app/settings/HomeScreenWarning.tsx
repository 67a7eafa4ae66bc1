import { useT } from '../../i18n/use-t';
import { mayDeleteProgress } from '../../offline/install';
import { INSTALL_TITLE_ID } from './InstallSection';

/** The install section, brought into view with its heading focused for a keyboard user. */
function showInstallSection(): void {
  const heading = document.getElementById(INSTALL_TITLE_ID);
  heading?.scrollIntoView?.({ block: 'start' });
  heading?.focus({ preventScroll: true });
}

/**
 * At the top of settings while Hubsteps is in Safari on an iPad: the iPad may delete learners'
 * progress, and how to keep it. The link is handled here, as an address like "#install-title"
 * would take the app to another screen.
 */
export function HomeScreenWarning() {
  const t = useT();
  if (!mayDeleteProgress()) return null;
  return (
    <div class="keep-warning">
      <p>{t('install.may-delete')}</p>
      <p>
        <a
          href={`#${INSTALL_TITLE_ID}`}
          onClick={(e) => {
            e.preventDefault();
            showInstallSection();
          }}
        >
          {t('install.how')}
        </a>
      </p>
    </div>
  );
}
