import { offlineState } from './offline-state';

let atPause = false;

const reloadIfOutdated = () => {
  if (atPause && offlineState.get().outdated) location.reload();
};
offlineState.subscribe(reloadIfOutdated);

/**
 * The app says whether its screen is a natural pause: a learner's home, or "Who is learning
 * today?". A tab left on an older version by an update taken in another tab reloads there (at
 * once if it is there already), before it needs a file the new version removed; never in a
 * lesson or a form.
 */
export function naturalPause(pause: boolean): void {
  atPause = pause;
  reloadIfOutdated();
}
