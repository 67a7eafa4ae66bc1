/**
 * Starts the hub server: brings the database up to date, then answers the API on one port.
 *
 *   PORT            the port (8080)
 *   HOST            the address to listen on (0.0.0.0: tablets on the hub's Wi-fi reach it)
 *   DATABASE_URL    PostgreSQL for a programme's server; otherwise SQLite in ./data
 *   HUBSTEPS_SQLITE_FILE   where that SQLite file is (data/hubsteps.sqlite)
 *   HUBSTEPS_TRUST_PROXY   "1" behind a load balancer, so rate limits see the client's address
 */
import { buildApp } from './app';
import { migrateToLatest } from './db/migrations';
import { databaseSettings, openDatabase } from './db/open';

const settings = databaseSettings(process.env);
const db = openDatabase(settings);
await migrateToLatest(db);

const app = await buildApp({ db, logger: true, trustProxy: process.env.HUBSTEPS_TRUST_PROXY === '1' });
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '0.0.0.0';
const address = await app.listen({ port, host });
const where = settings.kind === 'sqlite' ? settings.file : 'PostgreSQL from DATABASE_URL';
app.log.info({ database: where }, 'hub server started');
// For the person who started it, in plain words: where it is, and what to do first.
console.log(`Hubsteps hub server at ${address}, keeping its data in ${where}.`);
const anyHub = await db.selectFrom('hubs').select('id').limit(1).executeTakeFirst();
if (!anyHub) {
  console.log('There is no hub yet. Make it and its first coordinator with:');
  console.log('  npm run hub:create -- --name "Library hub" --email coordinator@example.org');
}

/** Stops taking requests, lets those under way finish, then closes the database. */
async function stop(signal: string) {
  app.log.info(`${signal}: stopping`);
  await app.close();
  await db.destroy();
  process.exit(0);
}
process.once('SIGINT', () => void stop('SIGINT'));
process.once('SIGTERM', () => void stop('SIGTERM'));
