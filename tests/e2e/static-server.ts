import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** What the server does with one request, so a test can break the network in chosen ways. */
export type Fault = 'ok' | 'error-500' | 'drop' | 'slow';

export interface StaticServer {
  url: string;
  /** Serve another build from now on, as a deploy of a new version would. */
  serve: (dir: string) => void;
  /** Decide per path whether to answer, fail with 500, or drop the connection. */
  setFault: (fault: (path: string) => Fault) => void;
  /** Paths requested so far. */
  requested: string[];
  close: () => Promise<void>;
}

/** A plain static server on loopback for one build of Hubsteps, with faults on demand. */
export async function startStaticServer(dir: string): Promise<StaticServer> {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`No build in ${dir}: run \`npm run build\` first.`);
  let root = dir;
  let fault: (path: string) => Fault = () => 'ok';
  const requested: string[] = [];

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requested.push(path);
    const what = fault(path);
    if (what === 'drop') {
      req.socket.destroy();
      return;
    }
    if (what === 'slow') {
      // A poor connection: each such file takes a while, so progress can be watched.
      setTimeout(() => serveFile(path, res), 400);
      return;
    }
    if (what === 'error-500') {
      res.writeHead(500, { 'content-type': 'text/plain' }).end('Server error');
      return;
    }
    serveFile(path, res);
  };

  const serveFile = (path: string, res: ServerResponse) => {
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    // A folder's own index.html (the coordinator's page at /coordinator/), else the app's.
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) file = join(root, 'index.html');
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      // Like a careful host: the page and the service worker are always checked for a newer one.
      'cache-control': /\/assets\//.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    createReadStream(file).pipe(res);
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    serve: (next) => {
      root = next;
    },
    setFault: (next) => {
      fault = next;
    },
    requested,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
