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
          // Not kept: the next time the screen is wanted, its code is asked for again.
          loading = null;
          throw error;
        },
      );
      return loading;
    },
    ready: () => component,
  };
}

/**
 * The screen when wanted and loaded (it renders at once if its code is already here), null
 * while it loads, or 'failed' when its code could not be fetched: a second tab after another
 * accepted an update, or a cache the browser cleared, while offline.
 */
export function useLazy<P>(screen: LazyScreen<P>, wanted: boolean): ComponentType<P> | null | 'failed' {
  const [component, setComponent] = useState<ComponentType<P> | null>(() => screen.ready());
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted || component) return;
    let live = true;
    setFailed(false);
    screen.load().then(
      (c) => {
        if (live) setComponent(() => c);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [screen, wanted, component]);
  return failed && !component ? 'failed' : component;
}
