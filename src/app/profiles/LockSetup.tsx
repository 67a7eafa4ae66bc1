import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { PicturePad } from './PicturePad';
import { PinPad } from './PinPad';

/** Choosing a PIN or picture password: enter it, then enter it again to be sure. */
export function LockSetup({ kind, onSet }: { kind: 'pin' | 'pictures'; onSet: (value: string | null) => void }) {
  const t = useT();
  const [first, setFirst] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [mismatch, setMismatch] = useState(false);
  const Pad = kind === 'pin' ? PinPad : PicturePad;

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
        {t(`new.${kind}-set`)}{' '}
        <button type="button" class="button secondary small" onClick={again}>
          {t('new.change-lock')}
        </button>
      </p>
    );
  }
  return (
    <div class="lock-setup">
      <div role="alert">{mismatch && <p class="warning">{t('new.lock-mismatch')}</p>}</div>
      <Pad
        key={first ?? 'first'}
        label={t(first === null ? `new.${kind}-choose` : `new.${kind}-confirm`)}
        onComplete={enter}
      />
    </div>
  );
}
