import type { Lesson } from '../core/lesson';

/**
 * Set up NHS login and prove who you are: most learners need this before the NHS App shows
 * them anything of their own. The words are in locales/en/nhs-login-setup.json.
 */
export const nhsLoginSetup: Lesson = {
  id: 'nhs-login-setup',
  minutes: 15,
  picture: 'lesson-nhs-login',
  steps: [
    { id: 'intro', type: 'explain', picture: 'login-needs' },
    { id: 'type-email', type: 'practice', screen: 'login-email', goal: [{ type: 'email' }, { tap: 'continue' }] },
    { id: 'password', type: 'explain', screen: 'login-password' },
    { id: 'type-mobile', type: 'practice', screen: 'login-phone', goal: [{ type: 'mobile' }, { tap: 'continue' }] },
    { id: 'open-text', type: 'practice', screen: 'sms-inbox', goal: [{ tap: 'nhs' }] },
    { id: 'the-code', type: 'explain', screen: 'sms-nhs-code' },
    { id: 'type-code', type: 'practice', screen: 'login-code', goal: [{ type: 'code' }, { tap: 'continue' }] },
    { id: 'prove', type: 'explain', screen: 'login-prove' },
    { id: 'choose-photo-id', type: 'practice', screen: 'login-photo-id', goal: [{ tap: 'yes' }, { tap: 'continue' }] },
    { id: 'face-scan', type: 'explain', screen: 'login-face-scan' },
    { id: 'no-photo-id', type: 'explain', screen: 'login-gp-details' },
    { id: 'if-it-fails', type: 'explain', picture: 'phone-call' },
    {
      id: 'share-code',
      type: 'check',
      answers: [{ id: 'never' }, { id: 'nhs-caller' }, { id: 'text-them' }],
      correct: 'never',
    },
    { id: 'other-ways', type: 'other-ways', ways: ['phone-gp', 'reception', 'nhs-111', 'proxy', 'interpreter'] },
    { id: 'done', type: 'done', learned: 4 },
  ],
};
