import type { Lesson } from '../core/lesson';

/**
 * Get and use an email address: NHS login needs one, and sends a security code to it. The words
 * are in locales/en/email-address.json; the practice mail app's screens are email-… in the kit.
 */
export const emailAddress: Lesson = {
  id: 'email-address',
  minutes: 10,
  picture: 'lesson-email',
  steps: [
    { id: 'intro', type: 'explain', picture: 'email-address' },
    { id: 'get-one', type: 'explain', picture: 'way-ask-volunteer' },
    { id: 'password', type: 'explain', picture: 'email-password' },
    { id: 'open-inbox', type: 'practice', screen: 'email-mailboxes', goal: [{ tap: 'inbox' }] },
    { id: 'the-inbox', type: 'explain', screen: 'email-inbox' },
    { id: 'open-email', type: 'practice', screen: 'email-inbox', goal: [{ tap: 'nhs-login-code' }] },
    { id: 'find-code', type: 'practice', screen: 'email-nhs-login-code', goal: [{ tap: 'code' }] },
    { id: 'back-to-inbox', type: 'practice', screen: 'email-nhs-login-code', goal: [{ tap: 'back' }] },
    { id: 'use-code', type: 'explain', screen: 'email-inbox-read' },
    {
      id: 'never-share',
      type: 'check',
      answers: [{ id: 'say-no' }, { id: 'read-out' }, { id: 'send-email' }],
      correct: 'say-no',
    },
    { id: 'other-ways', type: 'other-ways', ways: ['ask-volunteer', 'proxy', 'phone-gp', 'reception'] },
    { id: 'done', type: 'done', learned: 4 },
  ],
};
