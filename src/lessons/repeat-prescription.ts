import type { Lesson } from '../core/lesson';

/** Order a repeat prescription in the NHS App. The words are in locales/en/repeat-prescription.json. */
export const repeatPrescription: Lesson = {
  id: 'repeat-prescription',
  minutes: 12,
  picture: 'lesson-prescription',
  steps: [
    { id: 'intro', type: 'explain', picture: 'health-app' },
    { id: 'how-it-works', type: 'explain', picture: 'medicine-box' },
    // The screen where the nominated pharmacy is changed, shown while "nominated" is explained.
    { id: 'nominated-pharmacy', type: 'explain', screen: 'rx-choose-pharmacy' },
    { id: 'open-prescriptions', type: 'practice', screen: 'nhs-home', goal: [{ tap: 'prescriptions' }] },
    { id: 'request-repeat', type: 'practice', screen: 'prescriptions', goal: [{ tap: 'request-repeat' }] },
    { id: 'check-pharmacy', type: 'practice', screen: 'rx-pharmacy', goal: [{ tap: 'continue' }] },
    {
      id: 'choose-medicines',
      type: 'practice',
      screen: 'rx-medicines',
      goal: [{ tap: 'med-1' }, { tap: 'med-2' }, { tap: 'continue' }],
    },
    { id: 'skip-notes', type: 'practice', screen: 'rx-notes', goal: [{ tap: 'continue' }] },
    { id: 'confirm-order', type: 'practice', screen: 'rx-check', goal: [{ tap: 'confirm' }] },
    { id: 'ordered', type: 'explain', screen: 'rx-ordered' },
    {
      id: 'which-medicines',
      type: 'check',
      answers: [{ id: 'need-now' }, { id: 'all' }],
      correct: 'need-now',
    },
    {
      id: 'when-to-order',
      type: 'check',
      answers: [{ id: 'week-before' }, { id: 'run-out' }],
      correct: 'week-before',
    },
    {
      id: 'other-ways',
      type: 'other-ways',
      ways: ['phone-gp', 'reception', 'pharmacy', 'proxy', 'interpreter', 'nhs-111'],
    },
    { id: 'done', type: 'done', learned: 4 },
  ],
};
