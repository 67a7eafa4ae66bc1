import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface LazyScreen<P> {
  /** Starts loading the screen's code (once) and resolves when it is ready. */
  load: () => Promise<ComponentType<P>>;
  /** The screen, if its code is already here. */
  ready: () => ComponentType<P> | null;
}

/** A screen whose code loads the first time it is wanted, keeping the start screen small. */
export function lazyScreen<P>(importer: () => Promise<{ default: ComponentType<P> }>): LazyScreen<P> {
  let component: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  return {
    load: () => {
      loading ??= importer().then(
        (m) => {
          component = m.default;
          return m.default;
        },
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      return loading;
    },
    ready: () => component,
  };
}

/** The screen when wanted and loaded; renders at once if its code is already here. */
export function useLazy<P>(screen: LazyScreen<P>, wanted: boolean): ComponentType<P> | null {
  const [component, setComponent] = useState<ComponentType<P> | null>(() => screen.ready());
  useEffect(() => {
    if (!wanted || component) return;
    let live = true;
    void screen.load().then((c) => {
      if (live) setComponent(() => c);
    });
    return () => {
      live = false;
    };
  }, [screen, wanted, component]);
  return component;
}
