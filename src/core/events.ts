/** Learning events (DESIGN.md §3): immutable facts, the only record of what a learner did. */
import type { LearnerSecret, TextSize } from './learner';

interface EventBase {
  /** UUIDv7 made on the device: the idempotency key. */
  id: string;
  deviceId: string;
  /** Per device, gapless, assigned inside the write transaction. */
  seq: number;
  learnerId: string;
  /** Device clock, informational only. */
  at: string;
  v: 1;
}

export interface LessonStarted extends EventBase {
  type: 'lesson.started';
  lessonId: string;
}
export interface StepCompleted extends EventBase {
  type: 'step.completed';
  lessonId: string;
  stepId: string;
}
export interface PracticeAttempted extends EventBase {
  type: 'practice.attempted';
  lessonId: string;
  stepId: string;
  /** The named target the learner tapped, or null for a tap outside every target. */
  target: string | null;
  correct: boolean;
}
export interface LessonCompleted extends EventBase {
  type: 'lesson.completed';
  lessonId: string;
}

/** A learner's profile as set on a tablet; the latest one is the learner's profile everywhere. */
export interface LearnerProfiled extends EventBase {
  type: 'learner.profiled';
  nickname: string;
  avatar: string;
  secret: LearnerSecret | null;
  language: string;
  textSize: TextSize;
  readAloud?: boolean;
  code: string;
}

/**
 * A learner and everything of theirs was removed from this tablet (a volunteer confirmed it).
 * Names the seqs of their events that were never sent to the server, so the server can tell a
 * confirmed removal from a lost event. The learner is not removed from the server.
 */
export interface LearnerRemoved extends EventBase {
  type: 'learner.removed';
  reason: 'learner-removed' | 'tablet-cleared';
  /** This device's seqs that were discarded unsent, in order; empty when all had been sent. */
  discardedSeqs: number[];
}

export type LearningEvent =
  | LessonStarted
  | StepCompleted
  | PracticeAttempted
  | LessonCompleted
  | LearnerProfiled
  | LearnerRemoved;
export type EventType = LearningEvent['type'];

type Body<E> = E extends EventBase ? Omit<E, keyof EventBase> : never;
/** What a screen supplies; the store adds id, device, seq, learner, time and version. */
export type EventBody = Body<LearningEvent>;

/** Orders events by device time, then by id, so "latest" means the same on every tablet. */
export function compareEvents(a: LearningEvent, b: LearningEvent): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
