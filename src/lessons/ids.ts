/**
 * Every lesson's id, in the order of `lessons` (src/lessons/index.ts, tested): all the start
 * screen needs to know of the lessons, to fetch their titles. The lessons themselves load with
 * the learner's home or a lesson.
 */
export const lessonIds: readonly string[] = [
  'tablet-basics',
  'wifi-and-nhs-app',
  'email-address',
  'nhs-login-setup',
  'log-in-each-time',
  'proxy-access',
  'book-gp-appointment',
  'repeat-prescription',
  'ask-gp-online',
  'video-appointment',
  'health-record',
  'nhs-111',
  'stay-safe',
];
