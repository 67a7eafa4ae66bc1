import { isTap, type Lesson, lessonTextKeys, type PracticeAction, type Step } from './lesson';

/** What a practice screen offers: the targets that can be tapped and the fields that can be typed in. */
export interface ScreenTargets {
  tap: readonly string[];
  type: readonly string[];
  /** The taps that open another screen in the real app (a card, Continue, a link, Back). */
  moveOn: readonly string[];
}

export interface LessonContext {
  screens: Readonly<Record<string, ScreenTargets>>;
  /** Whether the lesson's English locale file has a non-empty text at this key. */
  hasText: (key: string) => boolean;
  pictures: ReadonlySet<string>;
  lessonIds: ReadonlySet<string>;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Every problem with a lesson, each naming the lesson and the step, so an author can fix it. */
export function validateLesson(lesson: Lesson, ctx: LessonContext): string[] {
  const errors: string[] = [];
  const where = (step?: Step) => (step ? `Lesson "${lesson.id}", step "${step.id}"` : `Lesson "${lesson.id}"`);

  if (!ID.test(lesson.id)) errors.push(`${where()}: the id must be lower-case letters, digits and dashes.`);
  if (!ctx.pictures.has(lesson.picture)) errors.push(`${where()}: unknown picture "${lesson.picture}".`);
  if (!(lesson.minutes > 0)) errors.push(`${where()}: minutes must be more than 0.`);
  if (lesson.steps.length === 0) errors.push(`${where()}: has no steps.`);
  else if (lesson.steps[lesson.steps.length - 1]?.type !== 'done')
    errors.push(`${where()}: the last step must be a "done" step.`);

  const seen = new Set<string>();
  for (const step of lesson.steps) {
    if (seen.has(step.id)) errors.push(`${where(step)}: duplicate step id.`);
    seen.add(step.id);
    if (!ID.test(step.id)) errors.push(`${where(step)}: the id must be lower-case letters, digits and dashes.`);
    errors.push(...validateStep(step, ctx).map((e) => `${where(step)}: ${e}`));
  }
  errors.push(...validateMovesOn(lesson, ctx).map(([step, e]) => `${where(step)}: ${e}`));

  for (const { stepId, key } of lessonTextKeys(lesson)) {
    if (ctx.hasText(key)) continue;
    const step = lesson.steps.find((s) => s.id === stepId);
    errors.push(`${where(step)}: missing text "${key}" in locales/en/${lesson.id}.json.`);
  }
  return errors;
}

function validateStep(step: Step, ctx: LessonContext): string[] {
  switch (step.type) {
    case 'explain':
      if (step.screen !== undefined)
        return ctx.screens[step.screen] ? [] : [`unknown practice screen "${step.screen}".`];
      return ctx.pictures.has(step.picture) ? [] : [`unknown picture "${step.picture}".`];
    case 'practice':
      return validatePractice(step.screen, step.goal, ctx);
    case 'check': {
      const errors: string[] = [];
      const ids = step.answers.map((a) => a.id);
      if (ids.length < 2 || ids.length > 4) errors.push(`a check needs 2 to 4 answers, not ${ids.length}.`);
      if (new Set(ids).size !== ids.length) errors.push('two answers have the same id.');
      if (!ids.includes(step.correct)) errors.push(`the correct answer "${step.correct}" is not one of the answers.`);
      return errors;
    }
    case 'other-ways':
      return step.ways.length === 0 ? ['shows no other ways.'] : [];
    case 'done':
      return [];
  }
}

function validatePractice(screenId: string, goal: readonly PracticeAction[], ctx: LessonContext): string[] {
  const screen = ctx.screens[screenId];
  if (!screen) return [`unknown practice screen "${screenId}".`];
  if (goal.length === 0) return ['impossible practice goal: there is nothing to do.'];
  const errors: string[] = [];
  for (const action of goal) {
    if (isTap(action)) {
      if (!screen.tap.includes(action.tap))
        errors.push(`impossible practice goal: screen "${screenId}" has nothing called "${action.tap}" to tap.`);
    } else if (!screen.type.includes(action.type)) {
      errors.push(`impossible practice goal: screen "${screenId}" has no field "${action.type}" to type in.`);
    }
  }
  if (goal.filter((a) => !isTap(a)).length > 1)
    errors.push('impossible practice goal: a step can ask for typing in one field only.');
  return errors;
}

/** Whether a practice step ends with a tap that, in the real app, opens the next screen. */
export function movesOn(step: Step, screens: LessonContext['screens']): boolean {
  if (step.type !== 'practice') return false;
  const last = step.goal[step.goal.length - 1];
  return !!last && isTap(last) && !!screens[step.screen]?.moveOn.includes(last.tap);
}

/**
 * A practice step that ends the way the real app moves on (Continue, a card) moves the lesson on
 * by itself, so the step after it must show the screen the real app shows next. A tap that moves
 * on cannot come before the end: the screen would be gone.
 */
function validateMovesOn(lesson: Lesson, ctx: LessonContext): [Step, string][] {
  const errors: [Step, string][] = [];
  lesson.steps.forEach((step, i) => {
    if (step.type !== 'practice') return;
    const moving = ctx.screens[step.screen]?.moveOn ?? [];
    if (step.goal.slice(0, -1).some((a) => isTap(a) && moving.includes(a.tap)))
      errors.push([step, 'a tap that opens another screen in the real app must be the last thing to do.']);
    const next = lesson.steps[i + 1];
    if (movesOn(step, ctx.screens) && next && next.type !== 'practice' && !(next.type === 'explain' && next.screen))
      errors.push([
        step,
        `its last tap opens the next screen in the real app, so step "${next.id}" must show that screen.`,
      ]);
  });
  return errors;
}
