import '../forms.css';
import './profiles.css';
import { useState } from 'preact/hooks';
import type { LockKind } from '../../core/learner';
import { useT } from '../../i18n/use-t';
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
}

/** Choosing a PIN or picture password: enter it, then enter it again to be sure. */
export function LockSetup({ kind, onSet, words, pinLength = PIN_LENGTH }: Props) {
  const t = useT();
  const say = words ?? {
    choose: t(`new.${kind}-choose`),
    confirm: t(`new.${kind}-confirm`),
    set: t(`new.${kind}-set`),
  };
  const [first, setFirst] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [mismatch, setMismatch] = useState(false);

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
    }
  };
  const again = () => {
    setFirst(null);
    setDone(false);
    onSet(null);
  };

  if (done) {
    return (
      <p class="lock-done">
        {say.set}{' '}
        <button type="button" class="button secondary small" onClick={again}>
          {t('new.change-lock')}
        </button>
      </p>
    );
  }
  const label = first === null ? say.choose : say.confirm;
  return (
    <div class="lock-setup">
      {kind === 'pin' && <p class="field-hint">{t('lock.not-bank-pin')}</p>}
      <div role="alert">{mismatch && <p class="warning">{t('new.lock-mismatch')}</p>}</div>
      {kind === 'pin' ? (
        <PinPad key={first ?? 'first'} label={label} length={pinLength} onComplete={enter} />
      ) : (
        <PicturePad key={first ?? 'first'} label={label} onComplete={enter} />
      )}
    </div>
  );
}
