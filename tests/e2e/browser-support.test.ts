import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './serve';

const ROOT = join(import.meta.dirname, '..', '..');
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

/** Runs a checker from the project's root (where package.json's "browserslist" is); its exit code and words. */
function check(command: string, args: string[]): { failed: boolean; output: string } {
  const run = spawnSync(bin(command), args, { cwd: ROOT, encoding: 'utf8' });
  return { failed: run.status !== 0, output: `${run.stdout}${run.stderr}` };
}

/** Syntax and JavaScript built-ins (es-check, with MDN's data per browser). */
const esCheck = (files: string) => check('es-check', ['checkBrowser', files, '--checkFeatures']);
/** Browser features such as Intl.Segmenter or BroadcastChannel; a use inside an `if` that checks for it passes. */
const compat = (...paths: string[]) => check('oxlint', ['-c', 'build/oxlint-browsers.json', '--no-ignore', ...paths]);

describe('the oldest browsers Hubsteps supports (package.json "browserslist")', () => {
  it('run every file of the built app: no syntax or built-in they lack', () => {
    const result = esCheck(join(DIST, '**', '*.js'));
    expect(result.output).toContain('passed');
    expect(result.failed).toBe(false);
  });

  it("run Hubsteps' own code: it checks for any newer browser feature before it uses it", () => {
    const result = compat('src');
    expect(result.output).toMatch(/Found 0 warnings and 0 errors/);
    expect(Number(/ on (\d+) files/.exec(result.output)?.[1])).toBeGreaterThan(50);
    expect(result.failed).toBe(false);
  });

  it('are held to: code that uses a feature they lack is refused, naming it', () => {
    const fixture = join('tests', 'fixtures', 'too-new-for-tablets.js');
    const syntax = esCheck(fixture);
    expect(syntax.failed).toBe(true);
    expect(syntax.output).toContain('ObjectGroupBy');
    const features = compat(fixture);
    expect(features.failed).toBe(true);
    expect(features.output).toContain('Intl.Segmenter() is not supported in Firefox 115');
  });
});
