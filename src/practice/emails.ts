/**
 * The emails of the practice mail app, shared by every lesson that shows an inbox or an open
 * email, so a later lesson can show the same inbox with a different email in it (a fake one, say).
 * Who sent an email, when, and any code in it are the same in every language; its words are in
 * locales/<lang>/practice.json under emails.<id>: subject, preview and body, and `after` (the
 * words after the code) when it holds a code.
 */
export interface EmailDef {
  /** The sender's name as the inbox shows it: a name, never translated. */
  sender: string;
  /** The time or day the inbox shows, in the app's English: "10:42", "28 Nov". */
  time: string;
  /** A security code in the email, drawn on its own line and tapped as "code". */
  code?: string;
  /**
   * The sender's email address, shown under the name when the email is open and tapped as
   * "sender", as a learner checks who really sent it: a name anyone can type, an address not.
   */
  address?: string;
  /** A link in the email, drawn as a link but never a control: it goes nowhere. */
  link?: string;
}

export const emails = {
  // A fake email that says it is from the NHS, for the "Stay safe" lesson: the name says NHS, the
  // address does not. The addresses are made up, and drawn as words that go nowhere.
  'nhs-scam': {
    sender: 'NHS',
    time: '11:20',
    address: 'nhs.records@secure-update-uk.com',
    link: 'nhs-records-confirm.com/login',
  },
  'nhs-login-code': { sender: 'NHS login', time: '10:42', code: '482913' },
  'pharmacy-ready': { sender: 'Green Street Pharmacy', time: '09:15' },
  'family-lunch': { sender: 'Maria', time: '28 Nov' },
  'hub-news': { sender: 'Community Hub', time: '27 Nov' },
} as const satisfies Record<string, EmailDef>;

export type EmailId = keyof typeof emails;

/** One row of an inbox: which email, and whether it is still unread (drawn bold). */
export interface InboxRow {
  id: EmailId;
  unread?: boolean;
}

/** The sender's address of an email, if it shows one (tapped as "sender"). */
export const addressOf = (id: EmailId): string | undefined => (emails[id] as EmailDef).address;

/** The link drawn in an email, if it holds one. */
export const linkIn = (id: EmailId): string | undefined => (emails[id] as EmailDef).link;

/** The security code in an email, if it holds one. */
export const codeIn = (id: EmailId): string | undefined => (emails[id] as EmailDef).code;
