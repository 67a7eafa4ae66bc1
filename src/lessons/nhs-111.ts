import type { Lesson } from '../core/lesson';

/**
 * Get help from NHS 111: 111 online opened from the NHS App's home, when to call 111 or 999, and
 * the free interpreter, text relay and BSL on the phone. The words are in locales/en/nhs-111.json.
 */
export const nhs111: Lesson = {
  id: 'nhs-111',
  minutes: 12,
  picture: 'lesson-111',
  steps: [
    { id: 'intro', type: 'explain', picture: 'online-111' },
    { id: 'open-111', type: 'practice', screen: 'nhs-home-support', goal: [{ tap: 'check-symptoms' }] },
    { id: 'start', type: 'practice', screen: '111-start', goal: [{ tap: 'start' }] },
    { id: 'not-emergency', type: 'practice', screen: '111-emergency', goal: [{ tap: 'none' }] },
    {
      id: 'about-you',
      type: 'practice',
      screen: '111-about-you',
      goal: [{ tap: 'female' }, { type: 'age' }, { tap: 'continue' }],
    },
    { id: 'main-symptom', type: 'practice', screen: '111-symptom', goal: [{ tap: 'cough' }] },
    {
      id: 'answer-question',
      type: 'practice',
      screen: '111-question',
      goal: [{ tap: 'yes' }, { tap: 'next-question' }],
    },
    { id: 'result', type: 'explain', screen: '111-result' },
    { id: 'when-to-call', type: 'explain', picture: 'call-111-or-999' },
    { id: 'phone-111', type: 'explain', picture: 'phone-111-language' },
    {
      id: 'chest-pain',
      type: 'check',
      answers: [{ id: 'call-999' }, { id: 'use-111-online' }, { id: 'wait' }],
      correct: 'call-999',
    },
    {
      id: 'other-ways',
      type: 'other-ways',
      ways: ['nhs-111', 'interpreter', 'text-relay', 'phone-gp', 'pharmacy'],
    },
    { id: 'done', type: 'done', learned: 4 },
  ],
};
