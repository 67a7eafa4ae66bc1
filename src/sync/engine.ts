/**
 * The tablet's sync with its hub's server, as one object that takes everything it works with
 * (network, database, clock, locks, connection), so tests can run several tablets and tabs in one
 * process. sync.ts wires one of these to the app.
 */
import type { IDBPDatabase } from 'idb';
import { type Observable, observable } from '../core/observable';
import type { HubstepsDB } from '../store/schema';
import { readSyncMeta, type SyncContext } from './context';
import { type EnrolOutcome, enrol, type RestoreOutcome, restore } from './enrolment';
import type { Fetch } from './http';
import { pullLearners } from './puller';
import { sendOutbox } from './sender';

export interface SyncStatus {
  enrolled: boolean;
  hubName: string | null;
  /** What the sender is doing, or why it is not sending. */
  state: 'not-enrolled' | 'sending' | 'idle' | 'waiting-for-wifi' | 'unreachable' | 'revoked';
  /** Events not yet acknowledged by the server, whole tablet (records of removals not counted). */
  waiting: number;
  /** The same, per learner id (learners with none may be absent). */
  waitingByLearner: Readonly<Record<string, number>>;
  /** When the server last acknowledged a push or answered a pull (ISO string), or null if never. */
  lastSyncedAt: string | null;
}

/** How a sync ended, for the timer that decides when to try again. */
export type SyncResult = 'synced' | 'busy' | 'not-enrolled' | 'waiting-for-wifi' | 'unreachable' | 'revoked' | 'failed';

/** The part of the Web Locks API used here. */
export interface Locks {
  request<T>(name: string, options: { ifAvailable?: boolean }, callback: (lock: unknown) => Promise<T>): Promise<T>;
}

export interface SyncDeps {
  fetch: Fetch;
  openDb: () => Promise<IDBPDatabase<HubstepsDB>>;
  now?: () => Date;
  randomBytes?: (n: number) => Uint8Array;
  /** Web Locks, or null where the browser has none. */
  locks?: Locks | null;
  /** navigator.connection.type where the browser tells it, undefined elsewhere. */
  connectionType?: () => string | undefined;
  batchSize?: number;
}

export interface SyncEngine {
  status: Observable<SyncStatus>;
  /** Pushes the outbox, then pulls the learners here, if no other tab is at it (or, with `wait`, after it). */
  sync(options?: { wait?: boolean }): Promise<SyncResult>;
  /** Reads enrolment and counts what is waiting again, into `status`. */
  refresh(): Promise<void>;
  enrol(typedCode: string): Promise<EnrolOutcome>;
  restore(typedCode: string): Promise<RestoreOutcome>;
  /** How many events the server refused (kept in its quarantine), no longer in the outbox. */
  refusedCount(): Promise<number>;
}

export const SYNC_LOCK = 'hubsteps-sync';
/** The server takes at most 500 events in one push. */
export const MAX_BATCH = 500;
const ALLOWED_CONNECTIONS = new Set(['wifi', 'ethernet']);

type Phase = Exclude<SyncStatus['state'], 'not-enrolled'>;

export function createSyncEngine(deps: SyncDeps): SyncEngine {
  const ctx: SyncContext = {
    fetch: deps.fetch,
    database: deps.openDb,
    now: deps.now ?? (() => new Date()),
    randomBytes: deps.randomBytes ?? ((n) => crypto.getRandomValues(new Uint8Array(n))),
    batchSize: Math.min(deps.batchSize ?? MAX_BATCH, MAX_BATCH),
  };
  const status = observable<SyncStatus>({
    enrolled: false,
    hubName: null,
    state: 'not-enrolled',
    waiting: 0,
    waitingByLearner: {},
    lastSyncedAt: null,
  });
  let phase: Phase = 'idle';

  /**
   * Counts what waits, at most once at a time: calls made while a count is under way share the
   * one count that starts after it, so a burst of saves costs two reads of the outbox, not one each.
   */
  let counting: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  function refresh(): Promise<void> {
    if (!counting) {
      const run = count().finally(() => {
        if (counting === run) counting = null;
      });
      counting = run;
      return run;
    }
    queued ??= counting
      .catch(() => undefined)
      .then(() => {
        queued = null;
        return refresh();
      });
    return queued;
  }

  async function count(): Promise<void> {
    const database = await ctx.database();
    const tx = database.transaction(['outbox', 'meta'], 'readonly');
    const [outbox, meta] = await Promise.all([tx.objectStore('outbox').getAll(), readSyncMeta(database)]);
    const waitingByLearner: Record<string, number> = {};
    let waiting = 0;
    for (const entry of outbox) {
      if (entry.removal) continue;
      waiting++;
      waitingByLearner[entry.learnerId] = (waitingByLearner[entry.learnerId] ?? 0) + 1;
    }
    status.set({
      enrolled: meta.token !== null,
      hubName: meta.hub?.name ?? null,
      state: meta.token === null ? 'not-enrolled' : phase,
      waiting,
      waitingByLearner,
      lastSyncedAt: meta.lastSyncedAt,
    });
  }

  function setPhase(next: Phase): void {
    phase = next;
    const now = status.get();
    if (now.enrolled && now.state !== next) status.set({ ...now, state: next });
  }

  async function syncOnce(): Promise<SyncResult> {
    const { token, hub } = await readSyncMeta(await ctx.database());
    if (!token) {
      await refresh();
      return 'not-enrolled';
    }
    // The hub no longer takes this token (revoked, or unknown): asking again cannot help. Enrolling
    // again with a new code gives a new token.
    if (phase === 'revoked') return 'revoked';
    const type = deps.connectionType?.();
    if (type !== undefined && !ALLOWED_CONNECTIONS.has(type) && hub?.wifiOnly !== false) {
      setPhase('waiting-for-wifi');
      await refresh();
      return 'waiting-for-wifi';
    }
    setPhase('sending');
    const recount = () => void refresh().catch(() => undefined);
    const sent = await sendOutbox(ctx, token, recount);
    const outcome = sent === 'sent' ? await pullLearners(ctx, token, recount) : sent;
    const result: SyncResult = outcome === 'revoked' ? 'revoked' : outcome === 'unreachable' ? 'unreachable' : 'synced';
    setPhase(result === 'synced' ? 'idle' : result === 'revoked' ? 'revoked' : 'unreachable');
    await refresh();
    return result;
  }

  async function guarded(): Promise<SyncResult> {
    try {
      return await syncOnce();
    } catch {
      // The tablet's database failed (a lost connection, a full disk): nothing was acknowledged
      // wrongly, so try again later.
      if (phase === 'sending') setPhase('idle');
      return 'failed';
    }
  }

  let running: Promise<SyncResult> | null = null;
  /** One sync at a time in this tab; across tabs, the Web Lock. */
  function inThisTab(wait: boolean): Promise<SyncResult> {
    if (running) return wait ? running.then(() => inThisTab(true)) : running;
    const run = (async () => {
      const locks = deps.locks;
      // Without Web Locks, two tabs may send the same batch at once: harmless, as the server
      // stores each event id once and acknowledges it to both.
      if (!locks) return guarded();
      return locks.request(SYNC_LOCK, wait ? {} : { ifAvailable: true }, async (lock) =>
        lock === null ? 'busy' : guarded(),
      );
    })();
    running = run;
    void run.finally(() => {
      if (running === run) running = null;
    });
    return run;
  }

  return {
    status,
    sync: ({ wait = false } = {}) => inThisTab(wait),
    refresh,
    enrol: async (code) => {
      const outcome = await enrol(ctx, code);
      if (outcome.ok) setPhase('idle');
      await refresh();
      return outcome;
    },
    restore: async (code) => {
      const outcome = await restore(ctx, code);
      if (!outcome.ok && outcome.reason === 'revoked') setPhase('revoked');
      await refresh();
      return outcome;
    },
    refusedCount: async () =>
      (((await (await ctx.database()).get('meta', 'quarantined')) as string[] | undefined) ?? []).length,
  };
}
