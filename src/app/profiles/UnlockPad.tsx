import '../forms.css';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { LearnerSecret } from '../../core/learner';
import { isLockedOut, type LockTries, NO_TRIES } from '../../core/lock-out';
import { useT } from '../../i18n/use-t';
import { countWrongTry, forgetTries, readTries } from '../../store/locks';
import { ErrorSummary } from './ErrorSummary';
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
  /** The screen's heading and words, drawn below the error summary and above the pad. */
  children?: ComponentChildren;
}

/** The pad an error summary links back to: one lock is opened at a time. */
const PAD_ID = 'unlock-pad';

/**
 * Proving it is you: a PIN or picture pad, checked against the lock. Wrong tries are kept on
 * the tablet, so neither a reload nor another tab resets them; after five, the lock waits.
 * A wrong try is told as GOV.UK tells an error: a summary at the top, which takes focus (the key
 * that was pressed is gone with the pad drawn afresh) and links back to the pad, and the same
 * words at the pad.
 */
export function UnlockPad({ secret, lock, label, pinLength, onUnlocked, children }: Props) {
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
    // Redrawn the moment the wait is over, with the pad back and nothing wrong yet.
    const timer = setTimeout(() => {
      setNow(Date.now());
      setMessage(null);
    }, tries.lockedUntil - Date.now());
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
      {message && <ErrorSummary key={attempt} errors={[{ message, field: locked ? null : PAD_ID }]} />}
      {children}
      {locked ? (
        <p class="body-text">{t('sign-in.wait')}</p>
      ) : secret.kind === 'pin' ? (
        <PinPad
          key={attempt}
          id={PAD_ID}
          label={label}
          length={pinLength}
          disabled={checking || !tries}
          error={message}
          onComplete={(v) => void check(v)}
        />
      ) : (
        <PicturePad
          key={attempt}
          id={PAD_ID}
          label={label}
          disabled={checking || !tries}
          error={message}
          onComplete={(v) => void check(v)}
        />
      )}
    </>
  );
}
