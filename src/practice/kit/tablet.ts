import type { ScreenDef } from '../screen-types';

/**
 * The tablet-basics exercises: plain pages, no app around them.
 */
export const tabletScreens = {
  'basics-tap': {
    look: 'tablet',
    blocks: [
      { kind: 'text', id: 'intro' },
      { kind: 'shapes', items: ['circle', 'square', 'star'] },
    ],
  },
  'basics-button': {
    look: 'tablet',
    blocks: [
      { kind: 'text', id: 'intro' },
      { kind: 'button', id: 'big-button', style: 'primary' },
      { kind: 'button', id: 'other-button', style: 'secondary' },
    ],
  },
  'basics-scroll': {
    look: 'tablet',
    blocks: [
      { kind: 'text', id: 'intro' },
      { kind: 'long-list', rows: 14, target: 'bottom-button' },
    ],
  },
  'basics-type': {
    look: 'tablet',
    blocks: [
      { kind: 'text', id: 'intro' },
      { kind: 'field', id: 'message' },
      { kind: 'button', id: 'send', style: 'primary' },
    ],
  },
} as const satisfies Record<string, ScreenDef>;
