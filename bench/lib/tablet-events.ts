/**
 * What a tablet of a busy hub sends: learners signing up and going through lessons, as the
 * tablet's store writes them (a UUIDv7 each, the device's seqs in order, its clock). Every event
 * passes the shared schema, or the benchmark stops before timing anything.
 */
import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { validateEvent } from '../../src/core/event-schema';
import type { EventBody, LearningEvent } from '../../src/core/events';
import { learnerCodeFrom } from '../../src/core/learner';

const LESSONS = ['tablet-basics', 'nhs-app-login', 'book-appointment', 'repeat-prescription', 'video-call'];
const STEPS_PER_LESSON = 12;
/** About one new learner in this many events: a session of two or three lessons. */
const EVENTS_PER_LEARNER = 40;

/** The events one learner makes in a session: a profile, then lessons with practice taps. */
function* session(): Generator<EventBody> {
  yield {
    type: 'learner.profiled',
    nickname: 'Amina',
    avatar: 'avatar-sun',
    // A PIN lock as the tablet keeps it: its PBKDF2 derivation and salt.
    secret: {
      kind: 'pin',
      algo: 'pbkdf2-sha256',
      iterations: 300_000,
      salt: randomBytes(16).toString('hex'),
      hash: randomBytes(32).toString('hex'),
    },
    language: 'en',
    textSize: 'large',
    readAloud: true,
    code: learnerCodeFrom((n) => randomBytes(n)),
  };
  for (let l = 0; ; l = (l + 1) % LESSONS.length) {
    const lessonId = LESSONS[l] as string;
    yield { type: 'lesson.started', lessonId };
    for (let s = 1; s <= STEPS_PER_LESSON; s++) {
      const stepId = `step-${s}`;
      if (s % 3 === 0) {
        yield { type: 'practice.attempted', lessonId, stepId, target: 'button-back', correct: false };
        yield { type: 'practice.attempted', lessonId, stepId, target: 'button-next', correct: true };
      }
      yield { type: 'step.completed', lessonId, stepId };
    }
    yield { type: 'lesson.completed', lessonId };
  }
}

/** `count` events of one tablet, seqs from `firstSeq` on, checked against the shared schema. */
export function tabletEvents(deviceId: string, count: number, firstSeq = 1): LearningEvent[] {
  const events: LearningEvent[] = [];
  let learnerId = '';
  let bodies = session();
  for (let i = 0; i < count; i++) {
    if (i % EVENTS_PER_LEARNER === 0) {
      learnerId = `learner-${uuidv7()}`;
      bodies = session();
    }
    const body = bodies.next().value as EventBody;
    const event = {
      ...body,
      id: uuidv7(),
      deviceId,
      seq: firstSeq + i,
      learnerId,
      at: new Date().toISOString(),
      v: 1,
    } as LearningEvent;
    const check = validateEvent(event);
    if (!check.ok) throw new Error(`The benchmark made an invalid ${body.type}: ${check.reasons.join('; ')}`);
    events.push(event);
  }
  return events;
}

/** Events cut into pushes of `size`, in seq order. */
export function batches<T>(events: readonly T[], size: number): T[][] {
  const cut: T[][] = [];
  for (let i = 0; i < events.length; i += size) cut.push(events.slice(i, i + size));
  return cut;
}
