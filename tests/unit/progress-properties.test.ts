import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LearningEvent } from '../../src/core/events';
import { lessonProgress } from '../../src/core/progress';
import { lessonById } from '../../src/lessons';

const lesson = lessonById('book-gp-appointment');
if (!lesson) throw new Error('lesson missing');
const stepIds = lesson.steps.map((s) => s.id);

/** Any plausible event of this lesson, with a unique id and a device time. */
const anEvent = fc
  .record({
    n: fc.nat({ max: 1_000_000 }),
    at: fc.integer({ min: 0, max: 10_000 }),
    kind: fc.constantFrom('lesson.started', 'step.completed', 'practice.attempted', 'lesson.completed'),
    step: fc.constantFrom(...stepIds),
    correct: fc.boolean(),
  })
  .map(({ n, at, kind, step, correct }): LearningEvent => {
    const base = {
      id: `e-${String(n).padStart(7, '0')}-${kind}-${step}`,
      deviceId: 'd',
      seq: n,
      learnerId: 'l',
      at: new Date(1_700_000_000_000 + at * 1000).toISOString(),
      v: 1 as const,
      lessonId: lesson.id,
    };
    if (kind === 'step.completed') return { ...base, type: kind, stepId: step };
    if (kind === 'practice.attempted') return { ...base, type: kind, stepId: step, target: null, correct };
    return { ...base, type: kind };
  });

const events = fc.uniqueArray(anEvent, { selector: (e) => e.id, maxLength: 40 });

describe('the progress fold', () => {
  it('gives the same progress for any order of the same events', () => {
    fc.assert(
      fc.property(
        events.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))),
        ([list, shuffled]) => {
          expect(lessonProgress(lesson, shuffled)).toEqual(lessonProgress(lesson, list));
        },
      ),
    );
  });

  it('gives the same progress however often events arrive again', () => {
    fc.assert(
      fc.property(
        events.chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc.array(fc.constantFrom(...(list.length ? list : [undefined])), { maxLength: 30 }),
          ),
        ),
        ([list, again]) => {
          const repeated = [...list, ...again.filter((e): e is LearningEvent => e !== undefined)];
          expect(lessonProgress(lesson, repeated)).toEqual(lessonProgress(lesson, list));
        },
      ),
    );
  });

  it('resumes at a step of the lesson, and counts completed steps only from the events', () => {
    fc.assert(
      fc.property(events, (list) => {
        const p = lessonProgress(lesson, list);
        expect(stepIds).toContain(p.resumeStepId);
        const completed = new Set(list.flatMap((e) => (e.type === 'step.completed' ? [e.stepId] : [])));
        expect(p.completedSteps).toEqual(completed);
      }),
    );
  });
});
