import '../forms.css';
import { useEffect, useState } from 'preact/hooks';
import type { LearnerSecret } from '../../core/learner';
import { isLockedOut, type LockTries, NO_TRIES } from '../../core/lock-out';
import { useT } from '../../i18n/use-t';
import { countWrongTry, forgetTries, readTries } from '../../store/locks';
import { PicturePad } from './PicturePad';
import { PinPad } from './PinPad';
import { secretMatches } from './secret';

interface Props {
  secret: LearnerSecret;
  /** Whose lock: a learner's id, or VOLUNTEER; its wrong tries are counted on the tablet. */
  lock: string;
  label: string;
  pinLength?: number;
  /** Called with the value once it is right (to upgrade how the lock is kept, if need be). */
  onUnlocked: (value: string) => void;
}

/**
 * Proving it is you: a PIN or picture pad, checked against the lock. Wrong tries are kept on
 * the tablet, so neither a reload nor another tab resets them; after five, the lock waits.
 */
export function UnlockPad({ secret, lock, label, pinLength, onUnlocked }: Props) {
  const t = useT();
  const [tries, setTries] = useState<LockTries | null>(null);
  const [now, setNow] = useState(Date.now);
  const [checking, setChecking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    readTries(lock).then(setTries, () => setTries(NO_TRIES));
  }, [lock]);

  const locked = tries !== null && isLockedOut(tries, now);
  useEffect(() => {
    if (!tries || !locked) return;
    // Redrawn the moment the wait is over, with the pad back.
    const timer = setTimeout(() => setNow(Date.now()), tries.lockedUntil - Date.now());
    return () => clearTimeout(timer);
  }, [tries, locked]);

  const refuse = (next: LockTries) => {
    setTries(next);
    setNow(Date.now());
    setChecking(false);
    setMessage(
      isLockedOut(next, Date.now())
        ? t('sign-in.locked')
        : t(secret.kind === 'pin' ? 'sign-in.wrong-pin' : 'sign-in.wrong-pictures'),
    );
    setAttempt((n) => n + 1);
  };

  const check = async (value: string) => {
    setChecking(true);
    // Another tab may have counted wrong tries since this pad was drawn.
    const current = await readTries(lock).catch(() => tries ?? NO_TRIES);
    if (isLockedOut(current, Date.now())) return refuse(current);
    if (await secretMatches(secret, value).catch(() => false)) {
      await forgetTries(lock).catch(() => undefined);
      onUnlocked(value);
      return;
    }
    refuse(await countWrongTry(lock));
  };

  return (
    <>
      <div role="alert">{message && <p class="warning">{message}</p>}</div>
      {locked ? (
        <p class="body-text">{t('sign-in.wait')}</p>
      ) : secret.kind === 'pin' ? (
        <PinPad
          key={attempt}
          label={label}
          length={pinLength}
          disabled={checking || !tries}
          onComplete={(v) => void check(v)}
        />
      ) : (
        <PicturePad key={attempt} label={label} disabled={checking || !tries} onComplete={(v) => void check(v)} />
      )}
    </>
  );
}
