import { describe, expect, it } from 'vitest';
import { validateLessonsPlugin } from '../../build/validate-lessons-plugin';
import type { Lesson } from '../../src/core/lesson';
import { lessonById, lessons } from '../../src/lessons';

/** Runs the plugin's build-start hook as Vite would, returning the error it raises, if any. */
function buildStartError(lessons: readonly Lesson[]): string | null {
  const plugin = validateLessonsPlugin(lessons);
  const hook = plugin.buildStart as (this: { error: (m: string) => never }) => void;
  try {
    hook.call({
      error: (message: string) => {
        throw new Error(message);
      },
    });
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

describe('the build', () => {
  const book = lessonById('book-gp-appointment') as Lesson;

  it('goes ahead with the real lessons', () => {
    expect(buildStartError(lessons)).toBeNull();
  });

  it('stops on a broken lesson, naming the lesson and the step', () => {
    const broken: Lesson = {
      ...book,
      steps: book.steps.map((s) => (s.type === 'practice' && s.id === 'tap-book' ? { ...s, screen: 'nhs-hme' } : s)),
    };
    expect(buildStartError(lessons.map((l) => (l.id === broken.id ? broken : l)))).toBe(
      'Lessons are not valid:\n- Lesson "book-gp-appointment", step "tap-book": unknown practice screen "nhs-hme".',
    );
  });
});
