import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { LearnerSecret } from '../../core/learner';
import { useT } from '../../i18n/use-t';
import { useObservable } from '../../offline/observable';
import { readVolunteerLock, saveVolunteerLock, VOLUNTEER } from '../../store/locks';
import { VOLUNTEER_PIN_LENGTH } from '../profiles/PinPad';
import { makeSecret, needsUpgrade } from '../profiles/secret';
import { UnlockPad } from '../profiles/UnlockPad';
import { ScreenHeading } from '../ScreenHeading';
import { StorageProblem } from '../StorageProblem';
import { volunteerUnlocked } from '../session';
import { VolunteerPinSetup } from './VolunteerPinSetup';

/**
 * The volunteer screens open only with the tablet's volunteer PIN. A tablet that has none yet
 * (set up before there was one) asks a volunteer to choose it first.
 */
export function VolunteerGate({ children }: { children: ComponentChildren }) {
  const t = useT();
  const unlocked = useObservable(volunteerUnlocked);
  const [lock, setLock] = useState<LearnerSecret | null | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    readVolunteerLock().then(setLock, () => setFailed(true));
  }, []);

  if (unlocked) return <>{children}</>;
  if (failed) return <StorageProblem />;
  if (lock === undefined) return <p class="loading">{t('loading')}</p>;

  const unlock = (pin: string) => {
    volunteerUnlocked.set(true);
    if (lock && needsUpgrade(lock)) {
      void makeSecret('pin', pin)
        .then(saveVolunteerLock)
        .catch(() => undefined);
    }
  };
  return (
    <main class="home volunteer-gate" id="main">
      <a class="home-link" href="#/">
        {t('player.all-lessons')}
      </a>
      {lock ? (
        <UnlockPad
          secret={lock}
          lock={VOLUNTEER}
          label={t('volunteer.pin')}
          pinLength={VOLUNTEER_PIN_LENGTH}
          onUnlocked={unlock}
        >
          <ScreenHeading>{t('volunteer.title')}</ScreenHeading>
          <p class="body-text">{t('volunteer.unlock-intro')}</p>
        </UnlockPad>
      ) : (
        <VolunteerPinSetup onSaved={() => volunteerUnlocked.set(true)}>
          <ScreenHeading>{t('volunteer.title')}</ScreenHeading>
          <p class="body-text">{t('volunteer.no-pin-yet')}</p>
        </VolunteerPinSetup>
      )}
    </main>
  );
}
