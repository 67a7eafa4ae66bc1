import { join } from 'node:path';

/** Where `vite build` puts Hubsteps; the end-to-end tests and benchmarks serve it from here. */
export const DIST = join(import.meta.dirname, '..', '..', 'dist');
