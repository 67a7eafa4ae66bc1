import '../forms.css';
import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { passwordPictureUrl } from '../../profiles/password-pictures';
import { PASSWORD_LENGTH, PASSWORD_PICTURES } from '../../profiles/pictures';
import { InlineError } from './ErrorSummary';
import { PadDots } from './PadDots';
import { usePadFocus } from './pad-focus';

/** A picture password: tap 3 of 12 pictures in order. The value is their names, in order. */
export function PicturePad({
  id,
  label,
  onComplete,
  disabled = false,
  error = null,
  refocus = 0,
}: {
  /** Where an error summary's link brings a person back to. */
  id: string;
  label: string;
  onComplete: (value: string) => void;
  /** While the pictures are being checked. */
  disabled?: boolean;
  /** Said at the pad, which gets the red bar of a field in error. */
  error?: string | null;
  /** Rises each time focus should come back to the pad, for another try. */
  refocus?: number;
}) {
  const t = useT();
  const [chosen, setChosen] = useState<string[]>([]);
  /** All the pictures were just tapped: the pad is empty again, and the dots leave the pad's message to be said. */
  const [sent, setSent] = useState(false);
  const { pad, pressed, firstKey } = usePadFocus(refocus, disabled);
  const tap = (name: string) => {
    const next = [...chosen, name];
    setChosen(next.length === PASSWORD_LENGTH ? [] : next);
    setSent(next.length === PASSWORD_LENGTH);
    if (next.length === PASSWORD_LENGTH) onComplete(next.join(','));
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
        count={chosen.length}
        total={PASSWORD_LENGTH}
        words={t('pictures.entered', { count: chosen.length, total: PASSWORD_LENGTH })}
        quiet={sent}
      />
      <div class="picture-keys">
        {PASSWORD_PICTURES.map((name) => (
          <button
            type="button"
            class="pad-key picture-key"
            key={name}
            onClick={(e) => {
              pressed(e);
              tap(name);
            }}
            disabled={disabled}
          >
            <img
              src={passwordPictureUrl(name)}
              alt={t(`pictures.${name}`)}
              width={72}
              height={72}
              class="profile-picture"
            />
          </button>
        ))}
      </div>
      <button
        type="button"
        class="button secondary small"
        onClick={() => {
          setChosen([]);
          setSent(false);
          // The button is disabled once nothing is chosen: focus goes on to the pictures.
          firstKey();
        }}
        disabled={!chosen.length}
      >
        {t('pictures.again')}
      </button>
    </fieldset>
  );
}
