import { compareEvents, type LearningEvent } from './events';
import type { Lesson } from './lesson';

export type LessonState = 'not-started' | 'in-progress' | 'done';

export interface LessonProgress {
  state: LessonState;
  completedSteps: ReadonlySet<string>;
  /** The step to resume at: the one after the latest completed step, or the first. */
  resumeStepId: string | null;
  /** Wrong taps on practice screens, counted once per event. */
  wrongTaps: number;
}

/**
 * The progress fold: a pure function of a set of events. It ignores their order and any
 * duplicates, so two tablets that saw the same events always agree.
 */
export function lessonProgress(lesson: Lesson, events: Iterable<LearningEvent>): LessonProgress {
  const unique = new Map<string, LearningEvent>();
  for (const e of events) if ('lessonId' in e && e.lessonId === lesson.id) unique.set(e.id, e);

  let started = false;
  let done = false;
  let wrongTaps = 0;
  let latest: LearningEvent | null = null;
  const completedSteps = new Set<string>();
  for (const e of unique.values()) {
    switch (e.type) {
      case 'lesson.started':
        started = true;
        break;
      case 'lesson.completed':
        done = true;
        break;
      case 'practice.attempted':
        started = true;
        if (!e.correct) wrongTaps++;
        break;
      case 'step.completed':
        started = true;
        completedSteps.add(e.stepId);
        if (!latest || compareEvents(latest, e) < 0) latest = e;
        break;
    }
  }

  // Every step done counts as the lesson done, whether or not its completion was recorded.
  if (completedSteps.size > 0 && lesson.steps.every((s) => s.type === 'done' || completedSteps.has(s.id))) done = true;
  const ids = lesson.steps.map((s) => s.id);
  let resumeStepId = ids[0] ?? null;
  if (latest?.type === 'step.completed') {
    const i = ids.indexOf(latest.stepId);
    if (i >= 0) resumeStepId = ids[Math.min(i + 1, ids.length - 1)] ?? resumeStepId;
  }
  return {
    state: done ? 'done' : started ? 'in-progress' : 'not-started',
    completedSteps,
    resumeStepId,
    wrongTaps,
  };
}
