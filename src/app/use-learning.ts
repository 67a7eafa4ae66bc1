import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { EventBody, LearningEvent } from '../core/events';
import { appendEvent, learnerEvents } from '../store/events';
import { defaultLearnerId } from '../store/learner';

export interface SaveState {
  /** Events still being written. */
  pending: number;
  /** Events that could not be written; kept in memory to try again. */
  failed: number;
  /** Whether anything has been saved since the app opened. */
  saved: boolean;
}

export interface Learning {
  events: readonly LearningEvent[];
  record: (body: EventBody) => void;
  save: SaveState;
  retry: () => void;
}

/**
 * The learner's events on this tablet and the one way to add to them. The list only ever
 * holds events whose write has completed, so nothing is shown as saved that is not.
 */
export function useLearning(): Learning | { error: true } | null {
  const [learnerId, setLearnerId] = useState<string | null>(null);
  const [events, setEvents] = useState<readonly LearningEvent[]>([]);
  const [save, setSave] = useState<SaveState>({ pending: 0, failed: 0, saved: false });
  const [error, setError] = useState(false);
  const failed = useRef<EventBody[]>([]);

  useEffect(() => {
    defaultLearnerId()
      .then(async (id) => {
        setEvents(await learnerEvents(id));
        setLearnerId(id);
      })
      .catch(() => setError(true));
  }, []);

  const record = useCallback(
    (body: EventBody) => {
      if (!learnerId) return;
      setSave((s) => ({ ...s, pending: s.pending + 1 }));
      appendEvent(learnerId, body).then(
        (event) => {
          setEvents((list) => [...list, event]);
          setSave((s) => ({ ...s, pending: s.pending - 1, saved: true }));
        },
        () => {
          failed.current.push(body);
          setSave((s) => ({ ...s, pending: s.pending - 1, failed: failed.current.length }));
        },
      );
    },
    [learnerId],
  );

  const retry = useCallback(() => {
    const again = failed.current;
    failed.current = [];
    setSave((s) => ({ ...s, failed: 0 }));
    for (const body of again) record(body);
  }, [record]);

  if (error) return { error: true };
  return learnerId ? { events, record, save, retry } : null;
}
