import { spawn, spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signIn } from '../../src/server/accounts';
import { migrations } from '../../src/server/db/migrations';
import { openDatabase } from '../../src/server/db/open';
import { type TempDatabase, tempDatabase } from './temp-db';

let temp: TempDatabase;
beforeEach(async () => {
  // Not migrated: the command brings a new database up to date itself.
  temp = await tempDatabase({ migrated: false });
});
afterEach(async () => {
  await temp.remove();
});

/** `npm run hub:create` as a script runs it: the password piped in, on the temporary database. */
function hubCreate(args: string[], input: string) {
  // An empty DATABASE_URL is no DATABASE_URL: SQLite, in the temporary file.
  const env = { ...process.env, HUBSTEPS_SQLITE_FILE: temp.file, DATABASE_URL: '' };
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/server/hub-create.ts', ...args], {
    input,
    env,
    encoding: 'utf8',
  });
}

describe('npm run hub:create', () => {
  it('makes the hub and its coordinator, who can then sign in', async () => {
    const run = hubCreate(['--name', 'Library hub', '--email', 'Sam@Example.org'], 'correct horse battery\n');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Made the hub "Library hub" in');
    expect(run.stdout).toContain('Its coordinator signs in as sam@example.org.');
    expect(run.stdout).not.toContain('correct horse battery');

    const db = temp.reopen();
    const session = await signIn(db, { email: 'sam@example.org', password: 'correct horse battery' });
    expect(session.token).toBeTruthy();
  });

  it('says what is wrong, and makes nothing, for a short password or a missing email', async () => {
    const short = hubCreate(['--name', 'Library hub', '--email', 'sam@example.org'], 'short\n');
    expect(short.status).toBe(1);
    expect(short.stderr).toContain('password: a password is 10 to 200 characters.');

    const missing = hubCreate(['--name', 'Library hub'], 'correct horse battery\n');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('npm run hub:create -- --name');

    const db = openDatabase({ kind: 'sqlite', file: temp.file });
    const hubs = await db
      .selectFrom('hubs')
      .select('id')
      .execute()
      .finally(() => db.destroy());
    expect(hubs).toEqual([]);
  });

  it('run twice at once on a new database, brings it up to date once and makes both hubs', async () => {
    const env = { ...process.env, HUBSTEPS_SQLITE_FILE: temp.file, DATABASE_URL: '' };
    const run = (email: string) =>
      new Promise<{ status: number | null; stderr: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', 'src/server/hub-create.ts', '--name', email, '--email', email],
          { env, stdio: ['pipe', 'ignore', 'pipe'] },
        );
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
        });
        child.once('exit', (status) => resolve({ status, stderr }));
        child.stdin.end('correct horse battery\n');
      });
    const [a, b] = await Promise.all([run('a@example.org'), run('b@example.org')]);
    expect([a, b]).toEqual([
      { status: 0, stderr: '' },
      { status: 0, stderr: '' },
    ]);
    const db = temp.reopen();
    const ran = await db
      .selectFrom('kysely_migration' as 'hubs')
      .select('name')
      .execute();
    expect(ran.map((r) => r.name).sort()).toEqual(Object.keys(migrations));
    expect((await db.selectFrom('hubs').select('name').orderBy('name').execute()).map((h) => h.name)).toEqual([
      'a@example.org',
      'b@example.org',
    ]);
  });
});
