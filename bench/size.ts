import { build } from 'vite';
import { COORDINATOR_DIR } from '../build/coordinator-build';
import { launchChromium } from '../tests/e2e/browser';
import { DIST } from '../tests/e2e/serve';
import { startStaticServer } from '../tests/e2e/static-server';
import { coordinatorPageFiles, FIRST_LOAD_BUDGET_KB, firstLoad, totalGzipKB } from './lib/first-load';
import { LANGUAGE_PACK_BUDGET_KB, languagePackKB } from './lib/language-packs';

/**
 * First-load JS + CSS of the start screen, gzip, measured on a fresh build in Chromium; and each
 * language's full pack (words, every lesson's pictures), gzip. The coordinator's page is reported
 * apart: the start screen never loads it (tests/e2e/size.test.ts checks), and it is not in the budget.
 */
export async function size(): Promise<Record<string, unknown>> {
  await build({ logLevel: 'warn', configLoader: 'bundle' });
  const [browser, server] = await Promise.all([launchChromium(), startStaticServer(DIST)]);
  try {
    const files = await firstLoad(browser, server.url, DIST);
    console.table(files.map((f) => ({ file: f.file, bytes: f.bytes, 'gzip bytes': f.gzipBytes })));
    const firstLoadGzipKB = totalGzipKB(files);
    console.log(`First load (start screen), gzip: ${firstLoadGzipKB} KB; budget ${FIRST_LOAD_BUDGET_KB} KB`);
    const packs = languagePackKB(DIST);
    console.table(packs);
    console.log(
      `Largest language pack, gzip: ${Math.max(...Object.values(packs))} KB; budget ${LANGUAGE_PACK_BUDGET_KB} KB`,
    );
    const coordinatorPageGzipKB = totalGzipKB(coordinatorPageFiles(DIST, COORDINATOR_DIR));
    console.log(`Coordinator's page (not on tablets, not in the budget), gzip: ${coordinatorPageGzipKB} KB`);
    return { firstLoadGzipKB, languagePackKB: packs, coordinatorPageGzipKB };
  } finally {
    await browser.close();
    await server.close();
  }
}
