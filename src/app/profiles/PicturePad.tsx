import '../forms.css';
import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { PASSWORD_LENGTH, PASSWORD_PICTURES } from '../../profiles/pictures';
import { PadDots } from './PadDots';
import { ProfilePicture } from './ProfilePicture';

/** A picture password: tap 3 of 12 pictures in order. The value is their names, in order. */
export function PicturePad({
  label,
  onComplete,
  disabled = false,
}: {
  label: string;
  onComplete: (value: string) => void;
  /** While the pictures are being checked. */
  disabled?: boolean;
}) {
  const t = useT();
  const [chosen, setChosen] = useState<string[]>([]);
  const tap = (name: string) => {
    const next = [...chosen, name];
    setChosen(next.length === PASSWORD_LENGTH ? [] : next);
    if (next.length === PASSWORD_LENGTH) onComplete(next.join(','));
  };
  return (
    <fieldset class="pad">
      <legend>{label}</legend>
      <PadDots
        count={chosen.length}
        total={PASSWORD_LENGTH}
        words={t('pictures.entered', { count: chosen.length, total: PASSWORD_LENGTH })}
      />
      <div class="picture-keys">
        {PASSWORD_PICTURES.map((name) => (
          <button type="button" class="pad-key picture-key" key={name} onClick={() => tap(name)} disabled={disabled}>
            <ProfilePicture name={name} alt={t(`pictures.${name}`)} size={72} />
          </button>
        ))}
      </div>
      <button type="button" class="button secondary small" onClick={() => setChosen([])} disabled={!chosen.length}>
        {t('pictures.again')}
      </button>
    </fieldset>
  );
}
