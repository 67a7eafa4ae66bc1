import type { Lesson } from '../core/lesson';

/** Using a tablet: tap, scroll and type. The words are in locales/en/tablet-basics.json. */
export const tabletBasics: Lesson = {
  id: 'tablet-basics',
  minutes: 10,
  picture: 'lesson-tablet',
  steps: [
    { id: 'hold-tablet', type: 'explain', picture: 'tablet-hold' },
    { id: 'how-to-tap', type: 'explain', picture: 'finger-tap' },
    { id: 'tap-shape', type: 'practice', screen: 'basics-tap', goal: [{ tap: 'star' }] },
    { id: 'tap-button', type: 'practice', screen: 'basics-button', goal: [{ tap: 'big-button' }] },
    { id: 'how-to-scroll', type: 'explain', picture: 'finger-scroll' },
    { id: 'scroll-down', type: 'practice', screen: 'basics-scroll', goal: [{ tap: 'bottom-button' }] },
    { id: 'how-to-type', type: 'explain', picture: 'keyboard' },
    {
      id: 'type-word',
      type: 'practice',
      screen: 'basics-type',
      goal: [{ tap: 'message' }, { type: 'message' }, { tap: 'send' }],
    },
    { id: 'mistakes', type: 'explain', picture: 'tick' },
    {
      id: 'check-scroll',
      type: 'check',
      answers: [{ id: 'slide' }, { id: 'press' }, { id: 'shake' }],
      correct: 'slide',
    },
    {
      id: 'check-type',
      type: 'check',
      answers: [{ id: 'box' }, { id: 'send' }],
      correct: 'box',
    },
    {
      id: 'other-ways',
      type: 'other-ways',
      ways: ['ask-volunteer', 'proxy', 'phone-gp', 'interpreter', 'text-relay', 'nhs-111'],
    },
    { id: 'done', type: 'done', learned: 4 },
  ],
};
