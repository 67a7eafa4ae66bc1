import { useEffect, useMemo, useState } from 'preact/hooks';

export type Route =
  | { name: 'home' }
  | { name: 'settings' }
  | { name: 'new-learner' }
  | { name: 'card' }
  | { name: 'me' }
  | { name: 'language' }
  | { name: 'restore' }
  | { name: 'sign-in'; learnerId: string }
  | { name: 'lesson'; lessonId: string; step: number | null };

/** Routes live in the hash, so the one cached page serves every screen, online or not. */
export function parseRoute(hash: string): Route {
  const m = /^#\/lesson\/([a-z0-9-]+)(?:\/(\d+))?$/.exec(hash);
  if (m?.[1]) return { name: 'lesson', lessonId: m[1], step: m[2] ? Number(m[2]) : null };
  if (hash === '#/settings') return { name: 'settings' };
  if (hash === '#/new') return { name: 'new-learner' };
  if (hash === '#/card') return { name: 'card' };
  if (hash === '#/me') return { name: 'me' };
  if (hash === '#/language') return { name: 'language' };
  if (hash === '#/restore') return { name: 'restore' };
  const signIn = /^#\/sign-in\/([\w-]+)$/.exec(hash);
  if (signIn?.[1]) return { name: 'sign-in', learnerId: signIn[1] };
  return { name: 'home' };
}

/** A lesson, at a step (1-based) or where the learner stopped. */
export const lessonHref = (lessonId: string, step?: number) =>
  step ? `#/lesson/${lessonId}/${step}` : `#/lesson/${lessonId}`;

/** Screens told the moment `go` changes the address, before the browser's hashchange arrives. */
const watchers = new Set<() => void>();

/**
 * The screen's address. `go` reports a change at once, so a change of screen made in the same
 * moment as another change (a step's save completing) is drawn in one render with it, not in a
 * second one when the hashchange arrives; that event then finds nothing new.
 */
export function useRoute(): Route {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const onChange = () => setHash(location.hash);
    addEventListener('hashchange', onChange);
    watchers.add(onChange);
    // The address may have changed between the first render and now, with no one listening.
    onChange();
    return () => {
      removeEventListener('hashchange', onChange);
      watchers.delete(onChange);
    };
  }, []);
  return useMemo(() => parseRoute(hash), [hash]);
}

export function go(href: string, replace = false): void {
  // replaceState fires no hashchange: the watchers are how screens hear of it.
  if (replace) history.replaceState(null, '', href);
  else location.hash = href.slice(1);
  for (const watch of watchers) watch();
}
