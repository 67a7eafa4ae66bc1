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
  /**
   * Rows of label and value, each with a "Change" link tapped as change-<row>; without the links
   * (change: false) where nothing can be changed, as on a test result
   */
  | { kind: 'summary'; rows: readonly string[]; change?: false }
  /** A green confirmation panel: screens.<screen>.<id>.title and .body */
  | { kind: 'panel'; id: string }
  /** A yellow warning callout ("Important"): screens.<screen>.<id>.title and .body (nothing to tap) */
  | { kind: 'warning'; id: string }
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
   * With `opens`, as in a surgery's invitation to a video call, the link is a button, tapped as
   * "link" and named by the link itself, that only moves the lesson on to the page it would open.
   */
  | { kind: 'message'; id: string; link?: string; opens?: boolean }
  /** The phone's or mail app's own actions on what is open (Delete, Move to Junk): screens.<screen>.<item> */
  | { kind: 'actions'; items: readonly string[] }
  /** The camera's view with a circle to put a face in (drawn, no camera is used) */
  | { kind: 'face-circle' }

  /**
   * The internet app asking to use the camera and microphone, as it does when a video call's page
   * opens, in one sentence (screens.<screen>.wants), and its buttons block and allow.
   */
  | { kind: 'permission' }
  /**
   * The small picture of yourself before a call (common.you), drawn: practice never turns the
   * camera on. With `meter`, the microphone's green bars and their words, screens.<screen>.<meter>.
   */
  | { kind: 'self-view'; meter?: string }
  /**
   * A video call: the clinician large (screens.<screen>.clinician), yourself small (common.you),
   * drawn. `muted` shows the call's own warning that your microphone is off (screens.<screen>.muted).
   */
  | { kind: 'call-view'; muted?: boolean }
  /**
   * A video call's buttons along its foot, each screens.<screen>.<id> or common.<id>: the
   * microphone, the camera, and leaving. `off` draws a microphone or camera that is off, crossed out.
   */
  | { kind: 'call-controls'; items: readonly CallControl[] }
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

/** One button of a video call: what it is for, and whether it is off now. */
export interface CallControl {
  id: string;
  icon: 'microphone' | 'camera' | 'leave';
  off?: boolean;
}

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
   * page of the tablet-basics exercises; video: a GP surgery's video consultation, a plain NHS-style
   * web page opened in the internet app, under its address bar; settings: a tablet's own Settings
   * app; store: an app store. The last two are neither Apple's nor Google's exactly: the lesson
   * says so.
   */
  look: 'nhs' | 'nhs-login' | 'nhs-111' | 'email' | 'sms' | 'tablet' | 'video' | 'settings' | 'store';
  /** The address the internet app shows above the page, the same in every language. */
  address?: string;
  /** Adds a "Back" link, tapped as "back". */
  back?: boolean;
  /** Adds the blue bottom bar: nav-home, nav-messages, nav-profile. */
  nav?: boolean;
  /** Adds "App help" in the top bar, tapped as "app-help". */
  help?: boolean;
  /**
   * Adds the yellow banner the NHS App shows under its top bar while someone uses a linked profile:
   * "Acting for <name>" (screens.<screen>.acting) and the link "Switch back to your profile",
   * tapped as "switch-back", on every page until they switch back.
   */
  acting?: boolean;
  blocks: readonly Block[];
}

/**
 * Whether a screen stands for a real app (the NHS App, a mail app), in the app's English with the
 * learner's words beneath; the tablet-basics pages are exercises, in the learner's language only.
 */
export const isApp = (def: ScreenDef): boolean => def.look !== 'tablet';

/** A screen that shows one email has no title of its own: the email's subject is its heading. */
export const showsEmail = (def: ScreenDef): boolean => def.blocks.some((b) => b.kind === 'email');
