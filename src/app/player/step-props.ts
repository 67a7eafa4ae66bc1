import type { TFunction } from 'i18next';
import type { EventBody } from '../../core/events';

export interface StepViewProps<S> {
  step: S;
  lessonId: string;
  /** The lesson's own words. */
  t: TFunction;
  /** Tells the player the learner may go on (practice done, right answer chosen). */
  onReady: () => void;
  record: (body: EventBody) => void;
  /** Where hints and "well done" go: beside Next, where the learner looks after a tap. */
  feedback: HTMLElement | null;
}
