/**
 * The app's sync with its hub's server: one engine over the app's database and the page's own
 * fetch, and the moments it syncs (app start, tab shown, back online, a connection change, the
 * back-off timer, "Sync now"). Not Workbox's background sync: its queue drops requests, and the
 * outbox is the only record of what is unsent. The app imports this module lazily, so none of
 * it is in the first load.
 */
import type { Observable } from '../core/observable';
import { db } from '../store/db';
import { eventsWritten } from '../store/events';
import { createSyncEngine, type Locks, type SyncStatus } from './engine';
import type { EnrolOutcome, RestoreOutcome } from './enrolment';
import { createSyncRunner } from './runner';

export type { SyncStatus } from './engine';
export type { EnrolOutcome, RestoreOutcome } from './enrolment';

/** navigator.connection where the browser has it (Chrome on Android). */
interface NetworkInformation extends EventTarget {
  type?: string;
}
const connection = (): NetworkInformation | undefined =>
  (navigator as Navigator & { connection?: NetworkInformation }).connection;

const engine = createSyncEngine({
  fetch: (url, init) => fetch(url, init),
  openDb: db,
  locks: (navigator.locks as Locks | undefined) ?? null,
  connectionType: () => connection()?.type,
});
const runner = createSyncRunner(
  engine,
  { set: (callback, ms) => setTimeout(callback, ms), clear: (handle) => clearTimeout(handle as number) },
  Math.random,
);

/** Kept current within a moment of every save, push and pull in this tab. */
export const syncStatus: Observable<SyncStatus> = engine.status;

let started = false;

/** Reads enrolment, installs the triggers and syncs once; calling it again does nothing. */
export function startSync(): void {
  if (started) return;
  started = true;
  const recount = () => void engine.refresh().catch(() => undefined);
  eventsWritten.subscribe(() => {
    recount();
    runner.saved();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void runner.kick();
  });
  window.addEventListener('online', () => void runner.kick());
  connection()?.addEventListener('change', () => void runner.kick());
  recount();
  void runner.kick();
}

/** "Sync now": push then pull now, with no back-off; never rejects. */
export function syncNow(): Promise<void> {
  return runner.now();
}

/** Enrols the tablet with a code from the hub's coordinator, then syncs. */
export async function enrolTablet(typedCode: string): Promise<EnrolOutcome> {
  const outcome = await engine.enrol(typedCode).catch((): EnrolOutcome => ({ ok: false, reason: 'unreachable' }));
  if (outcome.ok) void runner.kick();
  return outcome;
}

/** Brings a learner from the hub onto this tablet: profile, lock and all progress, usable at once. */
export function restoreLearner(typedCode: string): Promise<RestoreOutcome> {
  return engine.restore(typedCode).catch((): RestoreOutcome => ({ ok: false, reason: 'unreachable' }));
}

/** How many events the hub's server refused (kept there, in quarantine, with the reasons). */
export function refusedByHub(): Promise<number> {
  return engine.refusedCount();
}
