/**
 * The test command's last part: the browser tests (two files at a time, see vite.config.ts) and
 * the rest (unit, server, server on PostgreSQL, and two browser tests that even out the two, see
 * vite.config.ts), in two vitest processes at once. A browser test
 * spends much of its time waiting for the page (a lesson's praise shows for a second on each
 * step), so two of them and the rest keep a 2-core machine busy; run one after another they took
 * most of the suite's 20 minutes. Each process writes its counts to a file; this prints the one
 * summary line, "vitest: N passed, N failed", and fails if any failed. Arguments (a file filter,
 * say) go to both.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Counts } from '../tests/summary-reporter';

// vitest's own command (its package exports no path to it): beside its package.json.
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const dir = mkdtempSync(join(tmpdir(), 'hubsteps-tests-'));
const args = process.argv.slice(2);

function run(
  name: string,
  projects: readonly string[],
  options: readonly string[] = [],
): Promise<{ code: number; counts: Counts | null }> {
  const summary = join(dir, `${name}.json`);
  const child = spawn(
    process.execPath,
    // A file filter may match files of one process only: the other has none, which is no failure.
    [
      vitest,
      'run',
      '--configLoader',
      'runner',
      '--passWithNoTests',
      ...projects.flatMap((p) => ['--project', p]),
      ...options,
      ...args,
    ],
    { stdio: 'inherit', env: { ...process.env, HUBSTEPS_SUMMARY_FILE: summary } },
  );
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      let counts: Counts | null = null;
      try {
        counts = JSON.parse(readFileSync(summary, 'utf8')) as Counts;
      } catch {
        // No counts: the process ended before its run did (a crash); it fails below.
      }
      resolve({ code: code ?? 1, counts });
    });
  });
}

// The rest two files at a time too: vitest's default on two cores is one, and many of these
// files wait more than they work (a lesson's praise, a server's start), which left the
// machine half idle.
const results = await Promise.all([
  run('browsers', ['e2e']),
  run('rest', ['unit', 'server', 'server-postgres', 'e2e-beside'], ['--maxWorkers', '2']),
]);
rmSync(dir, { recursive: true, force: true });
const total = { passed: 0, failed: 0, skipped: 0 };
for (const { counts } of results) {
  total.passed += counts?.passed ?? 0;
  total.failed += counts?.failed ?? 0;
  total.skipped += counts?.skipped ?? 0;
}
// No test at all ran: a filter that matched nothing, or a broken set-up, is a failure too.
const failed = results.some((r) => r.code !== 0 || r.counts === null) || total.passed + total.failed === 0;
console.log(
  `\nvitest: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`,
);
process.exit(failed ? 1 : 0);
