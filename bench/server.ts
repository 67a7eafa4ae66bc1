import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { type Kysely, sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { LearningEvent } from '../src/core/events';
import { migrateToLatest } from '../src/server/db/migrations';
import { type DatabaseSettings, openDatabase } from '../src/server/db/open';
import type { ServerDatabase } from '../src/server/db/schema';
import { inWriteTransaction } from '../src/server/db/shared-commit';
import { type PushResult, push } from '../src/server/push';
import { newToken, sha256 } from '../src/server/secrets';
import { freePort, startPostgresServer } from '../tests/server/postgres-server';
import {
  busiestOtherThreadSeconds,
  cpuSecondsOf,
  mainThreadCpuSecondsOf,
  startServerProcess,
  threadCpuSecondsOf,
} from './lib/server-process';
import { percentile, round1 } from './lib/stats';
import { batches, tabletEvents } from './lib/tablet-events';

/** A programme's shape: many hubs of about ten tablets (real hubs have 5 to 20). */
const HUBS = 20;
const TABLETS_PER_HUB = 10;
/** Events in one push: a tablet's outbox after a few learners' sessions offline. */
const BATCH = 50;
/** Each tablet's first push is not timed: it warms the server's code and connections. */
const WARM_UP_BATCHES = 1;
/**
 * Rounds, each timing the HTTP server and then each floor in turn, this many pushes a tablet:
 * on a machine shared with other work, each figure is its best round, so no one of them is
 * judged on a moment when something else took the CPU.
 */
const ROUNDS = 3;
const TIMED_BATCHES = 4;
/**
 * Then, over HTTP, this many more each at the budget's rate: 30 s, 6,000 pushes, so the p99 is
 * the 60th slowest and says how the server keeps up, not how long one pause of the machine was.
 */
const PACED_BATCHES = 30;

const BUDGET = { eventsPerSecond: 10_000, p99Ms: 50, floorShare: 0.5 };
/** How often each tablet pushes for the fleet to offer the budget's rate: every second. */
const PACE_MS = ((HUBS * TABLETS_PER_HUB * BATCH) / BUDGET.eventsPerSecond) * 1000;

interface BenchTablet {
  hub: number;
  hubId: string;
  deviceId: string;
  token: string;
}

interface Run {
  events: number;
  seconds: number;
  eventsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /**
   * CPU time per push of the process doing the work (the server's over HTTP, this one's for a
   * floor), and the cores it had: on a machine shared with others this says what a push costs
   * when the rate says only how much CPU was left over.
   */
  cpuMsPerPush: number;
  /**
   * Of that, the main thread's, where HTTP, parsing and the schema checks run: at the budget's
   * rate a push arrives every 5 ms, and the nearer this comes to that, the longer pushes queue
   * behind each other (the rest of the process's CPU is garbage collection, file syncs and
   * checkpoints).
   */
  mainThreadMsPerPush: number;
  /**
   * The busiest other thread's: on SQLite the database's own thread (sqlite-thread.ts), where a
   * push's queries and SQLite run, and where pushes queue when it nears 5 ms.
   */
  otherThreadMsPerPush: number;
  cores: number;
  /** Over HTTP, the CPU per push of this process, the 200 tablets: taken from the same cores. */
  loadGeneratorMsPerPush?: number;
  /**
   * Over HTTP, the longest this process's event loop was held up (its garbage collector, or no
   * core free for it): a push due then was sent late, and its latency counts the wait, so a p99
   * near this figure says as much about the tablets' side of the machine as about the server.
   */
  loadGeneratorStallMs?: number;
}

type Fleet = BenchTablet[];

/** Hubs and enrolled tablets written straight into the database, each tablet with its token. */
async function seed(db: Kysely<ServerDatabase>): Promise<Fleet> {
  const at = new Date().toISOString();
  const fleet: Fleet = [];
  for (let hub = 0; hub < HUBS; hub++) {
    const hubId = `hub-${uuidv7()}`;
    await db
      .insertInto('hubs')
      .values({ id: hubId, name: `Hub ${hub + 1}`, created_at: at })
      .execute();
    for (let t = 0; t < TABLETS_PER_HUB; t++) {
      const tablet = { hub, hubId, deviceId: `device-${uuidv7()}`, token: newToken() };
      await db
        .insertInto('devices')
        .values({
          id: tablet.deviceId,
          hub_id: hubId,
          name: `Tablet ${t + 1}`,
          token_hash: sha256(tablet.token),
          enrolled_at: at,
        })
        .execute();
      fleet.push(tablet);
    }
  }
  return fleet;
}

/** Every tablet's pushes, in seq order: warm-up, then the timed ones, then the paced ones. */
function pushesOf(fleet: Fleet, paced: boolean): LearningEvent[][][] {
  const count = WARM_UP_BATCHES + ROUNDS * TIMED_BATCHES + (paced ? PACED_BATCHES : 0);
  return fleet.map((t) => batches(tabletEvents(t.deviceId, count * BATCH), BATCH));
}

type PushOne = (tablet: number, batch: number) => Promise<void>;

/** What is measured: the running server, or a floor, each on its own database. */
interface Target {
  fleet: Fleet;
  pushOne: PushOne;
  /** The process doing the work, when it is not this one. */
  pid?: number;
  close: () => Promise<void>;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Figures of one timed stretch: its pushes' latencies, and the CPU of the process doing the work. */
async function timed(target: Target, pushes: number, drive: () => Promise<number[]>): Promise<Run> {
  const { fleet, pid } = target;
  const serverCpuBefore = pid ? cpuSecondsOf(pid) : 0;
  const mainBefore = mainThreadCpuSecondsOf(pid ?? process.pid);
  const threadsBefore = threadCpuSecondsOf(pid ?? process.pid);
  const benchCpuBefore = process.cpuUsage();
  const stalls = monitorEventLoopDelay({ resolution: 1 });
  stalls.enable();
  const start = performance.now();
  const latencies = await drive();
  stalls.disable();
  const seconds = (performance.now() - start) / 1000;
  const benchCpu = process.cpuUsage(benchCpuBefore);
  const events = fleet.length * pushes * BATCH;
  const benchSeconds = (benchCpu.user + benchCpu.system) / 1e6;
  const cpuSeconds = pid ? cpuSecondsOf(pid) - serverCpuBefore : benchSeconds;
  const mainSeconds = mainThreadCpuSecondsOf(pid ?? process.pid) - mainBefore;
  const otherSeconds = busiestOtherThreadSeconds(
    pid ?? process.pid,
    threadsBefore,
    threadCpuSecondsOf(pid ?? process.pid),
  );
  const perPush = (s: number) => round2((s * 1000) / (fleet.length * pushes));
  return {
    events,
    seconds: round2(seconds),
    eventsPerSecond: Math.round(events / seconds),
    p50Ms: round1(percentile(latencies, 0.5)),
    p99Ms: round1(percentile(latencies, 0.99)),
    cpuMsPerPush: perPush(cpuSeconds),
    mainThreadMsPerPush: perPush(mainSeconds),
    otherThreadMsPerPush: perPush(otherSeconds),
    cores: round2(cpuSeconds / seconds),
    ...(pid ? { loadGeneratorMsPerPush: perPush(benchSeconds), loadGeneratorStallMs: round1(stalls.max / 1e6) } : {}),
  };
}

/** Each tablet's warm-up pushes, all at once, untimed. */
async function warmUp({ fleet, pushOne }: Target) {
  await Promise.all(
    fleet.map(async (_, t) => {
      for (let b = 0; b < WARM_UP_BATCHES; b++) await pushOne(t, b);
    }),
  );
}

/**
 * As fast as it goes: all tablets at once, each sending round `round`'s pushes back to back (a
 * tablet waits for each answer before the next, as the sync client does). Every tablet always
 * has a push waiting, so latency here is mostly queueing: 200 pushes in flight over N pushes a
 * second is 200/N seconds (Little's law).
 */
function flatOut(target: Target, round: number): Promise<Run> {
  const first = WARM_UP_BATCHES + round * TIMED_BATCHES;
  return timed(target, TIMED_BATCHES, async () => {
    const latencies: number[] = [];
    await Promise.all(
      target.fleet.map(async (_, t) => {
        for (let b = first; b < first + TIMED_BATCHES; b++) {
          const sent = performance.now();
          await target.pushOne(t, b);
          latencies.push(performance.now() - sent);
        }
      }),
    );
    return latencies;
  });
}

/**
 * At the budget's rate: each tablet pushes once every PACE_MS, the tablets' turns spread evenly
 * over it, so the server is offered 10,000 events a second. A push's latency is counted from when
 * it was due, so a push held back by its tablet's previous one counts its wait too.
 */
function paced(target: Target): Promise<Run> {
  const first = WARM_UP_BATCHES + ROUNDS * TIMED_BATCHES;
  return timed(target, PACED_BATCHES, async () => {
    const latencies: number[] = [];
    const start = performance.now();
    await Promise.all(
      target.fleet.map(async (_, t) => {
        const offset = (t / target.fleet.length) * PACE_MS;
        for (let b = 0; b < PACED_BATCHES; b++) {
          const due = start + offset + b * PACE_MS;
          const early = due - performance.now();
          if (early > 0) await new Promise((resolve) => setTimeout(resolve, early));
          await target.pushOne(t, first + b);
          latencies.push(performance.now() - due);
        }
      }),
    );
    return latencies;
  });
}

/** Every event of a push must be accepted: a benchmark of refusals would measure nothing. */
function allAccepted(result: PushResult, sent: number, where: string) {
  if (result.accepted.length !== sent || result.rejected.length > 0) {
    throw new Error(`${where}: ${result.accepted.length} of ${sent} accepted; ${JSON.stringify(result.rejected[0])}`);
  }
}

/** POST /api/push over a kept-alive connection of the tablet's hub; resolves with the answer. */
function postPush(agent: Agent, url: URL, token: string, body: Buffer, waiting: number): Promise<PushResult> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: '/api/push',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': body.length,
          authorization: `Bearer ${token}`,
          'hubsteps-waiting': String(waiting),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          res.statusCode === 200
            ? resolve(JSON.parse(text) as PushResult)
            : reject(new Error(`push answered ${res.statusCode}: ${text.slice(0, 300)}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The running server, over HTTP: each hub's tablets from an address of their own, as hubs are. */
async function overHttp(settings: DatabaseSettings): Promise<Target> {
  const db = openDatabase(settings);
  await migrateToLatest(db);
  const fleet = await seed(db);
  await db.destroy();
  // Serialised before the clock starts: the tablets' own work is not the server's. Kept as bytes
  // outside this process's JavaScript heap (130 MB of them), which its garbage collector then
  // need not move or count: its pauses hold up every tablet's next push (loadGeneratorStallMs).
  const bodies = pushesOf(fleet, true).map((tablet) => tablet.map((batch) => Buffer.from(JSON.stringify(batch))));
  const env: Record<string, string> =
    settings.kind === 'sqlite' ? { HUBSTEPS_SQLITE_FILE: settings.file } : { DATABASE_URL: settings.url };
  const server = await startServerProcess({ ...env, PORT: String(await freePort()) });
  const url = new URL(server.url);
  // Linux answers every 127.x.y.z on the loopback: hub n's tablets come from 127.0.1.n.
  const agents = Array.from(
    { length: HUBS },
    (_, hub) => new Agent({ keepAlive: true, localAddress: `127.0.1.${hub + 1}` }),
  );
  return {
    fleet,
    pid: server.pid,
    pushOne: async (t, b) => {
      const tablet = fleet[t] as BenchTablet;
      const tabletBodies = bodies[t] as Buffer[];
      const waiting = (tabletBodies.length - b - 1) * BATCH;
      const body = tabletBodies[b] as Buffer;
      allAccepted(await postPush(agents[tablet.hub] as Agent, url, tablet.token, body, waiting), BATCH, 'HTTP');
    },
    close: async () => {
      for (const agent of agents) agent.destroy();
      await server.stop();
    },
  };
}

/** The floor through push() itself: validation, checks, gaps, arrival numbers, the commit; no HTTP. */
async function throughPush(settings: DatabaseSettings): Promise<Target> {
  const db = openDatabase(settings);
  await migrateToLatest(db);
  const fleet = await seed(db);
  // Let go of at close: the server is timed at the offered rate after the floors close, and
  // 130,000 events left in this process's heap would lengthen its collector's pauses then.
  let pushes = pushesOf(fleet, false);
  return {
    fleet,
    pushOne: async (t, b) => {
      const batch = pushes[t]?.[b] as LearningEvent[];
      allAccepted(await push(db, (fleet[t] as BenchTablet).deviceId, batch), batch.length, 'push()');
    },
    close: () => {
      pushes = [];
      return db.destroy();
    },
  };
}

/**
 * The database's own floor: the same rows, a batch at a time, with only what storing them needs
 * (the hub's arrival numbers taken, the events inserted, ON CONFLICT DO NOTHING), committed as
 * pushes are (a transaction each, or on SQLite a commit shared by the batches waiting).
 */
async function insertsOnly(settings: DatabaseSettings): Promise<Target> {
  const db = openDatabase(settings);
  await migrateToLatest(db);
  const fleet = await seed(db);
  let pushes = pushesOf(fleet, false);
  return {
    fleet,
    pushOne: async (t, b) => {
      const tablet = fleet[t] as BenchTablet;
      const batch = pushes[t]?.[b] as LearningEvent[];
      const receivedAt = new Date().toISOString();
      await inWriteTransaction(db, async (tx) => {
        const hub = await tx
          .updateTable('hubs')
          .set((eb) => ({ last_arrival: eb('last_arrival', '+', batch.length) }))
          .where('id', '=', tablet.hubId)
          .returning('last_arrival')
          .executeTakeFirstOrThrow();
        const first = hub.last_arrival - batch.length + 1;
        await tx
          .insertInto('events')
          .values(
            batch.map((event, i) => ({
              id: event.id,
              hub_id: tablet.hubId,
              device_id: tablet.deviceId,
              seq: event.seq,
              learner_id: event.learnerId,
              type: event.type,
              body: JSON.stringify(event),
              arrival: first + i,
              received_at: receivedAt,
            })),
          )
          .onConflict((oc) => oc.column('id').doNothing())
          .execute();
      });
    },
    close: () => {
      pushes = [];
      return db.destroy();
    },
  };
}

interface Figures {
  /** Over HTTP, as fast as it goes: its best round. */
  http: Run;
  /** Over HTTP, offered the budget's rate. */
  httpPaced: Run;
  pushFloor: Run;
  insertFloor: Run;
  /** Each round's rate, events/s: HTTP, push(), bare inserts. */
  rounds: { http: number; pushFloor: number; insertFloor: number }[];
  /** HTTP's rate over each floor's (best rounds). */
  shareOfPushFloor: number;
  shareOfInsertFloor: number;
  /**
   * The same, from CPU per push instead of the clock (each floor's CPU per push over HTTP's):
   * what HTTP costs whatever else the machine was doing.
   */
  cpuShareOfPushFloor: number;
  cpuShareOfInsertFloor: number;
}

const closed = new WeakSet<Target>();
async function closeOnce(target: Target) {
  if (closed.has(target)) return;
  closed.add(target);
  await target.close();
}

const best = (runs: readonly Run[]): Run => runs.reduce((a, b) => (b.eventsPerSecond > a.eventsPerSecond ? b : a));

async function measure(label: string, settingsFor: (name: string) => Promise<DatabaseSettings>): Promise<Figures> {
  console.log(`\n-- ${label}`);
  const http = await overHttp(await settingsFor('http'));
  const floors = [await throughPush(await settingsFor('push')), await insertsOnly(await settingsFor('inserts'))];
  const targets = [http, ...floors];
  try {
    for (const target of targets) await warmUp(target);
    const runs: Run[][] = targets.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, target] of targets.entries()) runs[i]?.push(await flatOut(target, round));
    }
    const [httpRuns = [], pushRuns = [], insertRuns = []] = runs;
    // The floors' databases closed first: their checkpoints of what the rounds wrote would
    // otherwise take the disk and a core from the server while it is timed.
    for (const floor of floors) await closeOnce(floor);
    const httpPaced = await paced(http);
    const [httpBest, pushFloor, insertFloor] = [best(httpRuns), best(pushRuns), best(insertRuns)];
    console.table({
      'HTTP, as fast as it goes': httpBest,
      [`HTTP, offered ${BUDGET.eventsPerSecond}/s`]: httpPaced,
      'floor: push(), no HTTP': pushFloor,
      'floor: inserts only': insertFloor,
    });
    const rounds = httpRuns.map((run, i) => ({
      http: run.eventsPerSecond,
      pushFloor: pushRuns[i]?.eventsPerSecond ?? Number.NaN,
      insertFloor: insertRuns[i]?.eventsPerSecond ?? Number.NaN,
    }));
    console.log(
      `Events/s in each round (HTTP, push(), inserts): ${rounds.map((r) => `${r.http}, ${r.pushFloor}, ${r.insertFloor}`).join('; ')}`,
    );
    return {
      http: httpBest,
      httpPaced,
      pushFloor,
      insertFloor,
      rounds,
      shareOfPushFloor: round2(httpBest.eventsPerSecond / pushFloor.eventsPerSecond),
      shareOfInsertFloor: round2(httpBest.eventsPerSecond / insertFloor.eventsPerSecond),
      cpuShareOfPushFloor: round2(pushFloor.cpuMsPerPush / httpBest.cpuMsPerPush),
      cpuShareOfInsertFloor: round2(insertFloor.cpuMsPerPush / httpBest.cpuMsPerPush),
    };
  } finally {
    for (const target of targets) await closeOnce(target);
  }
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'OVER');

/**
 * 200 tablets (20 hubs of 10) pushing batches of 50 valid events to the running hub server, on
 * SQLite and on PostgreSQL, both as durable as they run (SQLite WAL, its log synced before each
 * answer, main's own settings; PostgreSQL with fsync on), against two floors measured in the same run on the
 * same kind of database, fresh for each: push() called in-process, and the bare inserts.
 */
export async function server(): Promise<Record<string, unknown>> {
  const tablets = HUBS * TABLETS_PER_HUB;
  console.log(
    `${tablets} tablets (${HUBS} hubs × ${TABLETS_PER_HUB}, each hub from an address of its own), ${BATCH} events a push.\n` +
      `As fast as it goes: all tablets at once, back to back, ${WARM_UP_BATCHES} warm-up push each, then ${ROUNDS} rounds of ` +
      `${TIMED_BATCHES} pushes each (${tablets * TIMED_BATCHES * BATCH} events a round), the server and the floors in turn; ` +
      `each figure is its best round.\nOffered: then ${PACED_BATCHES} pushes each, one every ${PACE_MS} ms per tablet.\n` +
      'Floors, with no HTTP, on a fresh database of the same kind and settings: push() of src/server/push.ts, and the bare inserts.',
  );
  // The rates are the machine's: say how busy it was with other work.
  const loadBefore = round2(loadavg()[0] ?? Number.NaN);
  const dir = mkdtempSync(join(tmpdir(), 'hubsteps-bench-'));
  let sqlite: Figures;
  let postgres: Figures;
  try {
    sqlite = await measure('SQLite (WAL, log synced before each answer)', async (name) => ({
      kind: 'sqlite',
      file: join(dir, name, 'hubsteps.sqlite'),
    }));
    const pg = await startPostgresServer({ durable: true });
    try {
      const admin = openDatabase({ kind: 'postgres', url: pg.url });
      postgres = await measure('PostgreSQL (fsync on, synchronous_commit on)', async (name) => {
        await sql`create database ${sql.id(name)}`.execute(admin);
        const url = new URL(pg.url);
        url.pathname = `/${name}`;
        return { kind: 'postgres', url: url.toString() };
      });
      await admin.destroy();
    } finally {
      pg.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const load = { before: loadBefore, after: round2(loadavg()[0] ?? Number.NaN), cores: availableParallelism() };
  console.log(
    `\nLoad average (1 min) ${load.before} before, ${load.after} after, on ${load.cores} cores: ` +
      'above the cores, other work was taking CPU from the server (see cores used per row).',
  );
  const budget = {
    eventsPerSecond: sqlite.http.eventsPerSecond >= BUDGET.eventsPerSecond,
    p99Ms: sqlite.httpPaced.p99Ms <= BUDGET.p99Ms,
    floorShare: sqlite.shareOfPushFloor >= BUDGET.floorShare,
  };
  console.log('\nBudget, SQLite over HTTP:');
  console.log(
    `  ${verdict(budget.eventsPerSecond)}  ${sqlite.http.eventsPerSecond} events/s ingested, as fast as it goes (budget ≥ ${BUDGET.eventsPerSecond})`,
  );
  console.log(
    `  ${verdict(budget.p99Ms)}  push p99 ${sqlite.httpPaced.p99Ms} ms when offered ${BUDGET.eventsPerSecond} events/s (budget ≤ ${BUDGET.p99Ms} ms; ` +
      `as fast as it goes, p99 is ${sqlite.http.p99Ms} ms: queueing; the tablets' own longest stall ${sqlite.httpPaced.loadGeneratorStallMs} ms)`,
  );
  console.log(
    `  ${verdict(budget.floorShare)}  ${sqlite.shareOfPushFloor} of the floor through push() (budget ≥ ${BUDGET.floorShare}; ` +
      `${sqlite.shareOfInsertFloor} of the bare inserts)`,
  );
  for (const [name, f] of [
    ['SQLite', sqlite],
    ['PostgreSQL', postgres],
  ] as const) {
    console.log(
      `${name}, over HTTP / floor: ${f.shareOfPushFloor} of push(), ${f.shareOfInsertFloor} of the bare inserts ` +
        `(by CPU per push: ${f.cpuShareOfPushFloor} and ${f.cpuShareOfInsertFloor})`,
    );
  }
  return {
    load,
    shape: {
      hubs: HUBS,
      tabletsPerHub: TABLETS_PER_HUB,
      batch: BATCH,
      rounds: ROUNDS,
      timedPushesPerTabletPerRound: TIMED_BATCHES,
      paceMs: PACE_MS,
    },
    sqlite,
    postgres,
    budget: Object.fromEntries(Object.entries(budget).map(([key, ok]) => [key, verdict(ok)])),
  };
}
