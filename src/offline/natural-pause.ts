import { writesUnderWay } from '../store/events';
import { offlineState } from './offline-state';

let atPause = false;

/** Reloads a tab left on an older version, once it is at a pause and no save is under way. */
const reloadIfOutdated = () => {
  if (atPause && offlineState.get().outdated && writesUnderWay.get() === 0) location.reload();
};
offlineState.subscribe(reloadIfOutdated);
writesUnderWay.subscribe(reloadIfOutdated);

/**
 * The app says whether its screen is a natural pause: a learner's home, or "Who is learning
 * today?". A tab left on an older version by an update taken in another tab reloads there (at
 * once if it is there already, or as soon as a save under way has finished), before it needs a
 * file the new version removed; never in a lesson or a form.
 */
export function naturalPause(pause: boolean): void {
  atPause = pause;
  reloadIfOutdated();
}
