import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** Loads a screen's code the first time it is wanted, keeping the start screen small. */
export function useLazy<P>(
  load: () => Promise<{ default: ComponentType<P> }>,
  wanted: boolean,
): ComponentType<P> | null {
  const [component, setComponent] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    if (!wanted || component) return;
    let live = true;
    void load().then((m) => {
      if (live) setComponent(() => m.default);
    });
    return () => {
      live = false;
    };
  }, [load, wanted, component]);
  return component;
}
