import type { EmailId } from '../emails';
import type { ScreenDef } from '../screen-types';

/** The practice inbox, newest first. */
const INBOX: readonly EmailId[] = ['nhs-login-code', 'pharmacy-ready', 'family-lunch', 'hub-news'];

/**
 * A mail app, as on a tablet or phone. Its inbox and emails are data (../emails.ts), so another
 * lesson can add a screen with other emails in the same inbox.
 */
export const emailScreens = {
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
  // A fake "NHS" email (lesson stay-safe): its link is only words; Move to Junk only moves the
  // lesson on.
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
} as const satisfies Record<string, ScreenDef>;
