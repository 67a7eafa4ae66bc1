/**
 * The `server-postgres` test project's PostgreSQL: a server of its own, in a temporary folder,
 * started before the tests and stopped after (tests/server/postgres-server.ts), so the same
 * tests prove the same queries on both databases.
 *
 * A developer with a PostgreSQL server of their own can set HUBSTEPS_TEST_POSTGRES_URL instead
 * (a role that may create databases): each test makes a database there and drops it.
 */
import type { TestProject } from 'vitest/node';
import { startPostgresServer } from './postgres-server';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl?: string;
  }
}

export default async function startPostgres(project: TestProject): Promise<() => void> {
  const given = process.env.HUBSTEPS_TEST_POSTGRES_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return () => {};
  }
  // fsync off: the tests' server is thrown away after, and durability is SQLite's test to prove.
  const server = await startPostgresServer({ durable: false });
  project.provide('postgresUrl', server.url);
  return server.stop;
}
