import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin } from 'vite';

const LOCALE = /\/locales\/[\w-]+\/[\w-]+\.json$/;

/**
 * Every language's words carry the version, as after a deploy that changed them: each words
 * file of the build is then a new file, which a tablet must download before switching.
 */
function wordsOfVersion(version: string): Plugin {
  return {
    name: 'hubsteps-test-words-of-version',
    enforce: 'pre',
    transform(code, id) {
      if (!LOCALE.test(id)) return null;
      return JSON.stringify({ ...(JSON.parse(code) as object), _build: version });
    },
  };
}

/** Builds Hubsteps into a fresh folder as version `version`, for tests that deploy updates. */
export async function buildVersion(version: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), `hubsteps-${version}-`));
  const before = process.env.HUBSTEPS_VERSION;
  process.env.HUBSTEPS_VERSION = version;
  try {
    await build({
      configLoader: 'bundle',
      logLevel: 'error',
      plugins: [wordsOfVersion(version)],
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (before === undefined) delete process.env.HUBSTEPS_VERSION;
    else process.env.HUBSTEPS_VERSION = before;
  }
  return outDir;
}
