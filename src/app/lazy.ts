import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface Lazy<T> {
  /** Starts loading the code (once) and resolves when it is ready. */
  load: () => Promise<T>;
  /** What the code holds, if it is already here. */
  ready: () => T | null;
}

/** Code that loads the first time it is wanted, keeping the start screen small. */
export function lazy<T>(importer: () => Promise<T>): Lazy<T> {
  let value: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    load: () => {
      loading ??= importer().then(
        (v) => {
          value = v;
          return v;
        },
        (error: unknown) => {
          // Not kept: the next time the code is wanted, it is asked for again.
          loading = null;
          throw error;
        },
      );
      return loading;
    },
    ready: () => value,
  };
}

export type LazyScreen<P> = Lazy<ComponentType<P>>;

/** A screen whose code loads the first time it is wanted. */
export const lazyScreen = <P>(importer: () => Promise<{ default: ComponentType<P> }>): LazyScreen<P> =>
  lazy(() => importer().then((m) => m.default));

/**
 * The code's value when wanted and loaded (at once if it is already here), null while it loads,
 * or 'failed' when it could not be fetched: a second tab after another accepted an update, or a
 * cache the browser cleared, while offline.
 */
export function useLazy<T>(code: Lazy<T>, wanted: boolean): T | null | 'failed' {
  // Wrapped, as a screen is a function and useState would call it.
  const [value, setValue] = useState<{ v: T } | null>(() => {
    const here = code.ready();
    return here === null ? null : { v: here };
  });
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted || value) return;
    let live = true;
    setFailed(false);
    code.load().then(
      (v) => {
        if (live) setValue({ v });
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [code, wanted, value]);
  if (value) return value.v;
  return failed ? 'failed' : null;
}
