import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { EventBody, LearningEvent } from '../core/events';
import { appendEvent } from '../store/events';
import { loadDefaultLearner, type StoredLearner } from '../store/learner';

export interface SaveState {
  /** Events still being written. */
  pending: number;
  /** Events that could not be written; kept in memory to try again. */
  failed: number;
  /** Whether anything has been saved since the app opened. */
  saved: boolean;
}

let started: Promise<StoredLearner> | null = null;
let loaded: StoredLearner | null = null;

/**
 * Reads the learner and their events from the tablet. Called as the app boots, before the
 * first screen, so the database opens while the rest of the app loads.
 */
export function startLearner(): Promise<StoredLearner> {
  started ??= loadDefaultLearner().then((learner) => {
    loaded = learner;
    return learner;
  });
  const current = started;
  // A failed read is not kept, so the next screen tries again.
  current.catch(() => {
    if (started === current) started = null;
  });
  return current;
}

/** Forgets what was read, so the next screen reads the tablet again (after it is cleared, or in tests). */
export function forgetLearner(): void {
  started = null;
  loaded = null;
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
  // Usually read already, while the app booted: then the first render has it.
  const [learnerId, setLearnerId] = useState<string | null>(() => loaded?.learnerId ?? null);
  const [events, setEvents] = useState<readonly LearningEvent[]>(() => loaded?.events ?? []);
  const [save, setSave] = useState<SaveState>({ pending: 0, failed: 0, saved: false });
  const [error, setError] = useState(false);
  const failed = useRef<EventBody[]>([]);

  useEffect(() => {
    if (learnerId) return;
    startLearner()
      .then((loaded) => {
        setEvents(loaded.events);
        setLearnerId(loaded.learnerId);
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
