import '../forms.css';
import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { InlineError } from './ErrorSummary';
import { PadDots } from './PadDots';

/** A learner's PIN. */
export const PIN_LENGTH = 4;
/** The volunteer PIN guards every learner on the tablet: longer than a learner's own. */
export const VOLUNTEER_PIN_LENGTH = 6;
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

/** Big number keys for a PIN, with dots showing how many are in. */
export function PinPad({
  id,
  label,
  onComplete,
  disabled = false,
  length = PIN_LENGTH,
  error = null,
}: {
  /** Where an error summary's link brings a person back to. */
  id: string;
  label: string;
  onComplete: (pin: string) => void;
  /** While the PIN is being checked. */
  disabled?: boolean;
  length?: number;
  /** Said at the pad, which gets the red bar of a field in error. */
  error?: string | null;
}) {
  const t = useT();
  const [pin, setPin] = useState('');
  const press = (digit: string) => {
    const next = (pin + digit).slice(0, length);
    setPin(next.length === length ? '' : next);
    if (next.length === length) onComplete(next);
  };
  return (
    <fieldset class={error ? 'pad has-error' : 'pad'} id={id} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{label}</legend>
      {error && <InlineError id={`${id}-error`} message={error} />}
      <PadDots count={pin.length} total={length} words={t('pin.entered', { count: pin.length, total: length })} />
      {/* Number keys are laid out as on every phone, 1 2 3 from the left, in right-to-left languages too. */}
      <div class="pin-keys" dir="ltr">
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
