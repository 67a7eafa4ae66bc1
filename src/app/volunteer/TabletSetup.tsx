import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { mayDeleteProgress } from '../../offline/install';
import { HomeScreenSteps } from '../install/HomeScreenSteps';
import { go } from '../route';
import { ScreenHeading } from '../ScreenHeading';
import { VolunteerPinSetup } from './VolunteerPinSetup';

/**
 * The first thing a new tablet asks, after its language: a volunteer PIN, which guards the
 * volunteer screens (settings, removing a learner, clearing the tablet) from learners. On an
 * iPad in Safari, adding Hubsteps to the Home Screen comes first: Hubsteps opened from there
 * keeps its own data, apart from Safari's, so the PIN is chosen there.
 */
export default function TabletSetup() {
  const t = useT();
  const [step, setStep] = useState<Step>(() => (mayDeleteProgress() ? 'home-screen' : 'pin'));
  return (
    <main class="home tablet-setup" id="main">
      <SetupStep step={step} onLater={() => setStep('pin-later')}>
        <ScreenHeading>{t('volunteer.setup-title')}</ScreenHeading>
      </SetupStep>
    </main>
  );
}

/** The PIN straight away, or after the Home Screen step was left for later. */
type Step = 'home-screen' | 'pin' | 'pin-later';

/** One step at a time, under the screen's heading: the Home Screen, then the PIN. */
function SetupStep({ step, onLater, children }: { step: Step; onLater: () => void; children: ComponentChildren }) {
  const t = useT();
  if (step === 'home-screen') {
    return (
      <>
        {children}
        <h2>{t('install.title')}</h2>
        <p class="body-text">{t('install.setup-why')}</p>
        <HomeScreenSteps />
        <p class="body-text">{t('install.setup-then')}</p>
        {/* Never a wall: a volunteer with no time sets the PIN now, and settings remind them. */}
        <button type="button" class="button secondary" onClick={onLater}>
          {t('install.later')}
        </button>
      </>
    );
  }
  return (
    // After "Do this later", the pad takes the place of the button that had focus.
    <VolunteerPinSetup onSaved={() => go('#/', true)} focus={step === 'pin-later'}>
      {children}
      <p class="body-text">{t('volunteer.setup-intro')}</p>
    </VolunteerPinSetup>
  );
}
