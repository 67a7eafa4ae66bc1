/**
 * A PostgreSQL server of its own, in a temporary folder: started for the `server-postgres` test
 * project (tests/server/postgres.ts) and for the server benchmark (bench/server.ts), and stopped
 * after. Debian's `postgresql` package gives the programs (.ci/run installs it). PostgreSQL will
 * not run as root, so as root it runs as the `postgres` user the package makes.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export interface PostgresServer {
  /** postgres://postgres@127.0.0.1:<port>/postgres: a superuser, no password. */
  url: string;
  /** Stops the server and deletes its folder. */
  stop: () => void;
}

export interface PostgresServerOptions {
  /**
   * Whether a commit waits for the disk (fsync on, PostgreSQL's default). Tests throw their
   * server away after and turn it off; a benchmark that compares durability keeps it on.
   */
  durable: boolean;
  /** At most this many connections at once. */
  maxConnections?: number;
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
export function freePort(): Promise<number> {
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

export async function startPostgresServer({
  durable,
  maxConnections = 200,
}: PostgresServerOptions): Promise<PostgresServer> {
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
  // --no-sync: only initdb's own files; whether commits wait for the disk is fsync's say below.
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const options = [
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=${maxConnections}`,
    durable ? '' : '-c fsync=off',
  ].join(' ');
  run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
