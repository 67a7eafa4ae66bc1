import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n/use-t';
import { idleMinutes, touchSession } from './session';

const WARN_BEFORE_MS = 60_000;
const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/**
 * Signs the learner (and an unlocked volunteer) out after a while without a tap, so the next
 * person on a shared tablet never lands in someone else's progress; warns a minute before.
 */
export function IdleGuard({ onIdle }: { onIdle: () => void }) {
  const t = useT();
  const [warning, setWarning] = useState(false);
  const stay = useRef<HTMLButtonElement>(null);

  // Armed in the same commit that first shows the learner's screen, not a frame later.
  useLayoutEffect(() => {
    const limit = idleMinutes() * 60_000;
    const warnAt = limit - Math.min(WARN_BEFORE_MS, limit / 2);
    let last = Date.now();
    let noted = last;
    const onActivity = () => {
      last = Date.now();
      setWarning(false);
      // Remembered across a reload, but not written on every single tap.
      if (last - noted > 10_000) {
        noted = last;
        touchSession();
      }
    };
    for (const type of ACTIVITY) addEventListener(type, onActivity, { passive: true, capture: true });
    const timer = setInterval(() => {
      const idle = Date.now() - last;
      if (idle >= limit) {
        onIdle();
      } else if (idle >= warnAt) {
        setWarning(true);
      }
    }, 1000);
    return () => {
      clearInterval(timer);
      for (const type of ACTIVITY) removeEventListener(type, onActivity, { capture: true });
    };
  }, []);

  useEffect(() => {
    if (warning) stay.current?.focus();
  }, [warning]);

  if (!warning) return null;
  return (
    <div class="idle-backdrop">
      <div
        class="idle-warning"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="idle-title"
        aria-describedby="idle-text"
      >
        <h2 id="idle-title">{t('idle.title')}</h2>
        <p id="idle-text">{t('idle.text')}</p>
        <button type="button" class="button primary" ref={stay} onClick={() => setWarning(false)}>
          {t('idle.stay')}
        </button>
      </div>
    </div>
  );
}
