import '../forms.css';
import './profiles.css';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LockKind } from '../../core/learner';
import { useT } from '../../i18n/use-t';
import { ErrorSummary } from './ErrorSummary';
import { LiveMessage, useLiveMessage } from './LiveMessage';
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
  /**
   * Says the setup's messages, where the one who holds the setup also holds a live message that
   * outlasts it (the volunteer PIN, saved after it is chosen); otherwise the setup has its own.
   */
  say?: (words: string) => void;
  /** The pad takes focus when first drawn: it took the place of the button that opened it. */
  focus?: boolean;
  /** The screen's heading and words, where the setup is the screen: below an error summary. */
  children?: ComponentChildren;
}

/** The pad an error summary links back to: one lock is set at a time. */
const PAD_ID = 'lock-pad';

/**
 * Choosing a PIN or picture password: enter it, then enter it again to be sure. Each stage is
 * said by a live message as well as shown: "Type the same 4 numbers again", then "Your 4
 * numbers are set." Two that do not match are shown as GOV.UK shows an error, a summary above
 * linked to the pad and the same words at the pad, and said; focus stays on the pad throughout,
 * so the next entry can be typed at once.
 */
export function LockSetup({
  kind,
  onSet,
  words,
  pinLength = PIN_LENGTH,
  say: sayAbove,
  focus = false,
  children,
}: Props) {
  const t = useT();
  const text = words ?? {
    choose: t(`new.${kind}-choose`),
    confirm: t(`new.${kind}-confirm`),
    set: t(`new.${kind}-set`),
  };
  const [said, sayHere] = useLiveMessage();
  const say = sayAbove ?? sayHere;
  const [first, setFirst] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [mismatch, setMismatch] = useState(false);
  /** Rises when "Change" brings the pad back: focus goes to it. */
  const [refocus, setRefocus] = useState(focus ? 1 : 0);
  const change = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // The pad, and the key last pressed, are gone: focus goes on to "Change", not the page.
    if (done && (!document.activeElement || document.activeElement === document.body)) change.current?.focus();
  }, [done]);

  const enter = (value: string) => {
    if (first === null) {
      setFirst(value);
      setMismatch(false);
      say(text.confirm);
    } else if (value === first) {
      setDone(true);
      say(text.set);
      onSet(value);
    } else {
      setFirst(null);
      setMismatch(true);
      say(t('new.lock-mismatch'));
    }
  };
  const again = () => {
    setFirst(null);
    setDone(false);
    // Focus goes to the pad's first key, which says its label ("Choose 4 numbers ...").
    setRefocus((n) => n + 1);
    onSet(null);
  };

  const label = first === null ? text.choose : text.confirm;
  const error = mismatch ? t('new.lock-mismatch') : null;
  return (
    <>
      {/* First, and always drawn, so it is in the page before anything is said in it. */}
      {!sayAbove && <LiveMessage said={said} />}
      {done ? (
        <>
          {children}
          <p class="lock-done">
            {text.set}{' '}
            <button type="button" class="button secondary small" ref={change} onClick={again}>
              {t('new.change-lock')}
            </button>
          </p>
        </>
      ) : (
        <div class="lock-setup">
          {error && <ErrorSummary errors={[{ message: error, field: PAD_ID }]} />}
          {children}
          {kind === 'pin' && <p class="field-hint">{t('lock.not-bank-pin')}</p>}
          {/* The same pad for both entries, so focus stays on the key last pressed. */}
          {kind === 'pin' ? (
            <PinPad id={PAD_ID} label={label} length={pinLength} error={error} refocus={refocus} onComplete={enter} />
          ) : (
            <PicturePad id={PAD_ID} label={label} error={error} refocus={refocus} onComplete={enter} />
          )}
        </div>
      )}
    </>
  );
}
