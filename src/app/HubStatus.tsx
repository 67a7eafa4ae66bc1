import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n/use-t';
import type { SyncStatus } from '../sync/sync';
import { connectedToHub, useHubStatus } from './hub-sync';

/** Under a minute ago, "a moment ago" reads better than Intl's "now". */
const JUST_NOW_MS = 60_000;

type Look = 'saved' | 'waiting' | 'sending' | 'only-here' | 'problem';

/** The main line: what a learner or volunteer needs to know, and the picture beside it. */
function mainLine(status: SyncStatus, waiting: number, who: 'learner' | 'tablet'): [key: string, look: Look] {
  if (status.state === 'revoked') return ['hub.revoked', 'problem'];
  if (!status.enrolled || status.state === 'not-enrolled') {
    return [who === 'learner' ? 'hub.only-here' : 'hub-setup.only-here', 'only-here'];
  }
  if (status.state === 'sending') return ['hub.sending', 'sending'];
  if (waiting === 0) return ['hub.saved', 'saved'];
  return [status.state === 'waiting-for-wifi' ? 'hub.waiting-wifi' : 'hub.waiting', 'waiting'];
}

/** A small picture of the state, so it reads at a glance: a tick, a clock, arrows, a tablet, a "!". */
function StatusPicture({ look }: { look: Look }) {
  const paths: Record<Look, string> = {
    saved: 'M5 12.5l4.5 4.5L19 7.5',
    waiting: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 7v5l3.5 2.5',
    sending: 'M4 12a8 8 0 0 1 14-5.3M18 3v4h-4M20 12a8 8 0 0 1-14 5.3M6 21v-4h4',
    'only-here':
      'M7 2.5h10a1.5 1.5 0 0 1 1.5 1.5v16a1.5 1.5 0 0 1-1.5 1.5H7A1.5 1.5 0 0 1 5.5 20V4A1.5 1.5 0 0 1 7 2.5M11 18.5h2',
    problem: 'M12 3L2 20h20zM12 9.5v5M12 17v.5',
  };
  return (
    <svg class={`hub-picture hub-${look}`} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={paths[look]} />
    </svg>
  );
}

/** Redraws every minute while a time is shown, so "5 minutes ago" does not stay at "a moment ago". */
function useMinuteTick(active: boolean): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), JUST_NOW_MS);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

/**
 * Whether progress is safe at the hub, in words anyone understands: for one learner on their
 * home (`learnerId`), or for the whole tablet on the volunteer screen. It is shown, not
 * announced: it changes with every save and send, and would talk over the lessons. It keeps
 * room for its line from the start, so nothing below it moves when its words come.
 */
export function HubStatus({ learnerId }: { learnerId?: string }) {
  const t = useT();
  const status = useHubStatus();
  const lastSynced = status && connectedToHub(status) ? status.lastSyncedAt : null;
  const now = useMinuteTick(lastSynced !== null);
  if (!status) return <div class="hub-status" />;
  const waiting = learnerId ? (status.waitingByLearner[learnerId] ?? 0) : status.waiting;
  const [key, look] = mainLine(status, waiting, learnerId ? 'learner' : 'tablet');
  const ago = lastSynced === null ? null : now - Date.parse(lastSynced);
  return (
    <div class="hub-status">
      <StatusPicture look={look} />
      <p>
        {t(key, { count: waiting })}
        {ago !== null && !Number.isNaN(ago) && (
          <> {ago < JUST_NOW_MS ? t('hub.just-saved') : t('hub.last-saved', { when: new Date(lastSynced ?? 0) })}</>
        )}
      </p>
    </div>
  );
}
