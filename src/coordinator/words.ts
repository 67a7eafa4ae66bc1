/**
 * Every word of the coordinator's page, in one place, so that it can be translated later.
 * English only for now: coordinators are staff, and the tablet's words (i18next, ten languages)
 * are for learners and volunteers. Words that take a value are functions of it.
 */
export const words = {
  /** Dates, times and "3 hours ago" are written for this language. */
  locale: 'en-GB',
  site: 'Hubsteps',
  siteFor: 'Coordinators',
  signOut: 'Sign out',
  /** Where a value is not known (a server that does not send it yet). */
  unknown: '—',
  problemTitle: 'There is a problem',
  unreachable: 'The hub server could not be reached. Check the connection and try again.',
  serverAnswered: (status: number) => `The hub server could not do this (it answered ${status}). Try again later.`,
  tryAgain: 'Try again',
  justNow: 'just now',
  minutes: (n: number) => (n === 1 ? '1 minute' : `${n} minutes`),

  signIn: {
    title: 'Sign in',
    intro: "Sign in with your coordinator account to manage your hub's tablets.",
    email: 'Email address',
    password: 'Password',
    submit: 'Sign in',
    signingIn: 'Signing in…',
    noEmail: 'Enter your email address',
    noPassword: 'Enter your password',
    wrong: 'The email address or the password is not right. Check them and try again.',
    tooManyTries: (wait: string) => `Too many tries at signing in. Try again in ${wait}.`,
    tooManyTriesLater: 'Too many tries at signing in. Try again later.',
    sessionEnded: 'You were signed out: your session has ended. Sign in again.',
    signedOut: 'You have signed out.',
  },

  hub: {
    /** The heading until the hub's name is known. */
    fallbackTitle: 'Your hub',
    tabletsTitle: 'Tablets',
    loading: 'Loading…',
    noTablets: 'No tablets are set up for this hub yet. Make an enrolment code, then type it on a tablet.',
    makeCode: 'Make an enrolment code',
    makingCode: 'Making a code…',
    caption: "The hub's tablets",
    columns: {
      tablet: 'Tablet',
      enrolled: 'Set up',
      lastSync: 'Last sync',
      waiting: 'Waiting to send',
      gaps: 'Missing steps',
      status: 'Status',
    },
    never: 'Never',
    nothingWaiting: 'None',
    waiting: (n: number) => (n === 1 ? '1 step' : `${n} steps`),
    noGaps: 'None',
    unexplained: (n: number) => `${n} not explained`,
    discarded: (n: number) => `${n} discarded`,
    inUse: 'In use',
    revokedOn: (date: string) => `Revoked ${date}`,
    revoke: 'Revoke',
    gapsHelp:
      'Missing steps are steps a tablet numbered that never reached the hub. "Discarded" ones were thrown away on the tablet on purpose (a learner removed before their work was sent); "not explained" ones may be lost: check that tablet.',
    revoked: (name: string) => `${name} is revoked: it can no longer send or get progress.`,
  },

  settings: {
    title: 'Settings',
    wifiOnly: 'Send progress only on Wi-fi',
    wifiOnlyHint:
      'Tablets that can tell which connection they are on then wait for Wi-fi (or a cable) before sending progress, so they use no mobile data.',
    savedOn: 'Saved: tablets send progress only on Wi-fi.',
    savedOff: 'Saved: tablets send progress on any connection.',
    notSaved: 'This setting could not be saved. Try again.',
    notLoaded: 'This setting could not be loaded from the hub server.',
  },

  code: {
    title: 'Enrolment code',
    intro: 'Type this code on the tablet to set it up for this hub.',
    /** Read aloud one character at a time, groups apart. */
    spoken: (groups: readonly string[]) => groups.map((g) => [...g].join(' ')).join(', '),
    validUntilToday: (time: string) => `Valid until ${time} today.`,
    validUntilTomorrow: (time: string) => `Valid until ${time} tomorrow.`,
    validUntilDate: (time: string, date: string) => `Valid until ${time} on ${date}.`,
    once: 'It works for one tablet, once.',
    stepsTitle: 'What to do with it',
    step1: 'On the tablet: Settings → Set up this tablet for the hub.',
    step2: 'Type the code. Spaces and capital letters do not matter.',
    step3: 'The tablet shows up in the list here once it is set up.',
    done: 'Back to the tablets',
  },

  revoke: {
    title: (name: string) => `Revoke ${name}?`,
    effect: (name: string) =>
      `${name} will stop sending progress to the hub at once, and cannot get learners' progress from it.`,
    keeps: 'Progress it already sent stays on the hub. To use it with the hub again, set it up with a new code.',
    confirm: (name: string) => `Yes, revoke ${name}`,
    cancel: 'Cancel',
    gone: 'This tablet is no longer on this hub.',
  },
} as const;
