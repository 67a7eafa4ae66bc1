import '../forms.css';
import './profiles.css';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { LockKind } from '../../core/learner';
import { useT } from '../../i18n/use-t';
import { ErrorSummary } from './ErrorSummary';
import { PicturePad } from './PicturePad';
import { PIN_LENGTH, PinPad } from './PinPad';

/** What the setup says at each stage; a learner's own lock by default. */
interface LockWords {
  choose: string;
  confirm: string;
  set: string;
}

interface Props {
  kind: LockKind;
  onSet: (value: string | null) => void;
  words?: LockWords;
  pinLength?: number;
  /** The screen's heading and words, where the setup is the screen: below an error summary. */
  children?: ComponentChildren;
}

/** The pad an error summary links back to: one lock is set at a time. */
const PAD_ID = 'lock-pad';

/**
 * Choosing a PIN or picture password: enter it, then enter it again to be sure. Two that do not
 * match are told as GOV.UK tells an error: a summary above, which takes focus (the pad is drawn
 * afresh, without the key that was pressed) and links back to the pad, and the same words at it.
 */
export function LockSetup({ kind, onSet, words, pinLength = PIN_LENGTH, children }: Props) {
  const t = useT();
  const say = words ?? {
    choose: t(`new.${kind}-choose`),
    confirm: t(`new.${kind}-confirm`),
    set: t(`new.${kind}-set`),
  };
  const [first, setFirst] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [mismatch, setMismatch] = useState(false);
  /** How many times the two did not match: a summary drawn again each time takes focus again. */
  const [mismatches, setMismatches] = useState(0);

  const enter = (value: string) => {
    if (first === null) {
      setFirst(value);
      setMismatch(false);
    } else if (value === first) {
      setDone(true);
      onSet(value);
    } else {
      setFirst(null);
      setMismatch(true);
      setMismatches((n) => n + 1);
    }
  };
  const again = () => {
    setFirst(null);
    setDone(false);
    onSet(null);
  };

  if (done) {
    return (
      <>
        {children}
        <p class="lock-done">
          {say.set}{' '}
          <button type="button" class="button secondary small" onClick={again}>
            {t('new.change-lock')}
          </button>
        </p>
      </>
    );
  }
  const label = first === null ? say.choose : say.confirm;
  const error = mismatch ? t('new.lock-mismatch') : null;
  return (
    <div class="lock-setup">
      {error && <ErrorSummary key={mismatches} errors={[{ message: error, field: PAD_ID }]} />}
      {children}
      {kind === 'pin' && <p class="field-hint">{t('lock.not-bank-pin')}</p>}
      {kind === 'pin' ? (
        <PinPad key={first ?? 'first'} id={PAD_ID} label={label} length={pinLength} error={error} onComplete={enter} />
      ) : (
        <PicturePad key={first ?? 'first'} id={PAD_ID} label={label} error={error} onComplete={enter} />
      )}
    </div>
  );
}
