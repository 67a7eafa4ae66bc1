import { useEffect, useRef } from 'preact/hooks';

/**
 * Focus that goes back into a pad when the pad asks for another try (a wrong one, or a wait that
 * is over, or a lock to choose again): to the key last pressed, if it is still there and can be
 * pressed, else to the first key that can be. Without it a key disabled while a try is checked,
 * or a pad drawn again, leaves focus on the page itself, and a keyboard or switch user must find
 * the pad again before typing. `refocus` is a count that rises each time; 0 asks for nothing. A
 * pad drawn with a count above 0 (it was away, for a wait) takes focus as it is drawn.
 */
export function usePadFocus(refocus: number, disabled: boolean) {
  const pad = useRef<HTMLFieldSetElement>(null);
  const last = useRef<HTMLButtonElement | null>(null);
  const done = useRef(0);
  const firstKey = () => pad.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  useEffect(() => {
    if (!refocus || refocus === done.current || disabled) return;
    done.current = refocus;
    if (last.current?.isConnected && !last.current.disabled) last.current.focus();
    else firstKey();
  }, [refocus, disabled]);
  /** Call from a key's click: it is the key focus goes back to. */
  const pressed = (event: { currentTarget: EventTarget | null }) => {
    if (event.currentTarget instanceof HTMLButtonElement) last.current = event.currentTarget;
  };
  return { pad, pressed, firstKey };
}
