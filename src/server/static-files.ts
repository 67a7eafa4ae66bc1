/**
 * The built app (dist/), served by the hub server on the API's own origin, so a tablet calls
 * `/api/...` with no address to set up. Each page is sent with the Content-Security-Policy the
 * build wrote into it (build/csp-plugin.ts), as a header too, and so is the service worker;
 * every other answer keeps the API's policy, which allows nothing (a script's or a picture's
 * own policy does nothing in the page that loads it).
 *
 * Caching: files under assets/ carry a content hash in their names (vite.config.ts names every
 * one so), so they never change and are cached for a year. Everything else (the pages, sw.js,
 * packs.json, the manifest, icons) is asked again each time (`no-cache`, answered 304 when it
 * has not changed), so a new version reaches a tablet at its next visit. The app routes by the
 * address's #fragment, so an unknown path is a 404, never a page.
 */
import { existsSync, readdirSync, readFileSync, type Stats, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where `npm run build` puts the app, beside src/. */
export const DEFAULT_DIST_DIR = resolve(import.meta.dirname, '../../dist');

const SERVICE_WORKER = 'sw.js';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** The policy the build put first in a page's <head>. */
const META_CSP = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i;

/** A page's policy as the build wrote it (with no character HTML would escape), or null. */
function policyIn(file: string): string | null {
  return META_CSP.exec(readFileSync(file, 'utf8'))?.[1] || null;
}

/** Refuses a build with a page the CSP plugin gave no policy: it would run without one. */
export function checkPages(distDir: string): void {
  for (const page of readdirSync(distDir, { recursive: true, encoding: 'utf8' })) {
    const file = join(distDir, page);
    if (page.endsWith('.html') && policyIn(file) === null) {
      throw new Error(`${file} has no Content-Security-Policy: build it again`);
    }
  }
}

/**
 * Each page's policy, read from the page as it is on disk now: a build made while the server
 * runs serves its new pages (and their scripts' new hashes) at once, as it does its new files.
 */
function pagePolicies(): (file: string, stat: Stats) => string | null {
  const known = new Map<string, { mtimeMs: number; size: number; policy: string | null }>();
  return (file, stat) => {
    const seen = known.get(file);
    if (seen?.mtimeMs === stat.mtimeMs && seen.size === stat.size) return seen.policy;
    const policy = policyIn(file);
    known.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, policy });
    return policy;
  };
}

/** Whether there is a built app to serve. */
export function hasBuild(distDir: string): boolean {
  return existsSync(join(distDir, 'index.html'));
}

/** Serves dist/ at /; serves nothing, and answers false, when there is no build (the API still works). */
export async function serveApp(app: FastifyInstance, distDir: string): Promise<boolean> {
  if (!hasBuild(distDir)) return false;
  checkPages(distDir);
  const policyOf = pagePolicies();
  const startPage = join(distDir, 'index.html');
  /** The app's policy, for its service worker; none while a build has the start page away. */
  const workerPolicy = () => {
    const stat = statSync(startPage, { throwIfNoEntry: false });
    return stat ? policyOf(startPage, stat) : null;
  };
  await app.register(fastifyStatic, {
    root: distDir,
    prefix: '/',
    index: ['index.html'],
    // /coordinator → /coordinator/, so the page's relative addresses resolve inside its folder.
    redirect: true,
    dotfiles: 'ignore',
    // Set below, per file.
    cacheControl: false,
    // Only GET and HEAD: a POST to a page's address is no route, a JSON 404.
    setHeaders(reply, path, stat) {
      const file = relative(distDir, path).split(sep).join('/');
      reply.header('cache-control', file.startsWith('assets/') ? IMMUTABLE : REVALIDATE);
      // A worker runs under the policy its own script comes with, not the page's: the service
      // worker gets the app's (the API's allows no fetch, and would stop it caching the app).
      // A page that has lost its policy since the start keeps the API's: it runs nothing.
      const policy = file.endsWith('.html') ? policyOf(path, stat) : file === SERVICE_WORKER ? workerPolicy() : null;
      if (policy !== null) reply.header('content-security-policy', policy);
    },
  });
  return true;
}
