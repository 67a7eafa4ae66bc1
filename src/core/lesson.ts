/**
 * A lesson's structure. Every word a learner sees lives in locales/<lang>/<lesson-id>.json;
 * the keys are derived from the step id (see lessonTextKeys), so a lesson file holds no text.
 */

/**
 * The ways to get the same thing without an app. Each has a short name in ui.json (`ways.<id>`),
 * a picture `way-<id>.svg`, and a sentence in each lesson that lists it.
 */
export const WAY_IDS = [
  'phone-gp',
  'reception',
  'pharmacy',
  'nhs-111',
  'ask-volunteer',
  'interpreter',
  'text-relay',
  'proxy',
  'female-clinician',
  'hub-computer',
  'nhs-website',
] as const;
export type WayId = (typeof WAY_IDS)[number];

/** One thing the learner must do on a practice screen, in order. */
export type PracticeAction = { tap: string } | { type: string };

/** Words beside a picture, or beside a practice screen shown as the real app would show it next. */
export type ExplainStep = {
  id: string;
  type: 'explain';
} & ({ picture: string; screen?: never } | { screen: string; picture?: never });

export interface PracticeStep {
  id: string;
  type: 'practice';
  screen: string;
  /** What the learner must do, in order: taps on named targets, or typing the asked text into a field. */
  goal: readonly PracticeAction[];
}

/** Answers are words only: a picture beside one answer would tell which is right. */
export interface CheckAnswer {
  id: string;
}

export interface CheckStep {
  id: string;
  type: 'check';
  answers: readonly CheckAnswer[];
  correct: string;
}

export interface OtherWaysStep {
  id: string;
  type: 'other-ways';
  ways: readonly WayId[];
}

export interface DoneStep {
  id: string;
  type: 'done';
  /** How many things the learner learned; each is a line in the locale file. */
  learned: number;
}

export type Step = ExplainStep | PracticeStep | CheckStep | OtherWaysStep | DoneStep;
export type StepType = Step['type'];

export interface Lesson {
  id: string;
  /** About how long the lesson takes, shown on the home screen. */
  minutes: number;
  picture: string;
  steps: readonly Step[];
}

/** The lesson's other ways, from its other-ways step: the done step lists them again. */
export const otherWaysOf = (lesson: Lesson): readonly WayId[] =>
  lesson.steps.flatMap((step) => (step.type === 'other-ways' ? step.ways : []));

export const isTap = (a: PracticeAction): a is { tap: string } => 'tap' in a;

/** The locale keys a lesson needs, in the lesson's own namespace. */
export function lessonTextKeys(lesson: Lesson): { stepId: string | null; key: string }[] {
  const keys: { stepId: string | null; key: string }[] = [
    { stepId: null, key: 'title' },
    { stepId: null, key: 'summary' },
  ];
  for (const step of lesson.steps) {
    const k = (suffix: string) => keys.push({ stepId: step.id, key: `steps.${step.id}.${suffix}` });
    switch (step.type) {
      case 'explain':
        k('title');
        k('body');
        if (step.picture) k('picture');
        break;
      case 'practice':
        k('title');
        k('instruction');
        k('hint');
        if (step.goal.some((a) => !isTap(a))) k('typeText');
        break;
      case 'check':
        k('question');
        k('explanation');
        for (const answer of step.answers) k(`answers.${answer.id}`);
        break;
      case 'other-ways':
        k('title');
        k('intro');
        for (const way of step.ways) k(`ways.${way}`);
        break;
      case 'done':
        k('title');
        for (let i = 1; i <= step.learned; i++) k(`learned.${i}`);
        break;
    }
  }
  return keys;
}
