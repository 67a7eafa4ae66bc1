import { fileURLToPath } from 'node:url';
import browserslist from 'browserslist';
import browserslistToEsbuild from 'browserslist-to-esbuild';

/**
 * The oldest engines Hubsteps supports, from package.json's "browserslist", the one place they
 * are stated (the README says why each). Every build option that depends on them comes from here.
 */
export const BROWSERS: string[] =
  browserslist.loadConfig({ path: fileURLToPath(new URL('../package.json', import.meta.url)) }) ?? [];
if (BROWSERS.length === 0)
  throw new Error('package.json has no "browserslist": Hubsteps must say which browsers it supports.');

/** The same engines as build targets ('chrome106', 'ios15.4', …), for the service worker and the CSS. */
export const ENGINE_TARGET: string[] = browserslistToEsbuild(BROWSERS);
