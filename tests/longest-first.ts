import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files that take a minute or more, longest first. On a clean clone vitest knows no file's
 * duration and starts the largest files first; a long but short-to-read file (50 random page
 * closes, say) could then start last and run alone at the end while the other workers sit idle.
 * A stale list costs only minutes, never a result.
 */
const LONG = [
  'tests/unit/lessons-complete.test.tsx',
  'tests/e2e/learners-closed-at-random.test.ts',
  'tests/e2e/updates.test.ts',
  'tests/e2e/webkit.test.ts',
  'tests/e2e/firefox.test.ts',
  'tests/e2e/step-fits-ur.test.ts',
  'tests/e2e/step-fits-bn.test.ts',
  'tests/e2e/step-fits-en.test.ts',
  'tests/e2e/practice-keyboard.test.ts',
  'tests/e2e/accessibility.test.ts',
];

/** vitest's own order (group by group, then by what it knows), with the long files first in each group. */
export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = LONG.findIndex((name) => f.moduleId.endsWith(name));
      return i === -1 ? LONG.length : i;
    };
    const group = (f: TestSpecification) => f.project.config.sequence.groupOrder;
    return sorted
      .map((f, i) => ({ f, i }))
      .sort((a, b) => group(a.f) - group(b.f) || rank(a.f) - rank(b.f) || a.i - b.i)
      .map(({ f }) => f);
  }
}
