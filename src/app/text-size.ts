import { useEffect } from 'preact/hooks';
import type { TextSize } from '../core/learner';

const SCALE: Record<TextSize, string> = { normal: '100%', large: '125%', largest: '150%' };

/** The learner's chosen text size, for every screen while they are signed in. */
export function useTextSize(size: TextSize): void {
  useEffect(() => {
    document.documentElement.style.fontSize = SCALE[size];
    return () => {
      document.documentElement.style.fontSize = '';
    };
  }, [size]);
}
