import type { EmailId, InboxRow } from './emails';

/**
 * A practice screen is data: a list of blocks. The renderer draws them and the lesson
 * validator reads the same data to know which targets exist, so the two never disagree.
 * Words come from locales/<lang>/practice.json under screens.<screen-id>.
 */
export type Block =
  /** A plain paragraph: screens.<screen>.<id> */
  | { kind: 'text'; id: string }
  /** A bulleted list, each item a text: screens.<screen>.<item> (nothing to tap) */
  | { kind: 'list'; items: readonly string[] }
  /** Card links, whole card tappable: screens.<screen>.<item> (optional heading key) */
  | { kind: 'cards'; heading?: string; items: readonly string[] }
  /** One choice from several: screens.<screen>.<item> */
  | { kind: 'radios'; items: readonly string[] }
  /** Any number of choices: screens.<screen>.<item> */
  | { kind: 'checks'; items: readonly string[] }
  /**
   * A text box typed with the practice keyboard: screens.<screen>.<id> is its label. A password
   * (`caseMatters`) is done only when typed exactly, capitals and all, as a real one must be.
   */
  | { kind: 'field'; id: string; multiline?: boolean; caseMatters?: boolean }
  /** Rows of label and value, each with a "Change" link tapped as change-<row> */
  | { kind: 'summary'; rows: readonly string[] }
  /** A green confirmation panel: screens.<screen>.<id>.title and .body */
  | { kind: 'panel'; id: string }
  /** A text link that opens another page ("Forgotten your password?", "Log out"): screens.<screen>.<id> */
  | { kind: 'link'; id: string }
  /** A button: screens.<screen>.<id>, or common.<id> */
  | { kind: 'button'; id: string; style?: 'primary' | 'secondary' }
  /** Big coloured shapes to tap, for tablet basics: screens.<screen>.<item> */
  | { kind: 'shapes'; items: readonly string[] }
  /** A long scrolling list of rows (screens.<screen>.row with {{n}}) ending in a button */
  | { kind: 'long-list'; rows: number; target: string }
  /** A mail app's folders, each a row to tap: screens.<screen>.<item>; the unread count is data */
  | { kind: 'mailboxes'; items: readonly { id: string; unread?: number }[] }
  /** An inbox, newest first: one row per email (emails.<id>), tapped as the email's id */
  | { kind: 'inbox'; rows: readonly InboxRow[] }
  /** One email, opened: its subject is the screen's heading; a code in it is tapped as "code" */
  | { kind: 'email'; id: EmailId }

  /** A phone's list of text conversations, each tappable: screens.<screen>.<item>.name, .preview, .time */
  | { kind: 'threads'; items: readonly string[] }
  /**
   * One text message received in a conversation: screens.<screen>.<id>.body and .time. A link in it
   * is data, the same in every language, drawn as a link but never a control: it goes nowhere.
   */
  | { kind: 'message'; id: string; link?: string }
  /** The phone's or mail app's own actions on what is open (Delete, Move to Junk): screens.<screen>.<item> */
  | { kind: 'actions'; items: readonly string[] }
  /** The camera's view with a circle to put a face in (drawn, no camera is used) */
  | { kind: 'face-circle' }
  /**
   * A tablet's list of Wi-Fi networks, each a row to tap: screens.<screen>.<id> is its name, the
   * same in every language. A padlock shows it needs a password; the one joined has a tick and
   * screens.<screen>.connected, and the tablet's bar at the top shows the Wi-Fi fan.
   */
  | { kind: 'networks'; items: readonly WifiNetwork[] }
  /** An app store's search results, each a row to tap: screens.<screen>.<id>.name and .maker */
  | { kind: 'apps'; items: readonly StoreApp[] }
  /** The top of an app's page in an app store: its picture and who made it, screens.<screen>.maker */
  | { kind: 'app-header'; icon: AppIcon };

/** A Wi-Fi network in range, as a tablet lists it. */
export interface WifiNetwork {
  id: string;
  /** Needs a password (a padlock beside its name). */
  locked?: boolean;
  /** The one the tablet is on now. */
  joined?: boolean;
}

/**
 * An app's picture in a store: drawn shapes, never a real logo. A copy of an app often looks like
 * it ("lookalike"), which is why the lesson teaches to check who made it.
 */
export type AppIcon = 'health-blue' | 'lookalike' | 'steps-green';

export interface StoreApp {
  id: string;
  icon: AppIcon;
}

export interface ScreenDef {
  /**
   * nhs: looks like the NHS App, with its top bar; nhs-login: a white NHS login page with the blue
   * NHS header; nhs-111: NHS 111 online, a white NHS website page under the blue NHS header; email: a plain mail app, as on a tablet; sms: a phone's text messages; tablet: a
   * page of the tablet-basics exercises; settings: a tablet's own Settings app; store: an app
   * store. The last two are neither Apple's nor Google's exactly: the lesson says so.
   */
  look: 'nhs' | 'nhs-login' | 'nhs-111' | 'email' | 'sms' | 'tablet' | 'settings' | 'store';
  /** Adds a "Back" link, tapped as "back". */
  back?: boolean;
  /** Adds the blue bottom bar: nav-home, nav-messages, nav-profile. */
  nav?: boolean;
  /** Adds "App help" in the top bar, tapped as "app-help". */
  help?: boolean;
  blocks: readonly Block[];
}

/**
 * Whether a screen stands for a real app (the NHS App, a mail app), in the app's English with the
 * learner's words beneath; the tablet-basics pages are exercises, in the learner's language only.
 */
export const isApp = (def: ScreenDef): boolean => def.look !== 'tablet';

/** A screen that shows one email has no title of its own: the email's subject is its heading. */
export const showsEmail = (def: ScreenDef): boolean => def.blocks.some((b) => b.kind === 'email');
