import type { JargonEntry } from '../core/plain-english';

/**
 * Words that lessons must not use, with what to say instead. Computer and office words that
 * learners new to tablets do not know; the names of real services (NHS App, NHS login, GP)
 * are not jargon here, because learners will meet them and must recognise them.
 *
 * A word the real NHS App or NHS login shows on screen is taught, not banned: "Log in",
 * "Access your NHS account", "Enter your email address", "Select an appointment type",
 * "online consultation", "Remember this device", "Submit" (shared/PRACTICE-SCREENS.md).
 * tests/unit/plain-english.test.ts checks this list against those labels.
 */
export const JARGON: readonly JargonEntry[] = [
  { word: 'click', instead: 'tap' },
  { word: 'navigate', instead: 'go to' },
  { word: 'input', instead: 'type' },
  { word: 'interface', instead: 'screen' },
  { word: 'functionality', instead: 'what it does' },
  { word: 'utilise', instead: 'use' },
  { word: 'utilize', instead: 'use' },
  { word: 'authenticate', instead: 'prove who you are' },
  { word: 'credentials', instead: 'email and password' },
  { word: 'username', instead: 'email address' },
  { word: 'toggle', instead: 'switch' },
  { word: 'drop-down', instead: 'list' },
  { word: 'dropdown', instead: 'list' },
  { word: 'menu bar', instead: 'the bar at the bottom' },
  { word: 'icon', instead: 'picture' },
  { word: 'cursor', instead: 'the line where letters appear' },
  { word: 'URL', instead: 'web address' },
  { word: 'browser', instead: 'internet app' },
  { word: 'configure', instead: 'set up' },
  { word: 'prior to', instead: 'before' },
  { word: 'in order to', instead: 'to' },
  { word: 'commence', instead: 'start' },
  { word: 'obtain', instead: 'get' },
  { word: 'facilitate', instead: 'help' },
  { word: 'medication', instead: 'medicine' },
  { word: 'practitioner', instead: 'GP or nurse' },
  { word: 'e.g.', instead: 'for example' },
  { word: 'i.e.', instead: 'that is' },
  { word: 'etc', instead: 'and so on' },
];
