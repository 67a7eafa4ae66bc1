import { useEffect, useState } from 'preact/hooks';
import type { Observable } from '../core/observable';

export { type Observable, observable } from '../core/observable';

/** The value now, redrawing the screen whenever it changes. */
export function useObservable<T>(o: Observable<T>): T {
  const [value, setValue] = useState(o.get);
  useEffect(() => {
    setValue(o.get());
    return o.subscribe(setValue);
  }, [o]);
  return value;
}
