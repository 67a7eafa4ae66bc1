import type { ComponentChildren } from 'preact';
import { createPortal } from 'preact/compat';

/** Shows a step's feedback in the player's footer, which stays in view on a tablet. */
export function Feedback({ into, children }: { into: HTMLElement | null; children: ComponentChildren }) {
  // biome-ignore lint/complexity/noUselessFragments: createPortal takes one element, and the children may be none.
  return into ? createPortal(<>{children}</>, into) : null;
}
