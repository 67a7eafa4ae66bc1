import type { Plugin } from 'vite';

/**
 * How Vite's vite:css-post puts a chunk's CSS into the chunk when it is not an ES module build (our
 * chunks are classic scripts, see classic-scripts.ts): a <style> element the script fills in. Copied
 * from cssPostPlugin in node_modules/vite/dist/node/chunks/node.js; the string is JSON.stringify'd.
 */
const STYLE_INJECTION =
  /var __vite_style__ = document\.createElement\('style'\);__vite_style__\.textContent = ("(?:[^"\\]|\\.)*");document\.head\.appendChild\(__vite_style__\);/;

/**
 * A lazy chunk's styles, through a <link> the chunk adds and waits for before its exports reach
 * the importer: a screen is drawn only once its styles are in, and a style sheet that fails to
 * load fails the import (src/app/lazy.ts lets the next try load it again). A top-level await,
 * which plugin-legacy's SystemJS transform turns into an async execute.
 */
const linkAndWait = (href: string) =>
  `await new Promise(function (resolve, reject) { var link = document.createElement('link'); link.rel = 'stylesheet'; link.href = ${JSON.stringify(href)}; link.onload = resolve; link.onerror = function () { reject(new Error('Styles failed to load: ' + link.href)); }; document.head.appendChild(link); });`;

/**
 * Each chunk's CSS as a real .css file instead of a <style> its script injects, so the
 * Content-Security-Policy (csp-plugin.ts) can allow styles from the app's own files only, with
 * no 'unsafe-inline'. The entry's file is listed in its importedCss, and Vite's HTML plugin links
 * it from index.html; a lazy chunk links its own (linkAndWait). The files are precached with the
 * rest of the app shell (assets/*.css).
 *
 * enforce: 'post' and listed before legacy() in the plugins: its renderChunk then runs after
 * vite:css-post has injected the CSS and before plugin-legacy compiles the chunk to SystemJS.
 */
export function cssFilesPlugin(): Plugin {
  let base = '/';
  return {
    name: 'hubsteps-css-files',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    renderChunk(code, chunk) {
      const injection = STYLE_INJECTION.exec(code);
      if (!injection?.[1]) {
        // A Vite that injects styles some other way would otherwise ship them blocked by the policy.
        if (code.includes('__vite_style__'))
          this.error(`${chunk.fileName} injects its styles in a way hubsteps-css-files does not know`);
        return null;
      }
      const css = JSON.parse(injection[1]) as string;
      const file = this.getFileName(this.emitFile({ type: 'asset', name: `${chunk.name}.css`, source: css }));
      chunk.viteMetadata?.importedCss.add(file);
      const load = chunk.isEntry ? '' : linkAndWait(base + file);
      return { code: code.replace(injection[0], () => load), map: null };
    },
  };
}
