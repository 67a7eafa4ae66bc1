import { writeFileSync } from 'node:fs';
import type { SerializedError } from 'vitest';
import type { Reporter, TestModule } from 'vitest/node';

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

/**
 * Ends the run with one plain line, "vitest: N passed, N failed", for CI logs. A failed hook
 * or file counts as a failure, even though its tests are only reported as skipped. When the
 * test command runs two vitest processes at once (build/test-in-parallel.ts), each writes its
 * counts to HUBSTEPS_SUMMARY_FILE instead, and that script prints the one line for both.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const count = { passed: 0, failed: unhandledErrors.length, skipped: 0, pending: 0 };
    for (const module of modules) {
      count.failed += module.errors().length;
      for (const suite of module.children.allSuites()) count.failed += suite.errors().length;
      for (const test of module.children.allTests()) count[test.result().state]++;
    }
    const skipped = count.skipped + count.pending;
    const file = process.env.HUBSTEPS_SUMMARY_FILE;
    if (file) {
      const counts: Counts = { passed: count.passed, failed: count.failed, skipped };
      writeFileSync(file, JSON.stringify(counts));
      return;
    }
    console.log(`\nvitest: ${count.passed} passed, ${count.failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
}
