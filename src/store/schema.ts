import type { DBSchema } from 'idb';
import type { LearningEvent } from '../core/events';
import type { LearnerProfile } from '../core/learner';

export interface OutboxEntry {
  /** The event id; removed only when the server acknowledges it. */
  id: string;
  seq: number;
  learnerId: string;
}

export interface MetaValues {
  deviceId: string;
  /** The seq the next event on this device will get. */
  nextSeq: number;
  /** Version 1 only: the one learner before profiles. Kept, not deleted, after migration. */
  defaultLearnerId: string;
}

export interface HubstepsDB extends DBSchema {
  events: { key: string; value: LearningEvent; indexes: { 'by-learner': string } };
  outbox: { key: string; value: OutboxEntry; indexes: { 'by-learner': string } };
  meta: { key: keyof MetaValues; value: MetaValues[keyof MetaValues] };
  learners: { key: string; value: LearnerProfile; indexes: { 'by-code': string } };
  /**
   * Every seq this device has given out, with the event that took it. Only ever added to
   * (never cleared with a learner), so a write that claims a taken seq fails, whatever
   * happened since.
   */
  seqs: { key: number; value: string };
}

/** The stores one event's write touches. */
export const EVENT_STORES = ['events', 'outbox', 'meta', 'seqs'] as const;

export const DB_NAME = 'hubsteps';
