import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import legacy from '@vitejs/plugin-legacy';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { ENGINE_TARGET } from './build/browsers';
import { CLASSIC_SCRIPTS } from './build/classic-scripts';
import { COORDINATOR_DIR, coordinatorBuildPlugin } from './build/coordinator-build';
import { cspPlugin } from './build/csp-plugin';
import { cssFilesPlugin } from './build/css-files-plugin';
import { databaseNamePlugin } from './build/index-html';
import { packsPlugin } from './build/packs-plugin';
import { validateLessonsPlugin } from './build/validate-lessons-plugin';
import { webManifest } from './build/web-manifest';
import { lessons } from './src/lessons';
import { CONTENT_HASH_LENGTH } from './src/offline/pack-files';
import LongestFirst from './tests/longest-first';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
/** Shown in settings; tests set HUBSTEPS_VERSION to tell two builds apart. */
const version = process.env.HUBSTEPS_VERSION ?? pkg.version;
/**
 * The test command runs the unit and server tests first, then the browser tests: one group at a
 * time, each with the workers it can use. Run side by side in two processes, each half's
 * polling slowed the other: the browser half took 1283 s in CI, while here the two halves
 * took 320 s and 700 s alone. The unit and server tests two files at a time: three made the
 * whole run 80 s longer (jsdom's waits poll, and slow each other down). The browser tests
 * three at a time: a browser test waits for its page much of the time.
 */
const FIRST = { sequence: { groupOrder: 0 }, maxWorkers: 2 } as const;
const THEN = { sequence: { groupOrder: 1 }, maxWorkers: 3 } as const;

const LOCALE_CHUNK = /locales\/([\w-]+)\/([\w-]+)\.json$/;
/** Every built file's content hash, one length everywhere: pack files are matched across versions by it. */
const HASH = `[hash:${CONTENT_HASH_LENGTH}]`;

export default defineConfig({
  define: { __HUBSTEPS_VERSION__: JSON.stringify(version) },
  plugins: [
    preact(),
    databaseNamePlugin(),
    // Before legacy(): each chunk's CSS becomes a file before the chunk is compiled to SystemJS.
    cssFilesPlugin(),
    // Classic scripts through SystemJS, for the browser's code cache (see classic-scripts.ts).
    legacy(CLASSIC_SCRIPTS),
    validateLessonsPlugin(),
    packsPlugin(lessons, version),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false,
      registerType: 'prompt',
      manifest: webManifest,
      injectManifest: {
        target: ENGINE_TARGET,
        // The app shell, with learners' pictures: lesson words and pictures are packs the app downloads.
        globPatterns: [
          'index.html',
          'packs.json',
          'assets/*.{js,css}',
          'assets/profiles/*.svg',
          'icon.svg',
          'icons/*.png',
        ],
        // Nor the coordinator's page (built into coordinator/ by coordinatorBuildPlugin): it is for
        // staff on the hub's server, not for learners offline.
        globIgnores: ['assets/words/**', 'assets/pictures/**', `${COORDINATOR_DIR}/**`],
      },
    }),
    // Last: the Content-Security-Policy hashes the inline scripts of the page as it ends up.
    cspPlugin(),
    // Then the coordinator's page, a build of its own into the same folder.
    coordinatorBuildPlugin(),
  ],
  build: {
    // Scripts are lowered by the legacy plugin for the same browsers; CSS and the service worker here.
    cssTarget: ENGINE_TARGET,
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Everything the first screen loads up front is one file, the entry: Preact, i18next and
        // the app's shared parts included. At start each file is one more request and one more
        // hop before the app's code runs, on a main thread that is the bottleneck of a slow
        // tablet. Lazy screens import what they share from it. Interleaved A/B of 20 offline cold
        // starts at 4×, against the same parts in a separate chunk: median 358 → 326 ms, and
        // faster in 16 of 20 pairs.
        codeSplitting: {
          groups: [
            { name: 'index', tags: ['$initial'] },
            // What loads once the first screen is up (the service-worker bridge, packs, storage) is
            // one file too, not three: 0.3 KB less gzip than three small files.
            { name: 'offline', test: /src\/offline\/|workbox-window/ },
          ],
        },
        // Each language's words and each picture get their own folder, to be cached as packs.
        chunkFileNames: (chunk) => {
          const m = LOCALE_CHUNK.exec(chunk.facadeModuleId ?? '');
          return m ? `assets/words/${m[1]}/${m[2]}-${HASH}.js` : `assets/[name]-${HASH}.js`;
        },
        assetFileNames: (asset) =>
          asset.originalFileNames.some((f) => f.includes('lessons/pictures/'))
            ? `assets/pictures/[name]-${HASH}[extname]`
            : asset.originalFileNames.some((f) => f.includes('profiles/pictures/'))
              ? `assets/profiles/[name]-${HASH}[extname]`
              : `assets/[name]-${HASH}[extname]`,
      },
    },
  },
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          // Worker threads, not processes: the same 805 tests in 135 s instead of 159 s alone, and
          // 207 CPU-seconds instead of 253, of 2 cores the server's tests share meanwhile.
          pool: 'threads',
          setupFiles: ['tests/unit/setup.ts'],
          testTimeout: 30_000,
          ...FIRST,
        },
      },
      {
        extends: true,
        test: {
          // The hub server and its database, in Node as it runs.
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          ...FIRST,
        },
      },
      {
        extends: true,
        test: {
          // The same tests of the server's storage and API, on a PostgreSQL server of their own.
          // Not the SQLite-only ones: pragmas and files (database, hub-create), pure code.
          name: 'server-postgres',
          include: ['tests/server/{migrations,accounts,enrolment,tries,push,pull,restore,app,hub-settings}.test.ts'],
          environment: 'node',
          globalSetup: ['tests/server/postgres.ts'],
          testTimeout: 30_000,
          ...FIRST,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each poll asks the browser (a round trip and a query of the page); every 50 ms, the
          // default, across three browser tests at once, that was a share of 2 cores.
          expect: { poll: { interval: 100 } },
          ...THEN,
        },
      },
    ],
  },
});
