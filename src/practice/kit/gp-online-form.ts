import type { ScreenDef } from '../screen-types';

/**
 * A GP surgery's online form (Patchs, Accurx, eConsult…), opened from the NHS App: one
 * question per page.
 */
export const gpOnlineFormScreens = {
  'consult-who': {
    look: 'nhs',
    back: true,
    blocks: [
      { kind: 'text', id: 'provided-by' },
      { kind: 'radios', items: ['myself', 'someone-else'] },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  'consult-type': {
    look: 'nhs',
    back: true,
    blocks: [
      { kind: 'text', id: 'kinds' },
      { kind: 'radios', items: ['medical', 'admin'] },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  'consult-describe': {
    look: 'nhs',
    back: true,
    blocks: [
      { kind: 'field', id: 'problem', multiline: true },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  'consult-contact': {
    look: 'nhs',
    back: true,
    blocks: [
      { kind: 'radios', items: ['contact-app', 'contact-phone', 'contact-text'] },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  'consult-check': {
    look: 'nhs',
    back: true,
    blocks: [
      { kind: 'summary', rows: ['who', 'type', 'problem', 'contact'] },
      { kind: 'button', id: 'send', style: 'primary' },
    ],
  },
  'consult-sent': {
    look: 'nhs',
    nav: true,
    blocks: [
      { kind: 'panel', id: 'sent' },
      { kind: 'text', id: 'if-worse' },
    ],
  },
} as const satisfies Record<string, ScreenDef>;
