import type { Lesson } from '../core/lesson';

/**
 * Proxy access: a family member or carer helps with the NHS App through their own NHS login, once
 * the GP surgery has linked their profiles. Practised from the helper's side (a daughter for her
 * father): Linked profiles, switch to his profile, his Prescriptions under the "Acting for"
 * banner, switch back. The words are in locales/en/proxy-access.json.
 */
export const proxyAccess: Lesson = {
  id: 'proxy-access',
  minutes: 10,
  picture: 'lesson-proxy',
  steps: [
    { id: 'intro', type: 'explain', picture: 'proxy-helper' },
    { id: 'ask-surgery', type: 'explain', picture: 'proxy-surgery' },
    { id: 'open-linked', type: 'practice', screen: 'nhs-home-linked', goal: [{ tap: 'linked-profiles' }] },
    { id: 'choose-person', type: 'practice', screen: 'nhs-linked-profiles', goal: [{ tap: 'person' }] },
    { id: 'switch-to', type: 'practice', screen: 'nhs-linked-person', goal: [{ tap: 'switch-to' }] },
    { id: 'acting-for', type: 'practice', screen: 'nhs-home-acting', goal: [{ tap: 'prescriptions' }] },
    { id: 'his-prescriptions', type: 'explain', screen: 'nhs-prescriptions-acting' },
    { id: 'switch-back', type: 'practice', screen: 'nhs-prescriptions-acting', goal: [{ tap: 'switch-back' }] },
    { id: 'switch-to-mine', type: 'practice', screen: 'nhs-switch-back', goal: [{ tap: 'switch-to-mine' }] },
    { id: 'back-home', type: 'explain', screen: 'nhs-home-linked' },
    { id: 'your-choice', type: 'explain', picture: 'proxy-carer' },
    {
      id: 'son-medicines',
      type: 'check',
      answers: [{ id: 'ask-surgery' }, { id: 'tell-password' }, { id: 'share-code' }],
      correct: 'ask-surgery',
    },
    {
      id: 'other-ways',
      type: 'other-ways',
      ways: ['proxy', 'reception', 'pharmacy', 'interpreter', 'ask-volunteer'],
    },
    { id: 'done', type: 'done', learned: 4 },
  ],
};
