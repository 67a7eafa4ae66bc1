import type { LearnerProfile } from '../core/learner';
import { observable } from '../offline/observable';
import { listLearners } from '../store/learners';

/** Everyone who learns on this tablet, read once and refreshed after any change. */
export const learnersOnTablet = observable<LearnerProfile[] | null>(null);

let loading: Promise<LearnerProfile[]> | null = null;

/** Reads everyone on the tablet, once; `read` is how, when the caller has a read under way. */
export function loadLearners(read: () => Promise<LearnerProfile[]> = listLearners): Promise<LearnerProfile[]> {
  loading ??= read().then(
    (list) => {
      learnersOnTablet.set(list);
      return list;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Reads the list again, after a learner is added or removed. */
export function refreshLearners(): Promise<LearnerProfile[]> {
  loading = null;
  return loadLearners();
}

/** Forgets the list, as a fresh start of the app would (in tests). */
export function forgetLearners(): void {
  loading = null;
  learnersOnTablet.set(null);
}
