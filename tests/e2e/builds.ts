import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

/** Builds Hubsteps into a fresh folder as version `version`, for tests that deploy updates. */
export async function buildVersion(version: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), `hubsteps-${version}-`));
  const before = process.env.HUBSTEPS_VERSION;
  process.env.HUBSTEPS_VERSION = version;
  try {
    await build({ configLoader: 'bundle', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    if (before === undefined) delete process.env.HUBSTEPS_VERSION;
    else process.env.HUBSTEPS_VERSION = before;
  }
  return outDir;
}
