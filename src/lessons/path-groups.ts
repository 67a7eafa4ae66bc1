import type { LessonState } from '../core/progress';
import type { Path } from './paths';

/** A heading on the home and the lessons under it: a path, or the lessons in no path. */
export interface LessonGroup<L extends { id: string }> {
  id: Path['id'] | 'other';
  lessons: readonly L[];
  /** How many of its lessons the learner has done. */
  done: number;
}

export interface HomePlan<L extends { id: string }> {
  groups: readonly LessonGroup<L>[];
  /** The first lesson not done, path by path: suggested, never forced. Null when all are done. */
  suggested: L | null;
}

/**
 * How the home lays out the lessons: the paths in their order, each with the lessons that exist
 * today (a path with none is left out), then any lesson in no path, so none is ever hidden. A
 * lesson listed twice shows once, in the first path that has it.
 */
export function planHome<L extends { id: string }>(
  paths: readonly Path[],
  lessons: readonly L[],
  stateOf: (lesson: L) => LessonState,
): HomePlan<L> {
  const byId = new Map(lessons.map((l) => [l.id, l]));
  const placed = new Set<string>();
  const groups: LessonGroup<L>[] = [];
  const add = (id: LessonGroup<L>['id'], members: L[]) => {
    if (members.length === 0) return;
    groups.push({ id, lessons: members, done: members.filter((l) => stateOf(l) === 'done').length });
  };
  for (const path of paths) {
    const members: L[] = [];
    for (const id of path.lessons) {
      const lesson = byId.get(id);
      if (!lesson || placed.has(id)) continue;
      placed.add(id);
      members.push(lesson);
    }
    add(path.id, members);
  }
  add(
    'other',
    lessons.filter((l) => !placed.has(l.id)),
  );
  const suggested = groups.flatMap((g) => g.lessons).find((l) => stateOf(l) !== 'done') ?? null;
  return { groups, suggested };
}

/**
 * The lesson to suggest when one ends: the next not done after it, in the home's order (path by
 * path), else the first not done before it; null when every other lesson is done.
 */
export function lessonAfter<L extends { id: string }>(
  paths: readonly Path[],
  lessons: readonly L[],
  currentId: string,
  stateOf: (lesson: L) => LessonState,
): L | null {
  const order = planHome(paths, lessons, stateOf).groups.flatMap((g) => g.lessons);
  const at = order.findIndex((l) => l.id === currentId);
  const around = [...order.slice(at + 1), ...order.slice(0, Math.max(at, 0))];
  return around.find((l) => l.id !== currentId && stateOf(l) !== 'done') ?? null;
}
