/**
 * The tablet's sync client, as the screens use it. This file stands in for the real client
 * (which talks to the hub) with exactly its interface: the tablet is never enrolled here, and
 * every call says the hub could not be reached.
 */
import type { LearnerProfile } from '../core/learner';
import { type Observable, observable } from '../core/observable';

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

export const syncStatus: Observable<SyncStatus> = observable<SyncStatus>({
  enrolled: false,
  hubName: null,
  state: 'not-enrolled',
  waiting: 0,
  waitingByLearner: {},
  lastSyncedAt: null,
});

/** Idempotent: reads enrolment, installs triggers, first sync. */
export function startSync(): void {}

/** "Sync now": push then pull now, no back-off; never rejects. */
export async function syncNow(): Promise<void> {}

export type EnrolOutcome =
  | { ok: true; hubName: string }
  | {
      ok: false;
      reason:
        | 'invalid-code'
        | 'unknown-code'
        | 'expired-code'
        | 'used-code'
        | 'other-hub'
        | 'too-many-tries'
        | 'unreachable';
    };

export async function enrolTablet(_typedCode: string): Promise<EnrolOutcome> {
  return { ok: false, reason: 'unreachable' };
}

export type RestoreOutcome =
  | { ok: true; learner: LearnerProfile; alreadyHere: boolean }
  | {
      ok: false;
      reason: 'not-enrolled' | 'invalid-code' | 'unknown-code' | 'too-many-tries' | 'unreachable' | 'revoked';
    };

/** Profile, lock and all progress, then usable at once. */
export async function restoreLearner(_typedCode: string): Promise<RestoreOutcome> {
  return { ok: false, reason: 'unreachable' };
}
