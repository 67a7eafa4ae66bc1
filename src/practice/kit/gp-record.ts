import type { ScreenDef } from '../screen-types';

/**
 * The NHS App's GP health record: reached from the home through "Your health", a warning page
 * first, then the record's parts, the test results by date, and one result with the GP
 * surgery's comment. Order and labels follow the real app (shared/PRACTICE-SCREENS.md).
 */
export const gpRecordScreens = {
  // The top of the NHS App's home, as versions with a "Your health" card show it: the whole home
  // is too tall for the card to be in sight beside the lesson's words.
  'nhs-home-your-health': {
    look: 'nhs',
    nav: true,
    help: true,
    blocks: [{ kind: 'cards', items: ['prescriptions', 'appointments', 'your-health'] }],
  },
  'your-health': {
    look: 'nhs',
    back: true,
    nav: true,
    blocks: [{ kind: 'cards', items: ['gp-record', 'vaccine-record', 'organ-donation'] }],
  },
  // The app warns before it opens the record: it may hold sensitive things, and results not yet
  // discussed with a doctor; many surgeries show only what was added after a date.
  'gp-record-warning': {
    look: 'nhs',
    back: true,
    blocks: [
      { kind: 'warning', id: 'important' },
      { kind: 'text', id: 'date' },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  'gp-record': {
    look: 'nhs',
    back: true,
    nav: true,
    blocks: [{ kind: 'cards', items: ['allergies', 'medicines', 'test-results', 'vaccinations'] }],
  },
  // Results by date, newest first; each opens the result with the surgery's comment.
  'gp-test-results': {
    look: 'nhs',
    back: true,
    nav: true,
    blocks: [
      { kind: 'text', id: 'not-reviewed' },
      { kind: 'cards', heading: 'date-1', items: ['fbc'] },
      { kind: 'cards', heading: 'date-2', items: ['cholesterol', 'kidney'] },
    ],
  },
  // Facts only: nothing on a result can be changed.
  'gp-test-result': {
    look: 'nhs',
    back: true,
    nav: true,
    blocks: [
      { kind: 'summary', rows: ['date', 'comment'], change: false },
      { kind: 'summary', rows: ['haemoglobin', 'platelets'], change: false },
    ],
  },
} as const satisfies Record<string, ScreenDef>;
