import { describe, expect, it } from 'vitest';
import type { LessonState } from '../../src/core/progress';
import { lessons } from '../../src/lessons';
import { lessonAfter, planHome } from '../../src/lessons/path-groups';
import { type Path, paths } from '../../src/lessons/paths';

const lesson = (id: string) => ({ id });
const ALL = ['tablet-basics', 'email-address', 'nhs-login-setup', 'book-gp-appointment', 'repeat-prescription'].map(
  lesson,
);
const PATHS: readonly Path[] = [
  { id: 'getting-started', lessons: ['tablet-basics', 'email-address'] },
  { id: 'nhs-login', lessons: ['nhs-login-setup'] },
  { id: 'gp-online', lessons: ['book-gp-appointment', 'repeat-prescription'] },
  { id: 'staying-safe', lessons: [] },
];

/** The plan as a person reads the home: each heading, its lessons, how many done; and the suggestion. */
function plan(states: Record<string, LessonState>, ps: readonly Path[] = PATHS, ls = ALL) {
  const { groups, suggested } = planHome(ps, ls, (l) => states[l.id] ?? 'not-started');
  return {
    groups: groups.map((g) => `${g.id}: ${g.lessons.map((l) => l.id).join(', ')} (${g.done} done)`),
    suggested: suggested?.id ?? null,
  };
}

describe('the home plan', () => {
  it('shows the paths in order with their lessons in order, leaves out a path with no lesson yet, and suggests the very first lesson to a new learner', () => {
    expect(plan({})).toEqual({
      groups: [
        'getting-started: tablet-basics, email-address (0 done)',
        'nhs-login: nhs-login-setup (0 done)',
        'gp-online: book-gp-appointment, repeat-prescription (0 done)',
      ],
      suggested: 'tablet-basics',
    });
  });

  it('suggests the first lesson not done, path by path, whatever order the learner did others in', () => {
    // Book an appointment was done first, out of order: the suggestion is still the start of the first path.
    expect(plan({ 'book-gp-appointment': 'done' }).suggested).toBe('tablet-basics');
    expect(plan({ 'tablet-basics': 'done', 'book-gp-appointment': 'done' }).suggested).toBe('email-address');
    // A lesson started but not finished is not done: it is still the one suggested.
    expect(plan({ 'tablet-basics': 'done', 'email-address': 'in-progress' }).suggested).toBe('email-address');
  });

  it('counts a completed path, and moves the suggestion on to the next path', () => {
    const { groups, suggested } = plan({ 'tablet-basics': 'done', 'email-address': 'done' });
    expect(groups[0]).toBe('getting-started: tablet-basics, email-address (2 done)');
    expect(suggested).toBe('nhs-login-setup');
  });

  it('suggests nothing once every lesson is done', () => {
    const states = Object.fromEntries(ALL.map((l) => [l.id, 'done' as const]));
    expect(plan(states)).toEqual({
      groups: [
        'getting-started: tablet-basics, email-address (2 done)',
        'nhs-login: nhs-login-setup (1 done)',
        'gp-online: book-gp-appointment, repeat-prescription (2 done)',
      ],
      suggested: null,
    });
  });

  it('shows a lesson in no path under "Other lessons", after the paths, and suggests it only once the paths are done', () => {
    const ls = [...ALL, lesson('stay-safe')];
    expect(plan({}, PATHS, ls).groups.at(-1)).toBe('other: stay-safe (0 done)');
    const pathsDone = Object.fromEntries(ALL.map((l) => [l.id, 'done' as const]));
    expect(plan(pathsDone, PATHS, ls).suggested).toBe('stay-safe');
  });

  it('skips a path’s lesson that does not exist yet, and shows a lesson listed twice only once, in its first path', () => {
    const twice: readonly Path[] = [
      { id: 'getting-started', lessons: ['wifi-and-apps', 'tablet-basics'] },
      { id: 'gp-online', lessons: ['tablet-basics', 'book-gp-appointment'] },
    ];
    expect(plan({}, twice, [lesson('tablet-basics'), lesson('book-gp-appointment')]).groups).toEqual([
      'getting-started: tablet-basics (0 done)',
      'gp-online: book-gp-appointment (0 done)',
    ]);
  });
});

describe('the paths Hubsteps ships', () => {
  it('are the four paths, in the order a learner meets them', () => {
    expect(paths.map((p) => p.id)).toEqual(['getting-started', 'nhs-login', 'gp-online', 'staying-safe']);
  });

  it('hold every lesson in exactly one path, and name only lessons that exist', () => {
    const listed = paths.flatMap((p) => p.lessons);
    expect([...listed].sort()).toEqual(lessons.map((l) => l.id).sort());
  });

  it('start with the tablet: a new learner is first offered the lesson on using a tablet', () => {
    expect(planHome(paths, lessons, () => 'not-started').suggested?.id).toBe('tablet-basics');
  });
});

describe('the lesson suggested when one ends', () => {
  const suggestedAfter = (id: string, states: Record<string, LessonState> = {}) =>
    lessonAfter(PATHS, ALL, id, (l) => states[l.id] ?? 'not-started')?.id ?? null;

  it('is the next lesson along the paths, into the next path at the end of one', () => {
    expect(suggestedAfter('tablet-basics')).toBe('email-address');
    expect(suggestedAfter('email-address')).toBe('nhs-login-setup');
    expect(suggestedAfter('nhs-login-setup')).toBe('book-gp-appointment');
  });

  it('skips lessons already done, and comes back to an earlier one not done after the last', () => {
    expect(suggestedAfter('tablet-basics', { 'email-address': 'done' })).toBe('nhs-login-setup');
    expect(suggestedAfter('repeat-prescription', { 'tablet-basics': 'done' })).toBe('email-address');
  });

  it('is nothing once every other lesson is done, and never the lesson just finished', () => {
    const allDone = Object.fromEntries(ALL.map((l) => [l.id, 'done' as const]));
    expect(suggestedAfter('email-address', { ...allDone, 'email-address': 'in-progress' })).toBeNull();
    expect(suggestedAfter('email-address', allDone)).toBeNull();
  });
});
