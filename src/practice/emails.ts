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
}

export const emails = {
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

/** The security code in an email, if it holds one. */
export const codeIn = (id: EmailId): string | undefined => (emails[id] as EmailDef).code;
