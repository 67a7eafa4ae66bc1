import '../forms.css';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { saveVolunteerLock } from '../../store/locks';
import { LiveMessage, useLiveMessage } from '../profiles/LiveMessage';
import { LockSetup } from '../profiles/LockSetup';
import { VOLUNTEER_PIN_LENGTH } from '../profiles/PinPad';
import { makeSecret } from '../profiles/secret';
import { volunteerLockSet } from '../session';

/**
 * Choosing the tablet's volunteer PIN (twice), and saving it; `onSaved` once it is kept. The
 * screen's heading and words, if it is the screen, come as children: below an error summary.
 * The live message is held here, not in the setup, as the setup is gone while the PIN is saved
 * and "The volunteer PIN is set." is still being said.
 */
export function VolunteerPinSetup({
  onSaved,
  focus = false,
  children,
}: {
  onSaved: () => void;
  /** The pad takes focus when first drawn: it took the place of the button that opened it. */
  focus?: boolean;
  children?: ComponentChildren;
}) {
  const t = useT();
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [said, say] = useLiveMessage();
  const save = async (pin: string | null) => {
    if (!pin) return;
    setSaving(true);
    setFailed(false);
    try {
      await saveVolunteerLock(await makeSecret('pin', pin));
    } catch {
      setSaving(false);
      setFailed(true);
      setAttempt((n) => n + 1);
      return;
    }
    volunteerLockSet.set(true);
    onSaved();
  };
  const failure = failed && (
    <p class="warning" role="alert">
      {t('profile.save-failed')}
    </p>
  );
  return (
    <>
      <LiveMessage said={said} />
      {saving ? (
        <>
          {children}
          <p class="body-text">{t('save.saving')}</p>
        </>
      ) : (
        <LockSetup
          key={attempt}
          kind="pin"
          pinLength={VOLUNTEER_PIN_LENGTH}
          words={{
            choose: t('volunteer.pin-choose'),
            confirm: t('volunteer.pin-confirm'),
            set: t('volunteer.pin-set'),
          }}
          say={say}
          focus={focus}
          onSet={(pin) => void save(pin)}
        >
          {children}
          {failure}
        </LockSetup>
      )}
    </>
  );
}
