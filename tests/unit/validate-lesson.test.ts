import { describe, expect, it } from 'vitest';
import type { Lesson, Step } from '../../src/core/lesson';
import { type LessonContext, validateLesson } from '../../src/core/validate-lesson';

const screens = {
  home: { tap: ['appointments', 'prescriptions'], type: [], moveOn: ['appointments', 'prescriptions'] },
  reason: { tap: ['reason', 'continue'], type: ['reason'], moveOn: ['continue'] },
};

/** Every key the lesson could need is present, unless listed in `missing`. */
function context(missing: string[] = []): LessonContext {
  return {
    screens,
    hasText: (key) => !missing.includes(key),
    pictures: new Set(['tablet', 'phone']),
    lessonIds: new Set(['demo', 'other']),
  };
}

function lesson(steps: Step[]): Lesson {
  return { id: 'demo', minutes: 5, picture: 'tablet', steps };
}

const done: Step = { id: 'finish', type: 'done', learned: 2 };

describe('validateLesson', () => {
  it('accepts a sound lesson', () => {
    const ok = lesson([
      { id: 'intro', type: 'explain', picture: 'phone' },
      { id: 'tap-it', type: 'practice', screen: 'home', goal: [{ tap: 'appointments' }] },
      { id: 'why', type: 'practice', screen: 'reason', goal: [{ type: 'reason' }, { tap: 'continue' }] },
      { id: 'sent', type: 'explain', screen: 'home' },
      { id: 'quiz', type: 'check', answers: [{ id: 'a' }, { id: 'b' }], correct: 'b' },
      { id: 'ways', type: 'other-ways', ways: ['phone-gp', 'reception'] },
      done,
    ]);
    expect(validateLesson(ok, context())).toEqual([]);
  });

  it('wants the screen the real app shows next after a practice tap that opens it', () => {
    const bad = lesson([
      { id: 'tap-it', type: 'practice', screen: 'home', goal: [{ tap: 'appointments' }] },
      { id: 'quiz', type: 'check', answers: [{ id: 'a' }, { id: 'b' }], correct: 'b' },
      { id: 'early', type: 'practice', screen: 'reason', goal: [{ tap: 'continue' }, { type: 'reason' }] },
      { id: 'seen', type: 'explain', screen: 'nowhere' },
      done,
    ]);
    expect(validateLesson(bad, context())).toEqual([
      'Lesson "demo", step "seen": unknown practice screen "nowhere".',
      'Lesson "demo", step "tap-it": its last tap opens the next screen in the real app, so step "quiz" must show that screen.',
      'Lesson "demo", step "early": a tap that opens another screen in the real app must be the last thing to do.',
    ]);
  });

  it('names the lesson and step of an unknown practice screen', () => {
    const bad = lesson([{ id: 'tap-it', type: 'practice', screen: 'hom', goal: [{ tap: 'appointments' }] }, done]);
    expect(validateLesson(bad, context())).toEqual(['Lesson "demo", step "tap-it": unknown practice screen "hom".']);
  });

  it('names the missing text key and the file it belongs in', () => {
    const bad = lesson([{ id: 'intro', type: 'explain', picture: 'phone' }, done]);
    expect(validateLesson(bad, context(['steps.intro.body']))).toEqual([
      'Lesson "demo", step "intro": missing text "steps.intro.body" in locales/en/demo.json.',
    ]);
  });

  it('names a step id used twice', () => {
    const bad = lesson([
      { id: 'intro', type: 'explain', picture: 'phone' },
      { id: 'intro', type: 'explain', picture: 'tablet' },
      done,
    ]);
    expect(validateLesson(bad, context())).toEqual(['Lesson "demo", step "intro": duplicate step id.']);
  });

  it('refuses a practice goal tapping a target the screen does not have', () => {
    const bad = lesson([{ id: 'tap-it', type: 'practice', screen: 'home', goal: [{ tap: 'vaccines' }] }, done]);
    expect(validateLesson(bad, context())).toEqual([
      'Lesson "demo", step "tap-it": impossible practice goal: screen "home" has nothing called "vaccines" to tap.',
    ]);
  });

  it('refuses a practice goal typing into something that is not a text box', () => {
    const bad = lesson([{ id: 'type-it', type: 'practice', screen: 'home', goal: [{ type: 'appointments' }] }, done]);
    expect(validateLesson(bad, context())).toEqual([
      'Lesson "demo", step "type-it": impossible practice goal: screen "home" has no field "appointments" to type in.',
    ]);
  });

  it('refuses a practice goal with nothing to do', () => {
    const bad = lesson([{ id: 'empty', type: 'practice', screen: 'home', goal: [] }, done]);
    expect(validateLesson(bad, context())).toEqual([
      'Lesson "demo", step "empty": impossible practice goal: there is nothing to do.',
    ]);
  });

  it('refuses a check whose correct answer is not offered', () => {
    const bad = lesson([{ id: 'quiz', type: 'check', answers: [{ id: 'a' }, { id: 'b' }], correct: 'c' }, done]);
    expect(validateLesson(bad, context())).toEqual([
      'Lesson "demo", step "quiz": the correct answer "c" is not one of the answers.',
    ]);
  });

  it('refuses a check with too few or too many answers', () => {
    const one = lesson([{ id: 'quiz', type: 'check', answers: [{ id: 'a' }], correct: 'a' }, done]);
    const five = lesson([
      { id: 'quiz', type: 'check', answers: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id })), correct: 'a' },
      done,
    ]);
    expect(validateLesson(one, context())).toEqual([
      'Lesson "demo", step "quiz": a check needs 2 to 4 answers, not 1.',
    ]);
    expect(validateLesson(five, context())).toEqual([
      'Lesson "demo", step "quiz": a check needs 2 to 4 answers, not 5.',
    ]);
  });

  it('names an unknown picture', () => {
    const bad = lesson([{ id: 'intro', type: 'explain', picture: 'camel' }, done]);
    expect(validateLesson(bad, context())).toEqual(['Lesson "demo", step "intro": unknown picture "camel".']);
  });

  it('requires the lesson to end with a done step', () => {
    const bad = lesson([{ id: 'intro', type: 'explain', picture: 'phone' }]);
    expect(validateLesson(bad, context())).toEqual(['Lesson "demo": the last step must be a "done" step.']);
  });
});
