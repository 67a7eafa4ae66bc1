import { useState } from 'preact/hooks';
import { useLanguage, useT } from '../i18n/use-t';
import { LETTER_ROWS, SYMBOL_ROWS } from './keyboard-layout';
import './keyboard.css';

interface Props {
  onKey: (key: string) => void;
  onBackspace: () => void;
  onHide: () => void;
}

/** Shift as on a tablet: off, for the next letter only, or held on (caps lock) after a double tap. */
type Shift = 'off' | 'once' | 'lock';

/**
 * A tablet's keyboard, the same on every tablet during practice: letters with Shift for
 * capitals, and "123" for digits and the symbols of email addresses and phone numbers.
 */
export function PracticeKeyboard({ onKey, onBackspace, onHide }: Props) {
  const t = useT('practice');
  const lang = useLanguage();
  const [symbols, setSymbols] = useState(false);
  const [shift, setShift] = useState<Shift>('off');
  const caps = !symbols && shift !== 'off';
  const rows = symbols ? SYMBOL_ROWS : LETTER_ROWS;
  const layerLabel = symbols ? 'ABC' : '123';

  // Keep the text box focused while keys are tapped, as a real keyboard does.
  const keep = (e: Event) => e.preventDefault();
  const type = (k: string) => {
    onKey(caps ? k.toUpperCase() : k);
    setShift((s) => (s === 'once' ? 'off' : s));
  };
  // The second tap of a double tap comes with detail 2: that holds Shift on, as tablets do.
  const tapShift = (e: MouseEvent) => setShift((s) => (e.detail >= 2 ? 'lock' : s === 'off' ? 'once' : 'off'));

  const charKey = (k: string) => (
    <button type="button" key={k} lang="en" class="pr-key" onPointerDown={keep} onClick={() => type(k)}>
      {caps ? k.toUpperCase() : k}
    </button>
  );

  return (
    // The tablet's keyboard, not the practice app's: its words are in the learner's language
    // (the app around it may be in English), its letters English, its rows left to right always.
    <fieldset class="pr-keyboard" data-keyboard="" lang={lang} dir="ltr">
      <legend class="visually-hidden">{t('keyboard.name')}</legend>
      {rows.map((row, r) => (
        <div class={`pr-keyboard-row pr-keyboard-row-${r + 1}`} key={row}>
          {r === 2 &&
            (symbols ? (
              <span class="pr-key-gap" />
            ) : (
              <button
                type="button"
                class={`pr-key pr-key-fn pr-key-shift pr-shift-${shift}`}
                aria-pressed={shift !== 'off'}
                onPointerDown={keep}
                onClick={tapShift}
              >
                <ShiftIcon />
                <span class="visually-hidden">{t('keyboard.shift')}</span>
              </button>
            ))}
          {[...row].map(charKey)}
          {r === 2 && (
            <button type="button" class="pr-key pr-key-fn pr-key-delete" onPointerDown={keep} onClick={onBackspace}>
              <DeleteIcon />
              <span class="visually-hidden">{t('keyboard.delete')}</span>
            </button>
          )}
        </div>
      ))}
      <div class="pr-keyboard-row pr-keyboard-row-4">
        <button
          type="button"
          class="pr-key pr-key-fn pr-key-layer"
          // Its name starts with what it shows, so "123" spoken or heard finds it, then says what it is.
          aria-label={`${layerLabel} ${t(symbols ? 'keyboard.letters' : 'keyboard.numbers')}`}
          onPointerDown={keep}
          onClick={() => setSymbols((s) => !s)}
        >
          <span lang="en">{layerLabel}</span>
        </button>
        <button type="button" class="pr-key pr-key-space" onPointerDown={keep} onClick={() => onKey(' ')}>
          <span dir="auto">{t('keyboard.space')}</span>
        </button>
        <button type="button" class="pr-key pr-key-fn pr-key-hide" onPointerDown={keep} onClick={onHide}>
          <span dir="auto">{t('keyboard.hide')}</span>
        </button>
      </div>
    </fieldset>
  );
}

/** The upward arrow tablets show on Shift: outlined when off, filled when on, underlined when held. */
function ShiftIcon() {
  return (
    <svg class="pr-key-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path class="pr-shift-arrow" d="M12 3 3 12.5h5V19h8v-6.5h5z" />
      <path class="pr-shift-bar" d="M8 21.5h8" />
    </svg>
  );
}

/** The "rub out" key tablets show: a left-pointing tag with a cross. */
function DeleteIcon() {
  return (
    <svg class="pr-key-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M8.5 5H21v14H8.5L2 12z" />
      <path d="m11.5 9 6 6m0-6-6 6" />
    </svg>
  );
}
