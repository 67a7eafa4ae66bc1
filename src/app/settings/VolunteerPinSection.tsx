import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { VolunteerPinSetup } from '../volunteer/VolunteerPinSetup';

/** Whoever knows the volunteer PIN (and so is here) can change it. */
export function VolunteerPinSection() {
  const t = useT();
  const [changing, setChanging] = useState(false);
  const [changed, setChanged] = useState(false);
  const change = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // The pad is gone once the new PIN is kept: focus comes back to the button that opened it.
    if (changed) change.current?.focus();
  }, [changed]);
  return (
    <section class="settings-section" aria-labelledby="volunteer-pin-title">
      <h2 id="volunteer-pin-title">{t('volunteer.pin-title')}</h2>
      <p>{t('volunteer.pin-why')}</p>
      <p role="status">{changed ? t('volunteer.pin-changed') : ''}</p>
      {changing ? (
        <VolunteerPinSetup
          focus
          onSaved={() => {
            setChanging(false);
            setChanged(true);
          }}
        />
      ) : (
        <button
          type="button"
          class="button secondary"
          ref={change}
          onClick={() => {
            setChanged(false);
            setChanging(true);
          }}
        >
          {t('volunteer.change-pin')}
        </button>
      )}
    </section>
  );
}
