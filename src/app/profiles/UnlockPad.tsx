import '../forms.css';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LearnerSecret } from '../../core/learner';
import { isLockedOut, type LockTries, NO_TRIES } from '../../core/lock-out';
import { useT } from '../../i18n/use-t';
import { countWrongTry, forgetTries, readTries } from '../../store/locks';
import { ErrorSummary } from './ErrorSummary';
import { LiveMessage, useLiveMessage } from './LiveMessage';
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

/** Focus is nowhere a person put it: on the page itself, or on what is about to go. */
const focusLost = (going: HTMLElement | null) =>
  !document.activeElement || document.activeElement === document.body || document.activeElement === going;

/**
 * Proving it is you: a PIN or picture pad, checked against the lock. Wrong tries are kept on
 * the tablet, so neither a reload nor another tab resets them; after five, the lock waits a
 * minute. A wrong try shows an error summary at the top, linked to the pad, and the same words
 * at the pad; focus stays on the key last pressed, so the next try can be typed at once, and the
 * words are said by a live message. So are the wait, and its end, when the pad comes back.
 */
export function UnlockPad({ secret, lock, label, pinLength, onUnlocked, children }: Props) {
  const t = useT();
  const [tries, setTries] = useState<LockTries | null>(null);
  const [now, setNow] = useState(Date.now);
  const [checking, setChecking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  /** Tries refused here: the wait takes focus after one, not when a screen opens on a wait. */
  const [attempt, setAttempt] = useState(0);
  /** Rises when focus should go back to the pad: after a wrong try, or when the wait is over; 0 during it. */
  const [refocus, setRefocus] = useState(0);
  const [said, say] = useLiveMessage();
  const wait = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    readTries(lock).then(setTries, () => setTries(NO_TRIES));
  }, [lock]);

  const locked = tries !== null && isLockedOut(tries, now);
  useEffect(() => {
    if (!tries || !locked) return;
    // Told the moment the wait is over, with the pad back and nothing wrong yet; the time to
    // wait is the one kept on the tablet, so a reload or another tab waits for the same end.
    const timer = setTimeout(() => {
      if (focusLost(wait.current)) setRefocus((n) => n + 1);
      setNow(Date.now());
      setMessage(null);
      say(t('sign-in.try-again-now'));
    }, tries.lockedUntil - Date.now());
    return () => clearTimeout(timer);
  }, [tries, locked, say, t]);
  useEffect(() => {
    // The pad and its keys are gone for the wait: focus goes to the words saying so, not the page.
    if (locked && attempt && focusLost(null)) wait.current?.focus();
  }, [locked, attempt]);

  const refuse = (next: LockTries) => {
    const waiting = isLockedOut(next, Date.now());
    const words = waiting
      ? t('sign-in.locked')
      : t(secret.kind === 'pin' ? 'sign-in.wrong-pin' : 'sign-in.wrong-pictures');
    setTries(next);
    setNow(Date.now());
    setChecking(false);
    setMessage(words);
    say(words);
    setAttempt((n) => n + 1);
    // A pad drawn after the wait takes focus only if the wait's end asks it to (see above).
    setRefocus((n) => (waiting ? 0 : n + 1));
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

  const pad = {
    id: PAD_ID,
    label,
    disabled: checking || !tries,
    error: message,
    refocus,
    onComplete: (v: string) => void check(v),
  };
  return (
    <>
      <LiveMessage said={said} />
      {message && <ErrorSummary errors={[{ message, field: locked ? null : PAD_ID }]} />}
      {children}
      {locked ? (
        <p class="body-text" ref={wait} tabIndex={-1}>
          {t('sign-in.wait')}
        </p>
      ) : secret.kind === 'pin' ? (
        <PinPad {...pad} length={pinLength} />
      ) : (
        <PicturePad {...pad} />
      )}
    </>
  );
}
