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
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/**
 * Every page's policy, by its path in dist/ ("index.html", "coordinator/index.html"). Read once
 * at start: a build that changes them is served after a restart, as its new files are.
 */
export function pagePolicies(distDir: string): Map<string, string> {
  const policies = new Map<string, string>();
  const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  for (const page of pages) {
    const found = META_CSP.exec(readFileSync(join(distDir, page), 'utf8'));
    // A page the build gave no policy (the CSP plugin failed to run) would run without one: refuse.
    if (!found?.[1]) throw new Error(`${join(distDir, page)} has no Content-Security-Policy: build it again`);
    // As the plugin wrote it: a policy has no character that HTML would escape.
    policies.set(page.split(sep).join('/'), found[1]);
  }
  return policies;
}

/** Whether there is a built app to serve. */
export function hasBuild(distDir: string): boolean {
  return existsSync(join(distDir, 'index.html'));
}

/** Serves dist/ at /; serves nothing, and answers false, when there is no build (the API still works). */
export async function serveApp(app: FastifyInstance, distDir: string): Promise<boolean> {
  if (!hasBuild(distDir)) return false;
  const policies = pagePolicies(distDir);
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
    setHeaders(reply, path) {
      const file = relative(distDir, path).split(sep).join('/');
      reply.header('cache-control', file.startsWith('assets/') ? IMMUTABLE : REVALIDATE);
      // A worker runs under the policy its own script comes with, not the page's: the service
      // worker gets the app's (the API's allows no fetch, and would stop it caching the app).
      const policy = policies.get(file === SERVICE_WORKER ? 'index.html' : file);
      if (policy !== undefined) reply.header('content-security-policy', policy);
    },
  });
  return true;
}
