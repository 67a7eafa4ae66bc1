import { useT } from '../i18n/use-t';

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

interface Props {
  onKey: (key: string) => void;
  onBackspace: () => void;
  onHide: () => void;
}

/** A simple letters keyboard, so every tablet shows the same keys during practice. */
export function PracticeKeyboard({ onKey, onBackspace, onHide }: Props) {
  const t = useT();
  // Keep the text box focused while keys are tapped, as a real keyboard does.
  const keep = (e: Event) => e.preventDefault();
  return (
    // An English keyboard: its rows read left to right in every language.
    <fieldset class="pr-keyboard" data-keyboard="" dir="ltr">
      <legend class="visually-hidden">{t('practice.keyboard')}</legend>
      {ROWS.map((row) => (
        <div class="pr-keyboard-row" key={row}>
          {[...row].map((k) => (
            <button type="button" class="pr-key" key={k} onPointerDown={keep} onClick={() => onKey(k)}>
              {k}
            </button>
          ))}
        </div>
      ))}
      <div class="pr-keyboard-row">
        <button type="button" class="pr-key pr-key-wide" onPointerDown={keep} onClick={onBackspace}>
          {t('practice.delete')}
        </button>
        <button type="button" class="pr-key pr-key-space" onPointerDown={keep} onClick={() => onKey(' ')}>
          {t('practice.space')}
        </button>
        <button type="button" class="pr-key pr-key-wide" onClick={onHide}>
          {t('practice.hide-keyboard')}
        </button>
      </div>
    </fieldset>
  );
}
