import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signIn } from '../../src/server/accounts';
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
});
