import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { Lesson } from '../src/core/lesson';
import { validateLesson } from '../src/core/validate-lesson';
import { lessons as allLessons } from '../src/lessons/index';
import { hasText } from '../src/lessons/text-lookup';
import { screenCatalog } from '../src/practice/targets';

/** Fails the build when any lesson is broken, naming the lesson and the step. */
export function validateLessonsPlugin(lessons: readonly Lesson[] = allLessons, root = process.cwd()): Plugin {
  return {
    name: 'hubsteps-validate-lessons',
    apply: 'build',
    buildStart() {
      const pictures = new Set(
        readdirSync(join(root, 'src', 'lessons', 'pictures'))
          .filter((f) => f.endsWith('.svg'))
          .map((f) => f.slice(0, -4)),
      );
      const lessonIds = new Set(lessons.map((l) => l.id));
      const errors = lessons.flatMap((lesson) => {
        const file = join(root, 'locales', 'en', `${lesson.id}.json`);
        let resource: unknown;
        try {
          resource = JSON.parse(readFileSync(file, 'utf8'));
        } catch (e) {
          return [`Lesson "${lesson.id}": cannot read ${file}: ${(e as Error).message}`];
        }
        return validateLesson(lesson, {
          screens: screenCatalog,
          hasText: (k) => hasText(resource, k),
          pictures,
          lessonIds,
        });
      });
      if (errors.length) this.error(`Lessons are not valid:\n- ${errors.join('\n- ')}`);
    },
  };
}
