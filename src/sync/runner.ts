/**
 * When the tablet syncs: when asked (app start, tab shown, back online, "Sync now") and on a
 * timer that backs off, with jitter, while the server does not answer, so a hub's tablets
 * coming back together do not all knock at once.
 */
import type { SyncEngine, SyncResult } from './engine';

export interface Timers {
  set: (callback: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

/** While all is well: sync every few minutes, to bring other tablets' work here. */
export const EVERY_MS = 3 * 60 * 1000;
const FIRST_RETRY_MS = 5 * 1000;
/** After a save, while the server answers: soon, but late enough that a burst of saves goes in one push. */
export const AFTER_SAVE_MS = 5 * 1000;
const LONGEST_RETRY_MS = 15 * 60 * 1000;

/**
 * How long to wait after `failures` syncs in a row found the server not answering: doubling from
 * 5 seconds up to 15 minutes, each wait somewhere between half and all of that.
 */
export function backOffMs(failures: number, random: () => number): number {
  const ceiling = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling * (0.5 + random() / 2));
}

/** The wait between syncs while all is well, give or take a quarter. */
export const everyMs = (random: () => number): number => Math.round(EVERY_MS * (0.75 + random() / 2));

export interface SyncRunner {
  /** Syncs now unless this or another tab is at it. */
  kick: () => Promise<void>;
  /** "Sync now": syncs now, after any sync under way, whatever the back-off; never rejects. */
  now: () => Promise<void>;
  /**
   * Something was saved: sync within a few seconds, so "All progress saved to the hub" is true
   * soon after a lesson. While the server is not answering the back-off stands, and further
   * saves do not put the sync off again.
   */
  saved: () => void;
  stop: () => void;
}

export function createSyncRunner(engine: SyncEngine, timers: Timers, random: () => number): SyncRunner {
  let failures = 0;
  let timer: unknown = null;
  let stopped = false;
  /** Whether the waiting timer is the after-save one. */
  let afterSave = false;
  /** Not enrolled, or revoked: saves wait for a volunteer to set the tablet up (which kicks). */
  let outOfHub = false;

  function schedule(result: SyncResult): void {
    if (stopped) return;
    if (timer !== null) timers.clear(timer);
    timer = null;
    afterSave = false;
    outOfHub = result === 'revoked' || result === 'not-enrolled';
    if (result === 'unreachable' || result === 'failed') failures++;
    else failures = 0;
    // Revoked or not enrolled: nothing to do until a volunteer enrols the tablet (which kicks).
    if (result === 'revoked' || result === 'not-enrolled') return;
    const wait = failures > 0 ? backOffMs(failures, random) : everyMs(random);
    timer = timers.set(() => {
      timer = null;
      void run(false);
    }, wait);
  }

  async function run(wait: boolean): Promise<void> {
    let result: SyncResult;
    try {
      result = await engine.sync({ wait });
    } catch {
      result = 'failed';
    }
    schedule(result);
  }

  return {
    kick: () => run(false),
    now: () => run(true),
    saved: () => {
      if (stopped || outOfHub || failures > 0 || afterSave) return;
      if (timer !== null) timers.clear(timer);
      afterSave = true;
      timer = timers.set(() => {
        timer = null;
        afterSave = false;
        void run(false);
      }, AFTER_SAVE_MS);
    },
    stop: () => {
      stopped = true;
      if (timer !== null) timers.clear(timer);
      timer = null;
    },
  };
}
