import type { Lesson } from '../core/lesson';

/**
 * Log in each time: for a learner who already has an NHS login. Email, password, the code by
 * text, the offer of face or fingerprint (not on a shared tablet), logging out, and a forgotten
 * password. The words are in locales/en/log-in-each-time.json; it reuses NHS login's and the
 * phone's screens from nhs-login-setup.
 */
export const logInEachTime: Lesson = {
  id: 'log-in-each-time',
  minutes: 10,
  picture: 'lesson-log-in',
  steps: [
    { id: 'intro', type: 'explain', picture: 'log-in-tablet' },
    { id: 'start', type: 'practice', screen: 'nhs-access', goal: [{ tap: 'continue-login' }] },
    { id: 'type-email', type: 'practice', screen: 'login-email', goal: [{ type: 'email' }, { tap: 'continue' }] },
    {
      id: 'type-password',
      type: 'practice',
      screen: 'login-enter-password',
      goal: [{ type: 'password' }, { tap: 'continue' }],
    },
    { id: 'open-text', type: 'practice', screen: 'sms-inbox', goal: [{ tap: 'nhs' }] },
    { id: 'the-code', type: 'explain', screen: 'sms-nhs-code' },
    { id: 'type-code', type: 'practice', screen: 'login-code', goal: [{ type: 'code' }, { tap: 'continue' }] },
    // On a hub's tablet the right answer is "Not now": anyone whose face or fingerprint is on it could get in.
    { id: 'face-or-fingerprint', type: 'practice', screen: 'nhs-biometrics', goal: [{ tap: 'not-now' }] },
    // Explained, not practised: Profile is in the bar at the foot of a home too tall for the tablet's screen.
    { id: 'logged-in', type: 'explain', screen: 'nhs-home' },
    { id: 'log-out', type: 'practice', screen: 'nhs-profile', goal: [{ tap: 'log-out' }] },
    { id: 'logged-out', type: 'explain', screen: 'nhs-access' },
    { id: 'forgot-password', type: 'explain', screen: 'login-reset-password' },
    {
      id: 'caller-code',
      type: 'check',
      answers: [{ id: 'end-call' }, { id: 'read-out' }, { id: 'log-in-for-me' }],
      correct: 'end-call',
    },
    { id: 'other-ways', type: 'other-ways', ways: ['phone-gp', 'ask-volunteer', 'proxy', 'interpreter', 'nhs-111'] },
    { id: 'done', type: 'done', learned: 4 },
  ],
};
