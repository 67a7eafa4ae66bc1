import type { SerializedError } from 'vitest';
import type { Reporter, TestCase, TestModule } from 'vitest/node';
import { clock, watchMachineStalls } from './machine-stalls';

/**
 * Ends the run with one plain line, "vitest: N passed, N failed", for CI logs. A failed hook
 * or file counts as a failure, even though its tests are only reported as skipped. Before it,
 * the clock time each failed test ended and how long the machine stalled, so a failure that came
 * with a stalled machine can be told from a slow Hubsteps.
 */
export default class SummaryReporter implements Reporter {
  private stalls = watchMachineStalls();
  private failedAt: string[] = [];

  onTestCaseResult(test: TestCase): void {
    if (test.result().state === 'failed') this.failedAt.push(`failed at ${clock(Date.now())}: ${test.fullName}`);
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const count = { passed: 0, failed: unhandledErrors.length, skipped: 0, pending: 0 };
    for (const module of modules) {
      count.failed += module.errors().length;
      for (const suite of module.children.allSuites()) count.failed += suite.errors().length;
      for (const test of module.children.allTests()) count[test.result().state]++;
    }
    const skipped = count.skipped + count.pending;
    const machine = this.stalls.stop();
    console.log(['', ...this.failedAt, ...(machine ? [machine] : [])].join('\n'));
    console.log(`vitest: ${count.passed} passed, ${count.failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
}
