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
import { stdin } from 'node:process';
import { parseArgs } from 'node:util';
import { createHub } from './accounts';
import { migrateToLatest } from './db/migrations';
import { databaseSettings, openDatabase } from './db/open';
import { HUB_CREATE_USAGE } from './first-start';
import { Refused } from './refused';
import { firstLine, newPassword, Stopped, terminal } from './terminal';

/** Asked twice at a terminal; from a script, the first line of its input. */
function password(): Promise<string> {
  return stdin.isTTY ? newPassword(terminal) : firstLine();
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { name: { type: 'string' }, email: { type: 'string' } } });
  if (!values.name || !values.email) {
    console.error(`Say the hub's name and the coordinator's email:\n  ${HUB_CREATE_USAGE}`);
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
    if (!(error instanceof Refused || error instanceof Stopped)) throw error;
    console.error(error.message);
    return 1;
  } finally {
    await db.destroy();
  }
}

process.exitCode = await main();
