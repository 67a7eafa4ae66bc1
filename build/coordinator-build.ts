import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import legacy from '@vitejs/plugin-legacy';
import { build, type LogLevel, type Plugin } from 'vite';
import { ENGINE_TARGET } from './browsers';
import { CLASSIC_SCRIPTS } from './classic-scripts';
import { cspPlugin } from './csp-plugin';
import { cssFilesPlugin } from './css-files-plugin';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The coordinator's page and everything it loads, under the build's folder. */
export const COORDINATOR_DIR = 'coordinator';

/**
 * The coordinator's page (coordinator/index.html, src/coordinator), built after the tablet's app
 * into the same folder, as a build of its own: dist/coordinator/index.html and its files in
 * dist/coordinator/assets.
 *
 * Its own build, not a second input of the app's: the app puts every module its first screen
 * needs into one file (vite.config.ts, codeSplitting), and with two inputs Preact and anything
 * else the two share would land in that file, so the coordinator's page would load and run the
 * tablet's app, or the tablet would load a shared chunk more at start. Built apart, the page has
 * its own small copy of Preact, and the tablet's build does not change by a byte. Its files are
 * outside the service worker's precache patterns (assets/*.{js,css} at the top only, and
 * vite.config.ts ignores coordinator/** besides): staff pages have no place on a tablet.
 *
 * Same browsers, same classic scripts and style files, and the same Content-Security-Policy as
 * the app (its inline System.import hashed by cspPlugin).
 */
export function coordinatorBuildPlugin(): Plugin {
  let outDir = 'dist';
  let logLevel: LogLevel | undefined;
  return {
    name: 'hubsteps-coordinator-build',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
      logLevel = config.logLevel;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        await build({
          configFile: false,
          root: ROOT,
          logLevel,
          // The app's build copies public/ already.
          publicDir: false,
          plugins: [preact(), cssFilesPlugin(), legacy(CLASSIC_SCRIPTS), cspPlugin()],
          build: {
            outDir,
            // The tablet's app is already there.
            emptyOutDir: false,
            cssTarget: ENGINE_TARGET,
            assetsInlineLimit: 0,
            rolldownOptions: {
              input: `${ROOT}${COORDINATOR_DIR}/index.html`,
              output: {
                entryFileNames: `${COORDINATOR_DIR}/assets/[name]-[hash].js`,
                chunkFileNames: `${COORDINATOR_DIR}/assets/[name]-[hash].js`,
                assetFileNames: `${COORDINATOR_DIR}/assets/[name]-[hash][extname]`,
              },
            },
          },
        });
      },
    },
  };
}
