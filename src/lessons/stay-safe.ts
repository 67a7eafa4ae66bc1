import type { Lesson } from '../core/lesson';

/**
 * Stay safe: spot a fake NHS text, email or call, never share a security code, check a link, and
 * know what to do with a scam. The words are in locales/en/stay-safe.json; the practice phone and
 * mail app show a fake text and a fake email (sms-…-scam, email-…-scam screens in the kit).
 */
export const staySafe: Lesson = {
  id: 'stay-safe',
  minutes: 10,
  picture: 'lesson-stay-safe',
  steps: [
    { id: 'intro', type: 'explain', picture: 'stay-safe-intro' },
    { id: 'open-text', type: 'practice', screen: 'sms-inbox-scam', goal: [{ tap: 'scam' }] },
    { id: 'spot-text', type: 'explain', screen: 'sms-scam-text' },
    { id: 'delete-text', type: 'practice', screen: 'sms-scam-text', goal: [{ tap: 'delete' }] },
    { id: 'report-text', type: 'explain', screen: 'sms-inbox' },
    { id: 'open-email', type: 'practice', screen: 'email-inbox-scam', goal: [{ tap: 'nhs-scam' }] },
    { id: 'check-sender', type: 'practice', screen: 'email-scam-nhs', goal: [{ tap: 'sender' }] },
    { id: 'junk-email', type: 'practice', screen: 'email-scam-nhs', goal: [{ tap: 'move-to-junk' }] },
    { id: 'report-email', type: 'explain', screen: 'email-inbox-read' },
    { id: 'check-link', type: 'explain', picture: 'check-link' },
    {
      id: 'gp-caller',
      type: 'check',
      answers: [{ id: 'read-code' }, { id: 'hang-up' }, { id: 'text-code' }],
      correct: 'hang-up',
    },
    { id: 'if-shared', type: 'explain', picture: 'phone-call' },
    { id: 'other-ways', type: 'other-ways', ways: ['ask-volunteer', 'phone-gp', 'reception', 'nhs-111'] },
    { id: 'done', type: 'done', learned: 4 },
  ],
};
