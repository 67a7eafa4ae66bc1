import type { Lesson } from '../core/lesson';

/**
 * Ask your GP surgery for help online, with the surgery's online form opened from the NHS App,
 * and read the reply in Messages. The words are in locales/en/ask-gp-online.json.
 */
export const askGpOnline: Lesson = {
  id: 'ask-gp-online',
  minutes: 12,
  picture: 'lesson-gp-online',
  steps: [
    { id: 'intro', type: 'explain', picture: 'online-form' },
    { id: 'open-appointments', type: 'practice', screen: 'nhs-home', goal: [{ tap: 'appointments' }] },
    { id: 'tap-book', type: 'practice', screen: 'appointments', goal: [{ tap: 'book' }] },
    { id: 'ask-problem', type: 'practice', screen: 'book-choice', goal: [{ tap: 'ask-problem' }] },
    { id: 'who-for', type: 'practice', screen: 'consult-who', goal: [{ tap: 'myself' }, { tap: 'continue' }] },
    {
      id: 'medical-or-admin',
      type: 'practice',
      screen: 'consult-type',
      goal: [{ tap: 'medical' }, { tap: 'continue' }],
    },
    {
      id: 'describe',
      type: 'practice',
      screen: 'consult-describe',
      goal: [{ type: 'problem' }, { tap: 'continue' }],
    },
    {
      id: 'how-to-reply',
      type: 'practice',
      screen: 'consult-contact',
      goal: [{ tap: 'contact-app' }, { tap: 'continue' }],
    },
    { id: 'check-and-send', type: 'practice', screen: 'consult-check', goal: [{ tap: 'send' }] },
    { id: 'sent', type: 'practice', screen: 'consult-sent', goal: [{ tap: 'nav-messages' }] },
    { id: 'open-reply', type: 'practice', screen: 'messages-inbox', goal: [{ tap: 'msg-reply' }] },
    { id: 'read-reply', type: 'explain', screen: 'messages-reply' },
    {
      id: 'chest-pain',
      type: 'check',
      answers: [{ id: 'call-999' }, { id: 'use-form' }, { id: 'wait-reply' }],
      correct: 'call-999',
    },
    { id: 'other-ways', type: 'other-ways', ways: ['phone-gp', 'reception', 'nhs-111', 'interpreter', 'proxy'] },
    { id: 'done', type: 'done', learned: 4 },
  ],
};
