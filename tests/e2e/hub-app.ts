import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../src/server/app';
import { migrateToLatest } from '../../src/server/db/migrations';
import { openDatabase } from '../../src/server/db/open';
import type { ServerDatabase } from '../../src/server/db/schema';
import { launchChromium } from './browser';
import { DIST } from './serve';

export interface HubApp {
  browser: Browser;
  /** The hub server's address, ending in "/". */
  url: string;
  /** Its database, for what a test sets up (a hub) or checks (the events stored). */
  db: Kysely<ServerDatabase>;
}

/**
 * For one test file: Chromium and the built app as a hub serves it, from the real hub server
 * (its headers, beside the API) over a SQLite database of its own in a temporary folder.
 */
export function useHubAppInChromium(): HubApp {
  const dir = mkdtempSync(join(tmpdir(), 'hubsteps-hub-'));
  const app = { db: openDatabase({ kind: 'sqlite', file: join(dir, 'hubsteps.sqlite') }) } as HubApp;
  const server = buildApp({ db: app.db, distDir: DIST });
  beforeAll(async () => {
    await migrateToLatest(app.db);
    const [browser, address] = await Promise.all([
      launchChromium(),
      server.then((s) => s.listen({ port: 0, host: '127.0.0.1' })),
    ]);
    Object.assign(app, { browser, url: `${address}/` });
  });
  afterAll(async () => {
    await app.browser?.close();
    await (await server).close();
    await app.db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });
  return app;
}
