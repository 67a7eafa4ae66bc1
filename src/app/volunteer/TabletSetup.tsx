import { useT } from '../../i18n/use-t';
import { go } from '../route';
import { ScreenHeading } from '../ScreenHeading';
import { VolunteerPinSetup } from './VolunteerPinSetup';

/**
 * The first thing a new tablet asks, after its language: a volunteer PIN, which guards the
 * volunteer screens (settings, removing a learner, clearing the tablet) from learners.
 */
export default function TabletSetup() {
  const t = useT();
  return (
    <main class="home tablet-setup" id="main">
      <VolunteerPinSetup onSaved={() => go('#/', true)}>
        <ScreenHeading>{t('volunteer.setup-title')}</ScreenHeading>
        <p class="body-text">{t('volunteer.setup-intro')}</p>
      </VolunteerPinSetup>
    </main>
  );
}
