/**
 * The `server-postgres` test project's PostgreSQL: a server of its own, in a temporary folder,
 * started before the tests and stopped after, so the same tests prove the same queries on both
 * databases. Debian's `postgresql` package gives the programs (.ci/run installs it). PostgreSQL
 * will not run as root, so as root it runs as the `postgres` user the package makes.
 *
 * A developer with a PostgreSQL server of their own can set HUBSTEPS_TEST_POSTGRES_URL instead
 * (a role that may create databases): each test makes a database there and drops it.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl?: string;
  }
}

/** Where Debian puts PostgreSQL's programs: /usr/lib/postgresql/<version>/bin, newest first. */
function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0]) {
    throw new Error(
      'PostgreSQL is not installed: apt-get install postgresql (.ci/run does), or set HUBSTEPS_TEST_POSTGRES_URL',
    );
  }
  return join(root, versions[0], 'bin');
}

/** A port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export default async function startPostgres(project: TestProject): Promise<() => void> {
  const given = process.env.HUBSTEPS_TEST_POSTGRES_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return () => {};
  }
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'hubsteps-postgres-'));
  const asRoot = userInfo().uid === 0;
  const run = (program: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, program), ...args], { stdio: 'pipe' })
      : execFileSync(join(bin, program), args, { stdio: 'pipe' });
  if (asRoot) {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
    const [uid, gid] = [id('-u'), id('-g')];
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  // fsync off: the tests' server is thrown away after, and durability is SQLite's test to prove.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  project.provide('postgresUrl', `postgres://postgres@127.0.0.1:${port}/postgres`);

  return () => {
    try {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
