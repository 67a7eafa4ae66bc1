/**
 * `npm run hub:create`: makes the hub and its first coordinator from a terminal, on the database
 * the server would use (DATABASE_URL, or SQLite in ./data).
 *
 *   npm run hub:create -- --name "Library hub" --email sam@example.org
 *
 * The password is asked for twice, without showing it; when the input is not a terminal (a
 * script), it is the first line of the input. It is never taken from the command line, where
 * it would stay in the shell's history and show in the process list.
 */
import { stdin, stdout } from 'node:process';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createHub, PASSWORD_MIN } from './accounts';
import { migrateToLatest } from './db/migrations';
import { databaseSettings, openDatabase } from './db/open';
import { Refused } from './refused';

const USAGE = 'npm run hub:create -- --name "Library hub" --email coordinator@example.org';

/** A line typed without echo: each key is read as it comes and nothing is shown. */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    stdout.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let typed = '';
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      stdout.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (keys: string) => {
      for (const key of keys) {
        if (key === '\r' || key === '\n') return done();
        if (key === '\u0003') return done(new Error('Stopped; nothing was made.'));
        if (key === '\u007f' || key === '\b') typed = typed.slice(0, -1);
        else typed += key;
      }
    };
    stdin.on('data', onData);
  });
}

/** The first line of a piped input. */
function firstLine(): Promise<string> {
  return new Promise((resolve) => {
    const lines = createInterface({ input: stdin });
    let got: string | null = null;
    lines.once('line', (line) => {
      got = line;
      lines.close();
    });
    lines.once('close', () => resolve(got ?? ''));
  });
}

async function password(): Promise<string> {
  if (!stdin.isTTY) return firstLine();
  const first = await askHidden(`Password for the coordinator (at least ${PASSWORD_MIN} characters): `);
  const again = await askHidden('The same password again: ');
  if (first !== again) throw new Refused('invalid-input', 'password: the two passwords are not the same.');
  return first;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { name: { type: 'string' }, email: { type: 'string' } } });
  if (!values.name || !values.email) {
    console.error(`Say the hub's name and the coordinator's email:\n  ${USAGE}`);
    return 2;
  }
  const settings = databaseSettings(process.env);
  const db = openDatabase(settings);
  try {
    const secret = await password();
    await migrateToLatest(db);
    await createHub(db, { hubName: values.name, email: values.email, password: secret });
    const where = settings.kind === 'sqlite' ? settings.file : 'the PostgreSQL database in DATABASE_URL';
    console.log(`Made the hub "${values.name.trim()}" in ${where}.`);
    console.log(`Its coordinator signs in as ${values.email.trim().toLowerCase()}.`);
    return 0;
  } catch (error) {
    if (!(error instanceof Refused) && !(error instanceof Error && error.message.startsWith('Stopped'))) throw error;
    console.error(error.message);
    return 1;
  } finally {
    await db.destroy();
  }
}

process.exitCode = await main();
