import type { DBSchema } from 'idb';
import type { LearningEvent } from '../core/events';

export interface OutboxEntry {
  /** The event id; removed only when the server acknowledges it. */
  id: string;
  seq: number;
}

export interface MetaValues {
  deviceId: string;
  /** The seq the next event on this device will get. */
  nextSeq: number;
  defaultLearnerId: string;
}

export interface HubstepsDB extends DBSchema {
  events: { key: string; value: LearningEvent; indexes: { 'by-learner': string } };
  outbox: { key: string; value: OutboxEntry };
  meta: { key: keyof MetaValues; value: MetaValues[keyof MetaValues] };
}

export const DB_NAME = 'hubsteps';
export const DB_VERSION = 1;
