import '../forms.css';
import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { InlineError } from './ErrorSummary';
import { PadDots } from './PadDots';
import { usePadFocus } from './pad-focus';

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
  refocus = 0,
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
  /** Rises each time focus should come back to the pad, for another try. */
  refocus?: number;
}) {
  const t = useT();
  const [pin, setPin] = useState('');
  /** A whole PIN was just typed: the pad is empty again, and the dots leave the pad's message to be said. */
  const [sent, setSent] = useState(false);
  const { pad, pressed, firstKey } = usePadFocus(refocus, disabled);
  const press = (digit: string) => {
    const next = (pin + digit).slice(0, length);
    setPin(next.length === length ? '' : next);
    setSent(next.length === length);
    if (next.length === length) onComplete(next);
  };
  return (
    <fieldset
      class={error ? 'pad has-error' : 'pad'}
      id={id}
      ref={pad}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{label}</legend>
      {error && <InlineError id={`${id}-error`} message={error} />}
      <PadDots
        count={pin.length}
        total={length}
        words={t('pin.entered', { count: pin.length, total: length })}
        quiet={sent}
      />
      {/* Number keys are laid out as on every phone, 1 2 3 from the left, in right-to-left languages too. */}
      <div class="pin-keys" dir="ltr">
        {DIGITS.map((d) => (
          <button
            type="button"
            class="pad-key"
            key={d}
            onClick={(e) => {
              pressed(e);
              press(d);
            }}
            disabled={disabled}
          >
            {d}
          </button>
        ))}
        <button
          type="button"
          class="pad-key pad-delete"
          onClick={() => {
            setPin(pin.slice(0, -1));
            setSent(false);
            // The key is disabled once nothing is left to take away: focus goes on to the numbers.
            if (pin.length === 1) firstKey();
          }}
          disabled={disabled || !pin}
        >
          {t('pin.delete')}
        </button>
      </div>
    </fieldset>
  );
}
