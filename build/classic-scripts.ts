import type { Options } from '@vitejs/plugin-legacy';
import { BROWSERS } from './browsers';

/**
 * Every chunk is loaded as a classic script through SystemJS, not as an ES module. Chromium keeps
 * a full code cache for classic scripts a service worker cached at install, and none for module
 * scripts: as modules, every cold start compiled Preact, i18next and the app afresh (about 130 ms
 * of a slow tablet's main thread at 4×). Interleaved A/B of offline cold starts: median 81 to
 * 111 ms faster. Syntax is lowered for the supported browsers (BROWSERS); no polyfills: code that
 * uses a newer feature checks for it, and a test fails on a build that uses one unguarded. The
 * benchmark's reference page is built with the same options.
 */
export const CLASSIC_SCRIPTS: Options = {
  targets: BROWSERS,
  renderModernChunks: false,
  polyfills: [],
};
