import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

/** The tab's and the history's name for a screen: where the learner is, then the app. */
export const pageTitle = (page: string): string => `${page} – Hubsteps`;

interface Props {
  /** Where the learner is, in their language; the heading's own words if not given. */
  page?: string;
  /** Focus comes back to the heading when this changes (a new step on the same screen). */
  focusKey?: string;
  id?: string;
  class?: string;
  children: ComponentChildren;
}

/**
 * Every screen's h1. When a screen opens it takes focus, so a screen reader starts reading
 * the new screen from its top and a switch or keyboard user starts from there too, instead
 * of being left on the page's body; and the page title says where the learner is.
 */
export function ScreenHeading({ page, focusKey, id, class: className, children }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const title = page ?? (typeof children === 'string' ? children : '');
  useLayoutEffect(() => {
    // preventScroll: the screen has just opened at its top, and the heading is in sight.
    heading.current?.focus({ preventScroll: true });
  }, [focusKey]);
  useEffect(() => {
    if (title) document.title = pageTitle(title);
  }, [title]);
  return (
    <h1 tabIndex={-1} ref={heading} id={id} class={className}>
      {children}
    </h1>
  );
}
