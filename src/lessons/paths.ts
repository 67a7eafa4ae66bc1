/**
 * The lessons grouped into paths, each in the order a learner meets them in real life: most
 * people cannot book anything until they have an email address and an NHS login. The home
 * suggests the first lesson not done, path by path, and never locks one.
 *
 * Ids only, so the home needs no lesson's words to know the order; a path's words are in
 * ui.json under home.paths.<id>. A lesson in no path is shown under "Other lessons".
 */
export interface Path {
  id: 'getting-started' | 'nhs-login' | 'gp-online' | 'staying-safe';
  /** Lesson ids, in the suggested order. */
  lessons: readonly string[];
}

export const paths: readonly Path[] = [
  { id: 'getting-started', lessons: ['tablet-basics', 'wifi-and-nhs-app', 'email-address'] },
  { id: 'nhs-login', lessons: ['nhs-login-setup', 'log-in-each-time', 'proxy-access'] },
  {
    id: 'gp-online',
    lessons: [
      'book-gp-appointment',
      'repeat-prescription',
      'ask-gp-online',
      'video-appointment',
      'health-record',
      'nhs-111',
    ],
  },
  { id: 'staying-safe', lessons: ['stay-safe'] },
];
