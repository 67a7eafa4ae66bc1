import { describe, expect, it } from 'vitest';
import type { EventBody, LearningEvent } from '../../src/core/events';
import type { Lesson } from '../../src/core/lesson';
import { lessonProgress } from '../../src/core/progress';

const lesson: Lesson = {
  id: 'demo',
  minutes: 5,
  picture: 'p',
  steps: [
    { id: 'one', type: 'explain', picture: 'p' },
    { id: 'two', type: 'practice', screen: 's', goal: [{ tap: 't' }] },
    { id: 'three', type: 'explain', picture: 'p' },
    { id: 'end', type: 'done', learned: 1 },
  ],
};

let n = 0;
function ev(body: EventBody, at = n): LearningEvent {
  n++;
  const id = `0190000${String(n).padStart(5, '0')}`;
  return {
    ...body,
    id,
    deviceId: 'd',
    seq: n,
    learnerId: 'l',
    at: new Date(1_700_000_000_000 + at * 1000).toISOString(),
    v: 1,
  } as LearningEvent;
}

describe('lessonProgress', () => {
  it('is not started with no events, and resumes at the first step', () => {
    expect(lessonProgress(lesson, [])).toMatchObject({ state: 'not-started', resumeStepId: 'one', wrongTaps: 0 });
  });

  it('is in progress once started, resuming after the latest completed step', () => {
    const events = [
      ev({ type: 'lesson.started', lessonId: 'demo' }, 1),
      ev({ type: 'step.completed', lessonId: 'demo', stepId: 'one' }, 2),
      ev({ type: 'step.completed', lessonId: 'demo', stepId: 'two' }, 3),
    ];
    const p = lessonProgress(lesson, events);
    expect(p.state).toBe('in-progress');
    expect(p.resumeStepId).toBe('three');
    expect([...p.completedSteps].sort()).toEqual(['one', 'two']);
  });

  it('is done once the lesson is completed', () => {
    const events = [
      ev({ type: 'lesson.started', lessonId: 'demo' }),
      ev({ type: 'lesson.completed', lessonId: 'demo' }),
    ];
    expect(lessonProgress(lesson, events).state).toBe('done');
  });

  it('is done once every step is completed, even where the completion itself was never written', () => {
    const steps = ['one', 'two', 'three'].map((stepId, i) =>
      ev({ type: 'step.completed', lessonId: 'demo', stepId }, i + 1),
    );
    expect(lessonProgress(lesson, steps).state).toBe('done');
    expect(lessonProgress(lesson, steps.slice(0, 2)).state).toBe('in-progress');
  });

  it('ignores other lessons', () => {
    const events = [ev({ type: 'lesson.completed', lessonId: 'elsewhere' })];
    expect(lessonProgress(lesson, events).state).toBe('not-started');
  });

  it('counts wrong practice taps once each, even when an event arrives twice', () => {
    const wrong = ev({ type: 'practice.attempted', lessonId: 'demo', stepId: 'two', target: 'x', correct: false });
    const right = ev({ type: 'practice.attempted', lessonId: 'demo', stepId: 'two', target: 't', correct: true });
    expect(lessonProgress(lesson, [wrong, wrong, right]).wrongTaps).toBe(1);
  });

  it('gives the same progress whatever the order of the events and however often they repeat', () => {
    const events = [
      ev({ type: 'lesson.started', lessonId: 'demo' }, 1),
      ev({ type: 'step.completed', lessonId: 'demo', stepId: 'one' }, 2),
      ev({ type: 'practice.attempted', lessonId: 'demo', stepId: 'two', target: null, correct: false }, 3),
      ev({ type: 'step.completed', lessonId: 'demo', stepId: 'two' }, 4),
      // Went back and did step one again later: the learner stopped after step one.
      ev({ type: 'step.completed', lessonId: 'demo', stepId: 'one' }, 5),
    ];
    const expected = lessonProgress(lesson, events);
    expect(expected.resumeStepId).toBe('two');
    const shuffles = [
      [...events].reverse(),
      [events[2], events[4], events[0], events[3], events[1], events[4], events[2]],
    ];
    for (const order of shuffles) {
      const p = lessonProgress(lesson, order as LearningEvent[]);
      expect(p).toEqual(expected);
    }
  });
});
