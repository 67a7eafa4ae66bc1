import { readdirSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import type * as v from 'valibot';
import { beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { makeSecret } from '../../src/app/profiles/secret';
import { EVENT_TYPES, type learningEventSchema, validateEvent } from '../../src/core/event-schema';
import type { EventBody, LearningEvent } from '../../src/core/events';
import { type LearnerProfile, learnerCodeFrom } from '../../src/core/learner';
import { isTap } from '../../src/core/lesson';
import { lessons } from '../../src/lessons';
import { screenCatalog } from '../../src/practice/targets';
import { AVATARS, RETIRED_AVATARS } from '../../src/profiles/pictures';
import { openHubstepsDB, resetDb } from '../../src/store/db';
import { appendEvents } from '../../src/store/events';
import { saveLearner } from '../../src/store/learners';
import { clearTablet, removeLearner } from '../../src/store/removals';

beforeEach(() => {
  resetDb();
  globalThis.indexedDB = new IDBFactory();
});

const LANGUAGES = readdirSync('locales'); // vitest runs from the repository's root;

let made = 0;
/** A profile as the new-learner form makes one. */
function profile(changes: Partial<LearnerProfile> = {}): LearnerProfile {
  made += 1;
  return {
    id: `learner-0190f5a8-${String(made).padStart(4, '0')}-7000-8000-000000000000`,
    nickname: 'Amina',
    avatar: 'avatar-sun',
    secret: null,
    language: 'en',
    textSize: 'normal',
    readAloud: false,
    code: learnerCodeFrom((n) => crypto.getRandomValues(new Uint8Array(n))),
    createdAt: new Date().toISOString(),
    ...changes,
  };
}

/** Everything the tablet has stored, as it would push it. */
async function storedEvents(): Promise<LearningEvent[]> {
  const database = await openHubstepsDB();
  const events = await database.getAll('events');
  database.close();
  return events.sort((a, b) => a.seq - b.seq);
}

/** Every event a learner writes going through every lesson: each step, each tap, right and wrong. */
function everyLessonEvent(): EventBody[] {
  const bodies: EventBody[] = [];
  for (const lesson of lessons) {
    bodies.push({ type: 'lesson.started', lessonId: lesson.id });
    for (const step of lesson.steps) {
      if (step.type === 'practice') {
        for (const action of step.goal.filter(isTap)) {
          bodies.push({
            type: 'practice.attempted',
            lessonId: lesson.id,
            stepId: step.id,
            target: action.tap,
            correct: true,
          });
        }
        for (const target of [...(screenCatalog[step.screen]?.tap ?? []), null]) {
          bodies.push({ type: 'practice.attempted', lessonId: lesson.id, stepId: step.id, target, correct: false });
        }
      }
      bodies.push({ type: 'step.completed', lessonId: lesson.id, stepId: step.id });
    }
    bodies.push({ type: 'lesson.completed', lessonId: lesson.id });
  }
  return bodies;
}

function expectValid(events: readonly LearningEvent[]): void {
  for (const event of events) {
    const check = validateEvent(JSON.parse(JSON.stringify(event)));
    expect(check, `${event.type} ${event.seq}`).toEqual({ ok: true, event });
  }
}

function reasonsFor(value: unknown): string[] {
  const check = validateEvent(value);
  if (check.ok) throw new Error('expected the event to be refused');
  return check.reasons;
}

describe('events the tablet writes', () => {
  it('accepts every profile the tablet saves: each picture, language, text size and kind of lock', async () => {
    const pin = await makeSecret('pin', '2468', 1000);
    const pictures = await makeSecret('pictures', 'key-apple,key-moon,key-hat', 1000);
    // A lock from before PBKDF2, as older tablets still hold until its owner next unlocks.
    const older = { kind: 'pin' as const, salt: 'ab'.repeat(16), hash: 'cd'.repeat(32) };
    const learners = [
      // Pictures no longer offered stay in profiles saved before, so they stay valid too.
      ...[...AVATARS, ...RETIRED_AVATARS.keys()].map((avatar) => profile({ avatar })),
      ...LANGUAGES.map((language) => profile({ language })),
      profile({ textSize: 'large', secret: pin, nickname: 'Mr Khan' }),
      profile({ textSize: 'largest', secret: pictures, nickname: 'Zoë 2' }),
      profile({ secret: older, readAloud: true, nickname: 'سارا' }),
      // Profiles from before reading aloud could be chosen have no readAloud at all.
      (({ readAloud: _, ...rest }) => rest)(profile({ nickname: 'x'.repeat(30) })),
    ];
    for (const learner of learners) await saveLearner(learner);

    const events = await storedEvents();
    expect(events).toHaveLength(learners.length);
    expect(LANGUAGES).toHaveLength(10);
    expectValid(events);
  });

  it('accepts every event of every lesson, as the learning screens record them', async () => {
    const learner = profile();
    await saveLearner(learner);
    const bodies = everyLessonEvent();
    await appendEvents(learner.id, bodies);

    const events = await storedEvents();
    expect(events).toHaveLength(bodies.length + 1);
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(EVENT_TYPES.filter((t) => !t.startsWith('learner.r'))));
    expectValid(events);
  });

  it('accepts the records of a removed learner and of a cleared tablet, with the seqs they discarded', async () => {
    const [a, b, c] = [profile(), profile(), profile()];
    for (const learner of [a, b, c]) await saveLearner(learner);
    await appendEvents(a.id, [{ type: 'lesson.started', lessonId: 'tablet-basics' }]);
    await appendEvents(b.id, [{ type: 'lesson.started', lessonId: 'tablet-basics' }]);
    await removeLearner(a.id);
    await clearTablet();

    const removals = (await storedEvents()).filter((e) => e.type === 'learner.removed');
    expect(removals.map((e) => [e.reason, e.discardedSeqs])).toEqual([
      ['learner-removed', [1, 4]],
      ['tablet-cleared', [2, 5]],
      ['tablet-cleared', [3]],
    ]);
    expectValid(removals);
  });

  it('describes exactly the events of src/core/events.ts', () => {
    type Described = v.InferOutput<typeof learningEventSchema>;
    type Same<T extends LearningEvent['type']> = [Extract<Described, { type: T }>, Extract<LearningEvent, { type: T }>];
    expectTypeOf<Described['type']>().toEqualTypeOf<LearningEvent['type']>();
    expectTypeOf<Same<'lesson.started'>[0]>().toEqualTypeOf<Same<'lesson.started'>[1]>();
    expectTypeOf<Same<'step.completed'>[0]>().toEqualTypeOf<Same<'step.completed'>[1]>();
    expectTypeOf<Same<'practice.attempted'>[0]>().toEqualTypeOf<Same<'practice.attempted'>[1]>();
    expectTypeOf<Same<'lesson.completed'>[0]>().toEqualTypeOf<Same<'lesson.completed'>[1]>();
    expectTypeOf<Same<'learner.profiled'>[0]>().toEqualTypeOf<Same<'learner.profiled'>[1]>();
    expectTypeOf<Same<'learner.removed'>[0]>().toEqualTypeOf<Same<'learner.removed'>[1]>();
  });
});

const ID = '0190f5a8-1c2d-7e3f-8a4b-5c6d7e8f9a0b';
const base = {
  id: ID,
  deviceId: `local-${ID}`,
  seq: 7,
  learnerId: `learner-${ID}`,
  at: '2026-03-04T10:20:30.456Z',
  v: 1,
};
/** One valid event of every type: the malformed ones below are each one change away. */
const valid: Record<(typeof EVENT_TYPES)[number], Record<string, unknown>> = {
  'lesson.started': { ...base, type: 'lesson.started', lessonId: 'tablet-basics' },
  'step.completed': { ...base, type: 'step.completed', lessonId: 'tablet-basics', stepId: 'tap-shape' },
  'practice.attempted': {
    ...base,
    type: 'practice.attempted',
    lessonId: 'tablet-basics',
    stepId: 'tap-shape',
    target: 'star',
    correct: false,
  },
  'lesson.completed': { ...base, type: 'lesson.completed', lessonId: 'tablet-basics' },
  'learner.profiled': {
    ...base,
    type: 'learner.profiled',
    nickname: 'Secret Nickname',
    avatar: 'avatar-owl',
    secret: { kind: 'pin', algo: 'pbkdf2-sha256', iterations: 300000, salt: '0f'.repeat(16), hash: 'e1'.repeat(32) },
    language: 'pa',
    textSize: 'large',
    readAloud: true,
    code: 'ABCD2345',
  },
  'learner.removed': { ...base, type: 'learner.removed', reason: 'learner-removed', discardedSeqs: [2, 3, 5] },
};
const with_ = (type: keyof typeof valid, changes: Record<string, unknown>) => ({ ...valid[type], ...changes });

describe('malformed events', () => {
  it('starts from events that are valid', () => {
    for (const event of Object.values(valid)) expect(validateEvent(event).ok).toBe(true);
  });

  it('refuses anything that is not an object', () => {
    for (const value of [null, undefined, 42, 'lesson.started', [valid['lesson.started']], true]) {
      expect(reasonsFor(value)).toEqual([expect.stringMatching(/^an event must be a JSON object; got /)]);
    }
  });

  it('names each missing field, in every type', () => {
    for (const [type, event] of Object.entries(valid)) {
      for (const field of Object.keys(event).filter((k) => k !== 'readAloud')) {
        const { [field]: _, ...missing } = event;
        const reasons = reasonsFor(missing);
        expect(reasons, `${type} without ${field}`).toEqual([
          expect.stringMatching(new RegExp(`^${field}: is missing`)),
        ]);
      }
    }
  });

  it('refuses an unknown type, and says which types there are', () => {
    expect(reasonsFor(with_('lesson.started', { type: 'lesson.skipped' }))).toEqual([
      'type: must be one of lesson.started, step.completed, practice.attempted, lesson.completed, learner.profiled, learner.removed; got "lesson.skipped"',
    ]);
    expect(reasonsFor(with_('lesson.started', { type: 3 }))).toEqual([
      expect.stringMatching(/^type: .*; got number 3$/),
    ]);
  });

  it('refuses wrong types, one reason per field', () => {
    expect(reasonsFor(with_('practice.attempted', { seq: '7', correct: 'yes', target: 5 }))).toEqual([
      'seq: must be a whole number from 1; got a string of 1 character',
      'target: must be lower-case letters, digits and single dashes, at most 64 characters; got number 5',
      'correct: must be true or false; got a string of 3 characters',
    ]);
    expect(reasonsFor(with_('lesson.started', { seq: 1.5 }))).toEqual([
      'seq: must be a whole number from 1; got number 1.5',
    ]);
    expect(reasonsFor(with_('lesson.started', { seq: 0 }))).toEqual([
      'seq: must be a whole number from 1; got number 0',
    ]);
    expect(reasonsFor(with_('lesson.started', { v: 2 }))).toEqual([
      'v: must be 1, the only event schema version; got number 2',
    ]);
    expect(reasonsFor(with_('learner.profiled', { textSize: 'huge', readAloud: 'yes' }))).toEqual([
      'textSize: must be "normal", "large" or "largest"; got a string of 4 characters',
      'readAloud: must be true or false, or left out; got a string of 3 characters',
    ]);
    expect(reasonsFor(with_('learner.removed', { reason: 'lost', discardedSeqs: [3, 2] }))).toEqual([
      'reason: must be "learner-removed" or "tablet-cleared"; got a string of 4 characters',
      'discardedSeqs: must be seqs in increasing order; got a list of 2',
    ]);
    expect(reasonsFor(with_('learner.removed', { seq: 5, discardedSeqs: [2, 3, 5] }))).toEqual([
      "discardedSeqs: must be seqs before this event's own seq 5; got a list of 3 ending at 5",
    ]);
    expect(reasonsFor(with_('learner.removed', { discardedSeqs: [1, -2] }))).toEqual([
      'discardedSeqs.1: must be a whole number from 1; got number -2',
    ]);
  });

  it('refuses bad ids and times', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ id: ID.toUpperCase() }, 'id: must be a UUIDv7 in lower case'],
      [{ id: '0190f5a8-1c2d-4e3f-8a4b-5c6d7e8f9a0b' }, 'id: must be a UUIDv7 in lower case'],
      [{ id: 12 }, 'id: must be a UUIDv7 in lower case'],
      [{ deviceId: ID }, 'deviceId: must be "local-" or "device-" and a UUIDv7'],
      [{ deviceId: `remote-${ID}` }, 'deviceId: must be "local-" or "device-" and a UUIDv7'],
      [{ learnerId: ID }, 'learnerId: must be "learner-" and a UUIDv7'],
      [{ learnerId: `learner-${ID} ` }, 'learnerId: must be "learner-" and a UUIDv7'],
      [{ at: 'yesterday' }, 'at: must be a time as toISOString() writes it'],
      [{ at: Date.now() }, 'at: must be a time as toISOString() writes it'],
      [{ at: '2026-13-40T10:20:30.456Z' }, 'at: must be a real date and time'],
    ];
    for (const [change, reason] of cases) {
      expect(reasonsFor(with_('lesson.started', change)), JSON.stringify(change)).toEqual([
        expect.stringContaining(reason),
      ]);
    }
  });

  it('refuses fields that are not part of the event, however they are named', () => {
    expect(reasonsFor(with_('lesson.started', { stepId: 'tap-shape' }))).toEqual([
      'stepId: is not a field here; remove it',
    ]);
    expect(
      reasonsFor(JSON.parse(`{"__proto__": {"admin": true}, ${JSON.stringify(valid['lesson.completed']).slice(1)}`)),
    ).toEqual(['__proto__: is not a field here; remove it']);
    expect(reasonsFor(with_('lesson.started', { ['k'.repeat(100_000)]: 1 }))).toEqual([
      '(a field with a 100000-character name): is not a field here; remove it',
    ]);
  });

  it('refuses huge strings without repeating them', () => {
    const huge = 'a'.repeat(1_000_000);
    const cases: [keyof typeof valid, string][] = [
      ['lesson.started', 'lessonId'],
      ['step.completed', 'stepId'],
      ['practice.attempted', 'target'],
      ['learner.profiled', 'nickname'],
      ['learner.profiled', 'avatar'],
      ['learner.profiled', 'language'],
      ['learner.profiled', 'code'],
      ['lesson.started', 'learnerId'],
    ];
    for (const [type, field] of cases) {
      const reasons = reasonsFor(with_(type, { [field]: huge }));
      expect(reasons, field).toEqual([
        expect.stringMatching(new RegExp(`^${field}: .*; got a string of 1000000 characters$`)),
      ]);
    }
    const reasons = reasonsFor(
      with_('learner.removed', { discardedSeqs: Array.from({ length: 100_001 }, (_, i) => i + 1) }),
    );
    expect(reasons).toEqual(['discardedSeqs: must be a list of at most 100000 seqs; got a list of 100001']);
  });

  it('refuses nicknames and codes the tablet would never save', () => {
    for (const nickname of ['', ' Amina', 'Amina ', 'Am  ina', 'x'.repeat(31)]) {
      expect(reasonsFor(with_('learner.profiled', { nickname })), JSON.stringify(nickname)).toEqual([
        expect.stringMatching(/^nickname: must be a nickname of 1 to 30 characters/),
      ]);
    }
    for (const code of ['ABCD-2345', 'abcd2345', 'ABCD0123', 'ABCD234']) {
      expect(reasonsFor(with_('learner.profiled', { code })), code).toEqual([
        expect.stringMatching(/^code: must be 8 /),
      ]);
    }
  });

  it('refuses a lock in neither of its forms, naming the field at fault', () => {
    const lock = valid['learner.profiled'].secret as Record<string, unknown>;
    const cases: [unknown, string[]][] = [
      ['1234', ['secret: must be null, or a lock {kind, salt, hash}; got a string of 4 characters']],
      [
        { ...lock, hash: 'E1'.repeat(32) },
        ['secret.hash: must be 64 lower-case hex digits; got a string of 64 characters'],
      ],
      [
        { ...lock, algo: 'md5' },
        [
          'secret.algo: must be "pbkdf2-sha256", or left out for a lock made before PBKDF2; got a string of 3 characters',
        ],
      ],
      [{ ...lock, iterations: 0 }, ['secret.iterations: must be at least 1; got number 0']],
      [{ ...lock, kind: 'face' }, ['secret.kind: must be "pin" or "pictures"; got a string of 4 characters']],
      [{ kind: 'pin', salt: lock.salt }, ['secret.hash: is missing']],
      [
        { kind: 'pin', salt: lock.salt, hash: lock.hash, value: '1234' },
        ['secret.value: is not a field here; remove it'],
      ],
    ];
    for (const [secret, reasons] of cases) {
      expect(reasonsFor(with_('learner.profiled', { secret })), JSON.stringify(secret)).toEqual(reasons);
    }
  });

  it('never repeats a nickname or a lock in its reasons', () => {
    const event = with_('learner.profiled', {
      nickname: ' Secret Nickname',
      secret: { kind: 'pin', salt: 'zz-private-salt', hash: 'private-hash' },
      seq: 'x',
    });
    const reasons = reasonsFor(event).join('\n');
    expect(reasons).toContain('nickname:');
    expect(reasons).toContain('secret.salt:');
    expect(reasons).not.toMatch(/Secret Nickname|private/);
  });
});
