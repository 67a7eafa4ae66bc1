import './profiles.css';
import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { PadDots } from './PadDots';

export const PIN_LENGTH = 4;
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

/** Big number keys for a 4-digit PIN, with dots showing how many are in. */
export function PinPad({
  label,
  onComplete,
  disabled = false,
}: {
  label: string;
  onComplete: (pin: string) => void;
  /** While the PIN is being checked. */
  disabled?: boolean;
}) {
  const t = useT();
  const [pin, setPin] = useState('');
  const press = (digit: string) => {
    const next = (pin + digit).slice(0, PIN_LENGTH);
    setPin(next.length === PIN_LENGTH ? '' : next);
    if (next.length === PIN_LENGTH) onComplete(next);
  };
  return (
    <fieldset class="pad">
      <legend>{label}</legend>
      <PadDots
        count={pin.length}
        total={PIN_LENGTH}
        words={t('pin.entered', { count: pin.length, total: PIN_LENGTH })}
      />
      <div class="pin-keys">
        {DIGITS.map((d) => (
          <button type="button" class="pad-key" key={d} onClick={() => press(d)} disabled={disabled}>
            {d}
          </button>
        ))}
        <button
          type="button"
          class="pad-key pad-delete"
          onClick={() => setPin(pin.slice(0, -1))}
          disabled={disabled || !pin}
        >
          {t('pin.delete')}
        </button>
      </div>
    </fieldset>
  );
}
