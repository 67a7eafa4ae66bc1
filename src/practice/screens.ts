import type { EmailId } from './emails';
import type { ScreenDef } from './screen-types';

/** The practice inbox, newest first. */
const INBOX: readonly EmailId[] = ['nhs-login-code', 'pharmacy-ready', 'family-lunch', 'hub-news'];

/**
 * The kit of practice screens. Order, headings and button labels follow the real
 * services (shared/PRACTICE-SCREENS.md) closely enough to build recognition.
 */
export const screens = {
  // Tablet basics
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
  // Asking the GP surgery for help online: the surgery's own form, made by another company
  // (Patchs, Accurx, eConsult…) and opened from the NHS App. One question per page.
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

  // A mail app, as on a tablet or phone. Its inbox and emails are data (emails.ts), so another
  // lesson can add a screen with other emails in the same inbox.
  'email-mailboxes': {
    look: 'email',
    blocks: [
      {
        kind: 'mailboxes',
        items: [{ id: 'inbox', unread: 2 }, { id: 'sent' }, { id: 'drafts' }, { id: 'junk' }, { id: 'bin' }],
      },
    ],
  },
  'email-inbox': {
    look: 'email',
    back: true,
    blocks: [{ kind: 'inbox', rows: INBOX.map((id, i) => ({ id, unread: i < 2 })) }],
  },
  /** The same inbox once the NHS login email has been read. */
  'email-inbox-read': {
    look: 'email',
    back: true,
    blocks: [{ kind: 'inbox', rows: INBOX.map((id) => ({ id, unread: id === 'pharmacy-ready' })) }],
  },
  'email-nhs-login-code': {
    look: 'email',
    back: true,
    blocks: [{ kind: 'email', id: 'nhs-login-code' }],
  },
  // NHS login: setting it up and proving who you are (white pages under the blue NHS header)
  'login-email': {
    look: 'nhs-login',
    blocks: [
      { kind: 'field', id: 'email' },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  'login-password': {
    look: 'nhs-login',
    back: true,
    blocks: [
      { kind: 'text', id: 'rules' },
      { kind: 'field', id: 'password' },
      { kind: 'field', id: 'password-again' },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  'login-phone': {
    look: 'nhs-login',
    back: true,
    blocks: [
      { kind: 'text', id: 'why' },
      { kind: 'field', id: 'mobile' },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  'login-code': {
    look: 'nhs-login',
    back: true,
    blocks: [
      { kind: 'text', id: 'sent' },
      { kind: 'field', id: 'code' },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  'login-prove': {
    look: 'nhs-login',
    blocks: [
      { kind: 'text', id: 'why' },
      { kind: 'text', id: 'how' },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  'login-photo-id': {
    look: 'nhs-login',
    back: true,
    blocks: [
      { kind: 'radios', items: ['yes', 'no'] },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  'login-face-scan': {
    look: 'nhs-login',
    back: true,
    blocks: [
      { kind: 'face-circle' },
      { kind: 'text', id: 'how' },
      { kind: 'button', id: 'start-scan', style: 'primary' },
      { kind: 'button', id: 'use-video', style: 'secondary' },
    ],
  },
  'login-gp-details': {
    look: 'nhs-login',
    back: true,
    blocks: [
      { kind: 'text', id: 'letter' },
      { kind: 'field', id: 'ods-code' },
      { kind: 'field', id: 'account-id' },
      { kind: 'field', id: 'linkage-key' },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },

  // A phone's text messages: the list of conversations, and one conversation
  'sms-inbox': {
    look: 'sms',
    blocks: [{ kind: 'threads', items: ['nhs', 'friend', 'pharmacy'] }],
  },
  'sms-nhs-code': {
    look: 'sms',
    blocks: [{ kind: 'message', id: 'code' }],
  },
  // Log in each time (lesson log-in-each-time): the NHS App's first page, NHS login's password
  // page and its password reset, the offer of face or fingerprint, and Profile with "Log out".
  'nhs-access': {
    look: 'nhs',
    blocks: [
      { kind: 'text', id: 'intro' },
      { kind: 'text', id: 'who' },
      { kind: 'button', id: 'continue-login', style: 'primary' },
    ],
  },
  'login-enter-password': {
    look: 'nhs-login',
    back: true,
    blocks: [
      { kind: 'field', id: 'password' },
      { kind: 'link', id: 'forgotten' },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  'login-reset-password': {
    look: 'nhs-login',
    back: true,
    blocks: [
      { kind: 'text', id: 'how' },
      { kind: 'field', id: 'email' },
      { kind: 'button', id: 'continue', style: 'primary' },
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

  // ── Stay safe (lesson stay-safe): a fake "NHS" text and a fake "NHS" email, in the same phone
  // and mail app as the lessons before. Their links are only words and go nowhere; Delete and
  // Move to Junk only move the lesson on. The sender's number is from Ofcom's range for drama.
  'sms-inbox-scam': {
    look: 'sms',
    blocks: [{ kind: 'threads', items: ['scam', 'nhs', 'friend'] }],
  },
  'sms-scam-text': {
    look: 'sms',
    blocks: [
      { kind: 'message', id: 'scam', link: 'nhs-vaccine-booking.com/pay' },
      { kind: 'text', id: 'not-contact' },
      { kind: 'actions', items: ['delete'] },
    ],
  },
  'email-inbox-scam': {
    look: 'email',
    back: true,
    blocks: [
      {
        kind: 'inbox',
        rows: [{ id: 'nhs-scam', unread: true }, { id: 'nhs-login-code' }, { id: 'pharmacy-ready', unread: true }],
      },
    ],
  },
  'email-scam-nhs': {
    look: 'email',
    back: true,
    blocks: [
      { kind: 'email', id: 'nhs-scam' },
      { kind: 'actions', items: ['move-to-junk'] },
    ],
  },

  // ── Lesson "Get help from NHS 111" (nhs-111) ──
  // The NHS App's home scrolled down to "NHS information and support", where 111 online is: the
  // whole home is too tall for the card to be in sight with the lesson's words beside it.
  'nhs-home-support': {
    look: 'nhs',
    nav: true,
    help: true,
    blocks: [{ kind: 'cards', heading: 'info', items: ['check-symptoms', 'health-a-z', 'find-services'] }],
  },
  // NHS 111 online, opened from the NHS App's home: a white NHS website page under the blue header.
  // The emergency check comes first; then who it is for, the main symptom, one question per page,
  // and an end page saying what to do and where. No diagnosis.
  '111-start': {
    look: 'nhs-111',
    blocks: [
      { kind: 'text', id: 'what' },
      { kind: 'text', id: 'postcode' },
      { kind: 'button', id: 'start', style: 'primary' },
    ],
  },
  '111-emergency': {
    look: 'nhs-111',
    back: true,
    blocks: [
      { kind: 'text', id: 'ask' },
      { kind: 'list', items: ['chest-pain', 'stroke', 'bleeding'] },
      { kind: 'button', id: 'none', style: 'primary' },
    ],
  },
  '111-about-you': {
    look: 'nhs-111',
    back: true,
    blocks: [
      { kind: 'radios', items: ['female', 'male'] },
      { kind: 'field', id: 'age' },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  '111-symptom': {
    look: 'nhs-111',
    back: true,
    blocks: [
      { kind: 'text', id: 'choose' },
      { kind: 'cards', items: ['cough', 'headache', 'stomach-pain', 'rash'] },
    ],
  },
  '111-question': {
    look: 'nhs-111',
    back: true,
    blocks: [
      { kind: 'radios', items: ['yes', 'no', 'not-sure'] },
      { kind: 'button', id: 'next-question', style: 'primary' },
    ],
  },
  '111-result': {
    look: 'nhs-111',
    blocks: [
      { kind: 'text', id: 'what-to-do' },
      { kind: 'text', id: 'call-back' },
      { kind: 'text', id: 'worse' },
    ],
  },
} as const satisfies Record<string, ScreenDef>;

export type ScreenId = keyof typeof screens;
