import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:https';
import { type AddressInfo, createServer } from 'node:net';
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHub } from '../../src/server/accounts';
import { HUB_CREATE_USAGE } from '../../src/server/first-start';
import { type TempDatabase, tempDatabase } from './temp-db';

let temp: TempDatabase;
let server: ChildProcess | null = null;
beforeEach(async () => {
  temp = await tempDatabase();
});
afterEach(async () => {
  if (server?.exitCode === null) server.kill('SIGKILL');
  await temp.remove();
});

/**
 * The server as `npm start` runs it after the build, on the temporary database, on a free port,
 * with no terminal; `more` added to its environment.
 */
function spawnServer(more: Record<string, string>): ChildProcess & { stdout: Readable; stderr: Readable } {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HUBSTEPS_SQLITE_FILE: temp.file,
    DATABASE_URL: '',
    PORT: '0',
    LOG_LEVEL: 'warn',
    ...more,
  };
  delete env.HOST;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  return child;
}

/** The server started: resolves with what it printed once it says it is running. */
function startServer(more: Record<string, string> = {}): Promise<{ printed: string; exited: Promise<number | null> }> {
  const child = spawnServer(more);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let printed = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      if (printed.includes('Stop the server with Ctrl+C.')) resolve({ printed, exited });
    });
    child.once('exit', (code) => reject(new Error(`the server stopped (${code}): ${printed}${errors}`)));
  });
}

/** The server started until it stops by itself: its exit code and all it printed. */
function runUntilStopped(
  more: Record<string, string>,
): Promise<{ code: number | null; printed: string; errors: string }> {
  const child = spawnServer(more);
  let printed = '';
  let errors = '';
  child.stdout.on('data', (chunk: Buffer) => {
    printed += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, printed, errors })));
}

describe('starting the hub server', () => {
  it('says where to open it, on this computer and the network, and how to make the hub when there is none', async () => {
    const { printed, exited } = await startServer();
    const port = /On this computer: {7}http:\/\/localhost:(\d+)\//.exec(printed)?.[1];
    expect(port).toBeDefined();
    // Listening on every address: the hub's tablets reach it at the computer's network address.
    const network = [...printed.matchAll(/On the hub's network: {3}(\S+)/g)].map((m) => m[1]);
    for (const address of network) expect(address).toMatch(new RegExp(`^http://\\d+\\.\\d+\\.\\d+\\.\\d+:${port}/$`));
    if (network.length === 0) expect(printed).toContain('(No network found: tablets cannot reach it yet.)');
    // Tablets on the network need HTTPS to work offline and to lock a learner's progress.
    else expect(printed).toContain('Plain HTTP: on a tablet, Hubsteps works offline');
    expect(printed).toContain(`Hubsteps hub server is running, keeping its data in ${temp.file}.`);
    expect(printed).toContain(`1. Make the hub and its coordinator (in another terminal): ${HUB_CREATE_USAGE}`);
    expect(printed).toContain('coordinator/ and makes an enrolment code.');

    const answer = await fetch(`http://127.0.0.1:${port}/api/hub`);
    expect(answer.status).toBe(401);
    expect(await answer.json()).toEqual({ error: 'no-credentials', message: expect.any(String) });

    server?.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('serves HTTPS with the certificate it is given, and says so in its addresses', async () => {
    const cert = 'tests/server/tls/localhost-cert.pem';
    const { printed, exited } = await startServer({
      HUBSTEPS_TLS_CERT: cert,
      HUBSTEPS_TLS_KEY: 'tests/server/tls/localhost-key.pem',
    });
    const port = /On this computer: {7}https:\/\/localhost:(\d+)\//.exec(printed)?.[1];
    expect(port).toBeDefined();
    expect(printed).not.toContain('Plain HTTP');
    const answer = await new Promise<{ status?: number; body: string }>((resolve, reject) => {
      get(`https://localhost:${port}/api/hub`, { ca: readFileSync(cert) }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => {
          body += chunk.toString();
        });
        response.on('end', () => resolve({ status: response.statusCode, body }));
      }).on('error', reject);
    });
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.body)).toMatchObject({ error: 'no-credentials' });
    server?.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('goes straight to enrolling tablets once there is a hub', async () => {
    await createHub(temp.db, { hubName: 'Library hub', email: 'sam@example.org', password: 'correct horse battery' });
    const { printed, exited } = await startServer();
    expect(printed).not.toContain('npm run hub:create');
    expect(printed).toMatch(
      / {2}1\. The coordinator signs in at http:\/\/\S+\/coordinator\/ and makes an enrolment code\./,
    );
    server?.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('says plainly that its SQLite file is not a database, and leaves the file as it was', async () => {
    await temp.db.destroy();
    const notes = 'Tuesday: bring the loan tablets back to the library\n';
    writeFileSync(temp.file, notes);
    const before = readdirSync(dirname(temp.file)).sort();

    const { code, printed, errors } = await runUntilStopped({ HUBSTEPS_SQLITE_FILE: temp.file, DATABASE_URL: '' });
    expect(code).toBe(1);
    expect(printed).toContain(`Hubsteps could not open its database, ${temp.file}: it is not a SQLite database`);
    expect(printed).toContain('start with HUBSTEPS_SQLITE_FILE set to another file');
    // A message, not a stack trace.
    expect(errors).not.toMatch(/\n\s+at /);
    expect(readFileSync(temp.file, 'utf8')).toBe(notes);
    expect(readdirSync(dirname(temp.file)).sort()).toEqual(before);
  });

  it('says plainly that no PostgreSQL answers at DATABASE_URL, without repeating its password', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const { code, printed, errors } = await runUntilStopped({
      DATABASE_URL: `postgres://hub:s3cret-word@127.0.0.1:${closedPort}/hubsteps`,
    });
    expect(code).toBe(1);
    expect(printed).toContain('no PostgreSQL server answered at the host and port in DATABASE_URL');
    expect(errors).not.toMatch(/\n\s+at /);
    expect(`${printed}${errors}`).not.toContain('s3cret-word');
  });
});
