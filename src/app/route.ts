import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { name: 'home' }
  | { name: 'settings' }
  | { name: 'new-learner' }
  | { name: 'card' }
  | { name: 'language' }
  | { name: 'sign-in'; learnerId: string }
  | { name: 'lesson'; lessonId: string; step: number | null };

/** Routes live in the hash, so the one cached page serves every screen, online or not. */
export function parseRoute(hash: string): Route {
  const m = /^#\/lesson\/([a-z0-9-]+)(?:\/(\d+))?$/.exec(hash);
  if (m?.[1]) return { name: 'lesson', lessonId: m[1], step: m[2] ? Number(m[2]) : null };
  if (hash === '#/settings') return { name: 'settings' };
  if (hash === '#/new') return { name: 'new-learner' };
  if (hash === '#/card') return { name: 'card' };
  if (hash === '#/language') return { name: 'language' };
  const signIn = /^#\/sign-in\/([\w-]+)$/.exec(hash);
  if (signIn?.[1]) return { name: 'sign-in', learnerId: signIn[1] };
  return { name: 'home' };
}

/** A lesson, at a step (1-based) or where the learner stopped. */
export const lessonHref = (lessonId: string, step?: number) =>
  step ? `#/lesson/${lessonId}/${step}` : `#/lesson/${lessonId}`;

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function go(href: string, replace = false): void {
  if (replace) {
    history.replaceState(null, '', href);
    dispatchEvent(new HashChangeEvent('hashchange'));
  } else location.hash = href.slice(1);
}
