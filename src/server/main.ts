/**
 * Starts the hub server (`npm start` builds the app first): brings the database up to date,
 * offers to make the hub on a first start, then serves the app and the API on one port.
 *
 *   PORT            the port (8080)
 *   HOST            the address to listen on (0.0.0.0: tablets on the hub's Wi-fi reach it)
 *   DATABASE_URL    PostgreSQL for a programme's server; otherwise SQLite in ./data
 *   HUBSTEPS_SQLITE_FILE   where that SQLite file is (data/hubsteps.sqlite)
 *   HUBSTEPS_TRUST_PROXY   behind load balancers: how many stand in front ("1"), or their
 *                          addresses ("10.0.0.0/8"), so limits see each client's own address
 *   HUBSTEPS_TLS_CERT, HUBSTEPS_TLS_KEY   PEM files: serve HTTPS (tablets need it to work offline)
 *   LOG_LEVEL       how much the log says (info; warn leaves out each request)
 */
import { readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { stdin } from 'node:process';
import type { Kysely } from 'kysely';
import { buildApp } from './app';
import { migrateToLatest } from './db/migrations';
import { databaseSettings, openDatabase } from './db/open';
import type { ServerDatabase } from './db/schema';
import { startFailure } from './db/start-failure';
import { HUB_CREATE_USAGE, hasHub, offerToCreateHub } from './first-start';
import { DEFAULT_DIST_DIR, hasBuild } from './static-files';
import { Stopped, terminal } from './terminal';

// For the person who started it, in plain words: where it is, and what to do first.
const say = (line: string) => console.log(line);

const settings = databaseSettings(process.env);

/** The database, brought up to date; or, when it cannot be opened for a reason that is the person's to mend, that reason and exit 1. */
async function openForStart(): Promise<Kysely<ServerDatabase>> {
  let opened: Kysely<ServerDatabase> | null = null;
  try {
    opened = openDatabase(settings);
    await migrateToLatest(opened);
    return opened;
  } catch (error) {
    const why = startFailure(settings, error);
    if (why === null) throw error;
    say(why);
    await opened?.destroy().catch(() => {});
    process.exit(1);
  }
}
const db = await openForStart();
const where = settings.kind === 'sqlite' ? settings.file : 'PostgreSQL from DATABASE_URL';
let hub = await hasHub(db);
if (!hub && stdin.isTTY) {
  try {
    hub = (await offerToCreateHub(db, terminal, say)) !== null;
  } catch (error) {
    if (!(error instanceof Stopped)) throw error;
    say(error.message);
    await db.destroy();
    process.exit(130);
  }
}

/** A number of proxies in front, or their addresses; none when unset. */
function trustedProxies(value: string): number | string | false {
  if (value === '') return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}

const certFile = process.env.HUBSTEPS_TLS_CERT?.trim();
const keyFile = process.env.HUBSTEPS_TLS_KEY?.trim();
if (Boolean(certFile) !== Boolean(keyFile)) {
  say('Set both HUBSTEPS_TLS_CERT and HUBSTEPS_TLS_KEY to serve HTTPS, or neither.');
  process.exit(2);
}
const tls = certFile && keyFile ? { cert: readFileSync(certFile), key: readFileSync(keyFile) } : null;
const scheme = tls ? 'https' : 'http';

const app = await buildApp({
  db,
  logger: { level: process.env.LOG_LEVEL?.trim() || 'info' },
  trustProxy: trustedProxies(process.env.HUBSTEPS_TRUST_PROXY?.trim() ?? ''),
  distDir: DEFAULT_DIST_DIR,
  tls,
});
const requestedPort = Number(process.env.PORT ?? 8080);
const host = process.env.HOST?.trim() || '0.0.0.0';
try {
  await app.listen({ port: requestedPort, host });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
  say(`Port ${requestedPort} is already in use on this computer: start with another, for example PORT=8081 npm start`);
  await db.destroy();
  process.exit(1);
}
// The port it got (PORT=0 asks for any free one).
const bound = app.server.address();
const port = typeof bound === 'object' && bound !== null ? bound.port : requestedPort;
app.log.info({ database: where, host, port }, 'hub server started');

/** Where tablets and people can open it: this computer, and each of its addresses on a network. */
function addresses(): { here: string; network: string[] } {
  const url = (h: string) => `${scheme}://${h.includes(':') ? `[${h}]` : h}:${port}/`;
  if (host !== '0.0.0.0' && host !== '::') return { here: url(host), network: [] };
  const network = Object.values(networkInterfaces())
    .flat()
    .filter((i) => i !== undefined && i.family === 'IPv4' && !i.internal)
    .map((i) => url(i?.address ?? ''));
  return { here: url('localhost'), network };
}
// Before saying how to stop it: stdout to a pipe is written at once, so whoever reads
// "Stop the server with Ctrl+C." can signal before the next line of this file runs.
/** Stops taking requests, lets those under way finish, then closes the database. */
async function stop(signal: string) {
  app.log.info(`${signal}: stopping`);
  await app.close();
  await db.destroy();
  process.exit(0);
}
process.once('SIGINT', () => void stop('SIGINT'));
process.once('SIGTERM', () => void stop('SIGTERM'));

const { here, network } = addresses();
say('');
say(`Hubsteps hub server is running, keeping its data in ${where}.`);
say(`  On this computer:       ${here}`);
for (const address of network) say(`  On the hub's network:   ${address}`);
if (network.length === 0 && here.includes('localhost')) say('  (No network found: tablets cannot reach it yet.)');
if (!hasBuild(DEFAULT_DIST_DIR))
  say('There is no built app to serve: run npm run build (npm start does), then start again.');
if (!tls && network.length > 0) {
  say("  Plain HTTP: on a tablet, Hubsteps works offline and keeps learners' locks only over HTTPS");
  say('  (a browser rule). Give it a certificate: HUBSTEPS_TLS_CERT and HUBSTEPS_TLS_KEY (see README).');
}
const open = network[0] ?? here;
say('What to do first:');
if (!hub) say(`  1. Make the hub and its coordinator (in another terminal): ${HUB_CREATE_USAGE}`);
say(`  ${hub ? 1 : 2}. The coordinator signs in at ${open}coordinator/ and makes an enrolment code.`);
say(`  ${hub ? 2 : 3}. On each tablet, open ${open} and type the code under "Set up this tablet for the hub".`);
say('Stop the server with Ctrl+C.');
