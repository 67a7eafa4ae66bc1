import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CapturedNode } from 'virtual:captured-step';
import preact from '@preact/preset-vite';
import legacy from '@vitejs/plugin-legacy';
import type { Page } from 'playwright-core';
import { build, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { ENGINE_TARGET } from '../../build/browsers';
import { CLASSIC_SCRIPTS } from '../../build/classic-scripts';
import { cssFilesPlugin } from '../../build/css-files-plugin';

const SOURCE = fileURLToPath(new URL('../preact-floor', import.meta.url));
const WORK = fileURLToPath(new URL('../../.bench/preact-floor', import.meta.url));
const SW_DIR = fileURLToPath(new URL('../../src/sw', import.meta.url));

export interface CapturedStep {
  nodes: CapturedNode[];
  css: string;
}

// A string, not a function: the page runs it as written, with no helpers from the bench's compiler.
const CAPTURE = `(() => {
  const capture = (node) => node.nodeType === Node.TEXT_NODE ? node.textContent : {
    tag: node.localName,
    attributes: Object.fromEntries([...node.attributes].map((a) => [a.name, a.value])),
    children: [...node.childNodes].filter((c) => c.nodeType === Node.TEXT_NODE || c.nodeType === Node.ELEMENT_NODE).map(capture),
  };
  return {
    nodes: [...document.getElementById('app').childNodes].map(capture),
    css: [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\\n'),
  };
})()`;

/**
 * The elements of the screen now shown in `page`, and the style sheets it uses: their rules as the
 * browser read them, since Hubsteps' styles are files (<link>), not <style> text.
 */
export function captureStep(page: Page): Promise<CapturedStep> {
  return page.evaluate(CAPTURE) as Promise<CapturedStep>;
}

/** Gives the reference page the captured step: its elements, and its styles as a sheet. */
function capturedStep(step: CapturedStep, cssFile: string): Plugin {
  const id = 'virtual:captured-step';
  return {
    name: 'hubsteps-captured-step',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load: (loaded) =>
      loaded === `\0${id}`
        ? `import ${JSON.stringify(cssFile)};\nexport const nodes = ${JSON.stringify(step.nodes)};`
        : null,
  };
}

/**
 * Builds the reference page (bench/preact-floor): the captured step drawn by Preact and nothing
 * else, built the way Hubsteps is (classic scripts through SystemJS, styles as a file it links,
 * Hubsteps' own Workbox service worker), with the app's pictures. Returns the folder to serve.
 */
export async function buildPreactFloor(step: CapturedStep, appDist: string): Promise<string> {
  rmSync(WORK, { recursive: true, force: true });
  const publicDir = join(WORK, 'public');
  mkdirSync(publicDir, { recursive: true });
  cpSync(join(appDist, 'assets', 'pictures'), join(publicDir, 'assets', 'pictures'), { recursive: true });
  const cssFile = join(WORK, 'step.css');
  writeFileSync(cssFile, step.css);
  const outDir = join(WORK, 'dist');
  await build({
    configFile: false,
    root: SOURCE,
    publicDir,
    logLevel: 'warn',
    plugins: [
      capturedStep(step, cssFile),
      preact(),
      cssFilesPlugin(),
      legacy(CLASSIC_SCRIPTS),
      VitePWA({
        strategies: 'injectManifest',
        srcDir: SW_DIR,
        filename: 'sw.ts',
        injectRegister: false,
        manifest: false,
        injectManifest: { target: ENGINE_TARGET, globPatterns: ['index.html', 'assets/**/*.{js,css,svg}'] },
      }),
    ],
    build: { outDir, emptyOutDir: true, cssTarget: ENGINE_TARGET, assetsInlineLimit: 0 },
  });
  return outDir;
}
