/**
 * A practice screen is data: a list of blocks. The renderer draws them and the lesson
 * validator reads the same data to know which targets exist, so the two never disagree.
 * Words come from locales/<lang>/practice.json under screens.<screen-id>.
 */
export type Block =
  /** A plain paragraph: screens.<screen>.<id> */
  | { kind: 'text'; id: string }
  /** Card links, whole card tappable: screens.<screen>.<item> (optional heading key) */
  | { kind: 'cards'; heading?: string; items: readonly string[] }
  /** One choice from several: screens.<screen>.<item> */
  | { kind: 'radios'; items: readonly string[] }
  /** Any number of choices: screens.<screen>.<item> */
  | { kind: 'checks'; items: readonly string[] }
  /** A text box typed with the practice keyboard: screens.<screen>.<id> is its label */
  | { kind: 'field'; id: string; multiline?: boolean }
  /** Rows of label and value, each with a "Change" link tapped as change-<row> */
  | { kind: 'summary'; rows: readonly string[] }
  /** A green confirmation panel: screens.<screen>.<id>.title and .body */
  | { kind: 'panel'; id: string }
  /** A button: screens.<screen>.<id>, or common.<id> */
  | { kind: 'button'; id: string; style?: 'primary' | 'secondary' }
  /** Big coloured shapes to tap, for tablet basics: screens.<screen>.<item> */
  | { kind: 'shapes'; items: readonly string[] }
  /** A long scrolling list of rows (screens.<screen>.row with {{n}}) ending in a button */
  | { kind: 'long-list'; rows: number; target: string }
  /** A phone's list of text conversations, each tappable: screens.<screen>.<item>.name, .preview, .time */
  | { kind: 'threads'; items: readonly string[] }
  /** One text message received in a conversation: screens.<screen>.<id>.body and .time */
  | { kind: 'message'; id: string }
  /** The camera's view with a circle to put a face in (drawn, no camera is used) */
  | { kind: 'face-circle' };

export interface ScreenDef {
  /**
   * nhs: looks like the NHS App, with its top bar; nhs-login: a white NHS login page with the blue
   * NHS header; sms: a phone's text messages; tablet: a plain tablet page.
   */
  look: 'nhs' | 'nhs-login' | 'sms' | 'tablet';
  /** Adds a "Back" link, tapped as "back". */
  back?: boolean;
  /** Adds the blue bottom bar: nav-home, nav-messages, nav-profile. */
  nav?: boolean;
  /** Adds "App help" in the top bar, tapped as "app-help". */
  help?: boolean;
  blocks: readonly Block[];
}
