import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { EventBody, LearningEvent } from '../core/events';
import { type Observable, observable } from '../offline/observable';
import { isDiskFull } from '../store/disk-full';
import { appendEvents, eventsArrived, LearnerGoneError } from '../store/events';
import { learnerEvents } from '../store/learners';
import { learnerGone } from './learners-state';
import { MARKS } from './marks';

export interface SaveState {
  /** Events still being written. */
  pending: number;
  /**
   * Writes that could not be made (a step, with its lesson's completion if it was the last);
   * kept in memory to try again.
   */
  failed: number;
  /** The latest failure was a full disk: the learner is told what a volunteer can do. */
  full: boolean;
  /** Whether anything has been saved since the learner signed in. */
  saved: boolean;
}

export interface Learning {
  learnerId: string;
  events: readonly LearningEvent[];
  /**
   * Starts the write of one event, or of several all together (or none of them); the promise
   * settles when it has completed or failed (and is kept to retry).
   */
  record: (body: EventBody | readonly EventBody[]) => Promise<LearningEvent[]>;
  /**
   * Watched by the save status alone: "saving" on every tap then redraws one line, not the
   * whole step while the next one is being drawn.
   */
  save: Observable<SaveState>;
  retry: () => void;
}

let reading: { learnerId: string; events: Promise<LearningEvent[]> } | null = null;
let read: { learnerId: string; events: LearningEvent[] } | null = null;

/**
 * Reads a learner's events from the tablet. Called as the app boots, before the first
 * screen, so the database opens while the rest of the app loads; `readEvents` is how, when
 * the caller has a read under way.
 */
export function startLearner(
  learnerId: string,
  readEvents: () => Promise<LearningEvent[]> = () => learnerEvents(learnerId),
): Promise<LearningEvent[]> {
  if (reading?.learnerId !== learnerId) {
    const current = {
      learnerId,
      events: readEvents().then((events) => {
        read = { learnerId, events };
        return events;
      }),
    };
    reading = current;
    // A failed read is not kept, so the next screen tries again.
    current.events.catch(() => {
      if (reading === current) reading = null;
    });
  }
  return reading.events;
}

/** Forgets what was read, so the next screen reads the tablet again (after it is cleared, or in tests). */
export function forgetLearner(): void {
  reading = null;
  read = null;
}

/**
 * A learner's events on this tablet and the one way to add to them. The list only ever
 * holds events whose write has completed, so nothing is shown as saved that is not.
 */
export function useLearning(learnerId: string): Learning | { error: true } | null {
  // Usually read already, while the app booted: then the first render has it.
  const initial = read?.learnerId === learnerId ? read.events : null;
  const [events, setEvents] = useState<readonly LearningEvent[] | null>(initial);
  const save = useMemo(() => observable<SaveState>({ pending: 0, failed: 0, full: false, saved: false }), [learnerId]);
  const setSave = useCallback((change: (s: SaveState) => SaveState) => save.set(change(save.get())), [save]);
  const [error, setError] = useState(false);
  /** Writes that failed, kept to try again: this learner's only, each as it was (one or several together). */
  const failed = useMemo<(readonly EventBody[])[]>(() => [], [learnerId]);

  useEffect(() => {
    if (events) return;
    startLearner(learnerId).then(setEvents, () => setError(true));
  }, [learnerId, events]);

  // Their work on another tablet came from the hub: add it, so home and the lesson show it.
  useEffect(
    () =>
      eventsArrived.subscribe(({ learnerIds }) => {
        if (!learnerIds.includes(learnerId)) return;
        void learnerEvents(learnerId).then(
          (stored) => {
            const add = (list: readonly LearningEvent[]) => {
              const known = new Set(list.map((e) => e.id));
              const fresh = stored.filter((e) => !known.has(e.id));
              return fresh.length > 0 ? [...list, ...fresh] : list;
            };
            setEvents((list) => (list ? add(list) : list));
            if (read?.learnerId === learnerId) read.events = [...add(read.events)];
          },
          () => undefined,
        );
      }),
    [learnerId],
  );

  const record = useCallback(
    (body: EventBody | readonly EventBody[]) => {
      const bodies: readonly EventBody[] = Array.isArray(body) ? body : [body as EventBody];
      // The write first: the redraw that "saving" asks for must not hold up the disk.
      const writing = appendEvents(learnerId, bodies);
      setSave((s) => ({ ...s, pending: s.pending + 1 }));
      writing.then(
        (written) => {
          for (const event of written) performance.mark(MARKS.eventSaved, { detail: event.type });
          setEvents((list) => [...(list ?? []), ...written]);
          if (read?.learnerId === learnerId) read.events = [...read.events, ...written];
          setSave((s) => ({ ...s, pending: s.pending - 1, saved: true }));
        },
        (error: unknown) => {
          setSave((s) => ({ ...s, pending: s.pending - 1 }));
          // Removed from the tablet (in another tab): nothing of theirs is written or kept.
          if (error instanceof LearnerGoneError) return learnerGone();
          failed.push(bodies);
          setSave((s) => ({ ...s, failed: failed.length, full: isDiskFull(error) }));
        },
      );
      return writing;
    },
    [learnerId, setSave, failed],
  );

  const retry = useCallback(() => {
    const again = failed.splice(0);
    setSave((s) => ({ ...s, failed: 0, full: false }));
    for (const bodies of again) void record(bodies);
  }, [record, setSave, failed]);

  if (error) return { error: true };
  return events ? { learnerId, events, record, save, retry } : null;
}
