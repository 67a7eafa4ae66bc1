import type { Lesson } from '../core/lesson';

/**
 * See your GP health record and test results: the record opened from the NHS App's home through
 * "Your health", one test result read, and what "Normal", "No action needed" and "Abnormal" ask
 * of the learner. The words are in locales/en/health-record.json; the screens are the kit's
 * gp-record.ts.
 */
export const healthRecord: Lesson = {
  id: 'health-record',
  minutes: 10,
  picture: 'lesson-health-record',
  steps: [
    { id: 'intro', type: 'explain', picture: 'health-record-intro' },
    { id: 'open-your-health', type: 'practice', screen: 'nhs-home-your-health', goal: [{ tap: 'your-health' }] },
    { id: 'open-record', type: 'practice', screen: 'your-health', goal: [{ tap: 'gp-record' }] },
    { id: 'read-warning', type: 'practice', screen: 'gp-record-warning', goal: [{ tap: 'continue' }] },
    { id: 'open-results', type: 'practice', screen: 'gp-record', goal: [{ tap: 'test-results' }] },
    { id: 'choose-result', type: 'practice', screen: 'gp-test-results', goal: [{ tap: 'fbc' }] },
    { id: 'read-result', type: 'explain', screen: 'gp-test-result' },
    { id: 'not-normal', type: 'explain', picture: 'result-phone-surgery' },
    { id: 'not-seen-yet', type: 'explain', picture: 'result-not-seen' },
    {
      id: 'normal-result',
      type: 'check',
      answers: [{ id: 'nothing' }, { id: 'phone-now' }, { id: 'stop-medicine' }],
      correct: 'nothing',
    },
    { id: 'other-ways', type: 'other-ways', ways: ['phone-gp', 'reception', 'interpreter', 'proxy'] },
    { id: 'done', type: 'done', learned: 4 },
  ],
};
