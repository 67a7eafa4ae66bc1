import type { TFunction } from 'i18next';
import type { EventBody } from '../../core/events';
import type { WayId } from '../../core/lesson';

export interface StepViewProps<S> {
  step: S;
  lessonId: string;
  /** The lesson's other ways, from its other-ways step (the done step lists them again). */
  ways: readonly WayId[];
  /** A line the player adds under the step's words: on a lesson's first step, that other ways exist. */
  note?: string | undefined;
  /** The lesson to suggest once this one is done, along the paths (null: every other one is done). */
  nextLesson?: string | null;
  /** The lesson's own words. */
  t: TFunction;
  /**
   * Tells the player the learner may go on (practice done, right answer chosen); `moveOn` when
   * the last tap is one that opens the next screen in the real app, so the lesson goes on by itself.
   */
  onReady: (moveOn?: boolean) => void;
  record: (body: EventBody) => void;
  /** Shows a hint or "well done" beside Next, where the learner looks after a tap (null: nothing). */
  setFeedback: (feedback: StepFeedback | null) => void;
}

export interface StepFeedback {
  tone: 'good' | 'hint';
  lines: string[];
  /** A way out for a learner who is stuck, such as "Type it for me". */
  action?: { label: string; run: () => void };
}
