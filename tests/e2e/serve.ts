import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type PreviewServer, preview } from 'vite';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Serves the built app on a free loopback port, as `npm start` does. */
export async function serveBuiltApp(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('No build in dist/: run `npx vite build` first.');
  const server: PreviewServer = await preview({
    root: join(DIST, '..'),
    logLevel: 'silent',
    configLoader: 'runner',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  return { url, close: () => server.close() };
}
