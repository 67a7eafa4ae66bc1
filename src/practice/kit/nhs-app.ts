import type { ScreenDef } from '../screen-types';

/**
 * The NHS App: its home, appointments, prescriptions, Messages, Profile and the
 * first page before logging in. Order, headings and labels follow the real app.
 */
export const nhsAppScreens = {
  // NHS App: home and appointments
  'nhs-home': {
    look: 'nhs',
    nav: true,
    help: true,
    blocks: [
      {
        kind: 'cards',
        items: ['prescriptions', 'appointments', 'test-results', 'vaccinations', 'health-conditions', 'documents'],
      },
      { kind: 'cards', heading: 'info', items: ['check-symptoms', 'health-a-z', 'find-services'] },
    ],
  },
  appointments: {
    look: 'nhs',
    back: true,
    nav: true,
    blocks: [
      { kind: 'cards', heading: 'gp-surgery', items: ['book', 'manage'] },
      { kind: 'cards', heading: 'hospital', items: ['hospital-appointments'] },
    ],
  },
  'book-choice': {
    look: 'nhs',
    back: true,
    nav: true,
    blocks: [{ kind: 'cards', items: ['ask-problem', 'check-available'] }],
  },
  'book-start': {
    look: 'nhs',
    back: true,
    blocks: [
      { kind: 'panel', id: 'message' },
      { kind: 'button', id: 'start-now', style: 'primary' },
    ],
  },
  'book-type': {
    look: 'nhs',
    back: true,
    blocks: [
      { kind: 'radios', items: ['type-gp', 'type-nurse', 'type-phone', 'type-video'] },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  'book-time': {
    look: 'nhs',
    back: true,
    blocks: [
      { kind: 'radios', items: ['slot-1', 'slot-2', 'slot-3', 'slot-4'] },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  'book-reason': {
    look: 'nhs',
    back: true,
    blocks: [
      { kind: 'field', id: 'reason', multiline: true },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  'book-phone': {
    look: 'nhs',
    back: true,
    blocks: [
      { kind: 'radios', items: ['phone-mobile', 'phone-other'] },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  'book-check': {
    look: 'nhs',
    back: true,
    blocks: [
      { kind: 'summary', rows: ['type', 'time', 'reason', 'phone'] },
      { kind: 'button', id: 'confirm', style: 'primary' },
    ],
  },
  'book-confirmed': {
    look: 'nhs',
    nav: true,
    blocks: [
      { kind: 'panel', id: 'confirmed' },
      { kind: 'text', id: 'next-steps' },
      { kind: 'cards', items: ['manage'] },
    ],
  },

  // NHS App: prescriptions
  prescriptions: {
    look: 'nhs',
    back: true,
    nav: true,
    blocks: [{ kind: 'cards', items: ['request-repeat', 'check-progress', 'choose-pharmacy'] }],
  },
  'rx-pharmacy': {
    look: 'nhs',
    back: true,
    blocks: [
      { kind: 'summary', rows: ['pharmacy'] },
      { kind: 'text', id: 'opening' },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  'rx-choose-pharmacy': {
    look: 'nhs',
    back: true,
    blocks: [
      { kind: 'radios', items: ['pharmacy-1', 'pharmacy-2', 'pharmacy-3'] },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  'rx-medicines': {
    look: 'nhs',
    back: true,
    blocks: [
      { kind: 'checks', items: ['med-1', 'med-2', 'med-3'] },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  'rx-notes': {
    look: 'nhs',
    back: true,
    blocks: [
      { kind: 'field', id: 'notes', multiline: true },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  'rx-check': {
    look: 'nhs',
    back: true,
    blocks: [
      { kind: 'summary', rows: ['medicines', 'pharmacy', 'notes'] },
      { kind: 'button', id: 'confirm', style: 'primary' },
    ],
  },
  'rx-ordered': {
    look: 'nhs',
    nav: true,
    blocks: [
      { kind: 'panel', id: 'ordered' },
      { kind: 'text', id: 'next-steps' },
      { kind: 'cards', items: ['check-progress'] },
    ],
  },

  // NHS App: Messages (the bottom bar's "Messages"), where a GP surgery's replies arrive
  'messages-inbox': {
    look: 'nhs',
    nav: true,
    blocks: [
      { kind: 'cards', heading: 'unread', items: ['msg-reply'] },
      { kind: 'cards', heading: 'earlier', items: ['msg-flu'] },
    ],
  },
  'messages-reply': {
    look: 'nhs',
    back: true,
    nav: true,
    blocks: [
      { kind: 'text', id: 'from' },
      { kind: 'text', id: 'body' },
      { kind: 'cards', items: ['book-test'] },
    ],
  },
  // NHS App: its first page before logging in, the offer of face or fingerprint, and Profile
  // with "Log out".
  'nhs-access': {
    look: 'nhs',
    blocks: [
      { kind: 'text', id: 'intro' },
      { kind: 'text', id: 'who' },
      { kind: 'button', id: 'continue-login', style: 'primary' },
    ],
  },
  'nhs-biometrics': {
    look: 'nhs',
    blocks: [
      { kind: 'text', id: 'how' },
      { kind: 'text', id: 'warning' },
      { kind: 'button', id: 'turn-on', style: 'primary' },
      { kind: 'button', id: 'not-now', style: 'secondary' },
    ],
  },
  'nhs-profile': {
    look: 'nhs',
    nav: true,
    blocks: [
      { kind: 'text', id: 'details' },
      { kind: 'cards', items: ['personal-details', 'app-settings'] },
      { kind: 'link', id: 'log-out' },
    ],
  },

  // The NHS App's home scrolled down to "NHS information and support", where 111 online is: the
  // whole home is too tall for the card to be in sight with the lesson's words beside it.
  'nhs-home-support': {
    look: 'nhs',
    nav: true,
    help: true,
    blocks: [{ kind: 'cards', heading: 'info', items: ['check-symptoms', 'health-a-z', 'find-services'] }],
  },
  // NHS App: linked profiles (proxy access), seen by someone the GP surgery has let act for another
  // person. Their home, scrolled down to "Manage services for another person"; the people they may
  // act for; one person's page; and, once switched, that person's home and Prescriptions under the
  // yellow "Acting for" banner, whose link leads to the page that switches back.
  'nhs-home-linked': {
    look: 'nhs',
    nav: true,
    help: true,
    blocks: [{ kind: 'cards', heading: 'for-others', items: ['linked-profiles'] }],
  },
  'nhs-linked-profiles': {
    look: 'nhs',
    back: true,
    nav: true,
    blocks: [
      { kind: 'text', id: 'intro' },
      { kind: 'cards', items: ['person'] },
    ],
  },
  'nhs-linked-person': {
    look: 'nhs',
    back: true,
    blocks: [
      { kind: 'text', id: 'can' },
      { kind: 'list', items: ['book', 'order', 'record'] },
      { kind: 'button', id: 'switch-to', style: 'primary' },
    ],
  },
  'nhs-home-acting': {
    look: 'nhs',
    nav: true,
    acting: true,
    blocks: [{ kind: 'cards', items: ['prescriptions', 'appointments', 'health-record'] }],
  },
  'nhs-prescriptions-acting': {
    look: 'nhs',
    back: true,
    nav: true,
    acting: true,
    blocks: [{ kind: 'cards', items: ['request-repeat', 'check-progress'] }],
  },
  'nhs-switch-back': {
    look: 'nhs',
    back: true,
    blocks: [
      { kind: 'text', id: 'acting-now' },
      { kind: 'button', id: 'switch-to-mine', style: 'primary' },
    ],
  },
} as const satisfies Record<string, ScreenDef>;
