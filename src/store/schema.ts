import type { DBSchema } from 'idb';
import type { LearningEvent } from '../core/events';
import type { LearnerProfile, LearnerSecret } from '../core/learner';
import type { LockTries } from '../core/lock-out';

export interface OutboxEntry {
  /** The event id; removed only when the server acknowledges it. */
  id: string;
  seq: number;
  learnerId: string;
  /** A `learner.removed` record: kept when learners are removed or the tablet cleared, until sent. */
  removal?: true;
}

export interface MetaValues {
  deviceId: string;
  /** The seq the next event on this device will get. */
  nextSeq: number;
  /** Version 1 only: the one learner before profiles. Kept, not deleted, after migration. */
  defaultLearnerId: string;
  /** The tablet's volunteer PIN, set when the tablet is first set up; guards the volunteer screens. */
  volunteerLock: LearnerSecret;
  /** The token the hub's server gave at enrolment (version 5); absent while not enrolled. */
  deviceToken: string;
  /** The hub this tablet is enrolled with, as its server last described it. */
  hub: HubSettings;
  /** When the server last acknowledged a push or answered a pull (ISO time). */
  lastSyncedAt: string;
  /**
   * Ids of events the server refused (kept in its quarantine with the reasons): taken out of the
   * outbox, since sending them again would be refused again, and counted here so none is lost
   * without a trace. The events themselves stay on the tablet.
   */
  quarantined: string[];
}

/** What the hub's server says about the hub. */
export interface HubSettings {
  name: string;
  /** Tablets that can tell send only on Wi-fi or ethernet. */
  wifiOnly: boolean;
}

/** How far this tablet has pulled a learner's events from the server (version 5). */
export interface PulledState {
  /** The highest server arrival number pulled for this learner. */
  cursor: number;
  /** The arrival of the profile the tablet took from the server (0 if none). */
  profileArrival: number;
}

/** Whose lock: a learner's id, or the tablet's volunteer lock. */
export const VOLUNTEER = 'volunteer';

export interface HubstepsDB extends DBSchema {
  events: { key: string; value: LearningEvent; indexes: { 'by-learner': string } };
  /** Read in seq order through 'by-seq', as the sender pushes. */
  outbox: { key: string; value: OutboxEntry; indexes: { 'by-learner': string; 'by-seq': number } };
  meta: { key: keyof MetaValues; value: MetaValues[keyof MetaValues] };
  learners: { key: string; value: LearnerProfile; indexes: { 'by-code': string } };
  /**
   * Every seq this device has given out, with the event that took it. Only ever added to
   * (never cleared with a learner), so a write that claims a taken seq fails, whatever
   * happened since.
   */
  seqs: { key: number; value: string };
  /** Wrong tries per lock, kept so a reload or another tab does not reset them: a learner's id, or VOLUNTEER. */
  tries: { key: string; value: LockTries };
  /** Per learner id: how far their events have been pulled from the hub's server. */
  pulled: { key: string; value: PulledState };
}

/**
 * The stores one event's write touches. Learners too: a write that cannot take the quick way
 * checks that its learner is still on the tablet (another tab may have removed them).
 */
export const EVENT_STORES = ['events', 'outbox', 'meta', 'seqs', 'learners'] as const;

export const DB_NAME = 'hubsteps';
