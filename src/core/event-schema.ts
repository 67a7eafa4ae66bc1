/**
 * The one description of every learning event (DESIGN.md §3), as the tablet writes it: the
 * server validates pushes with it, and a tablet will validate pulled events with it. Strict:
 * every field named, each with its form and a length cap, and no field that is not named, so
 * nothing unchecked is ever stored or shown. Reasons name the field and what it must be, never
 * what was sent (a nickname or a lock's derivation must not end up in a log).
 */
import * as v from 'valibot';
import type { LearningEvent } from './events';
import { CODE_ALPHABET, CODE_LENGTH, cleanNickname } from './learner';

/** A UUIDv7 as the `uuid` package writes it: lower-case hex, version 7, RFC 4122 variant. */
const UUID_V7 = '[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
/**
 * A tablet's id: `local-` before it is enrolled with a hub, `device-` once the hub's server
 * has given it one. Both are UUIDv7.
 */
export const DEVICE_ID = new RegExp(`^(local|device)-${UUID_V7}$`);
export const EVENT_ID = new RegExp(`^${UUID_V7}$`);
export const LEARNER_ID = new RegExp(`^learner-${UUID_V7}$`);
/** Lesson, step, target and picture names: the rule lessons are checked against (validate-lesson.ts). */
const NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const NAME_MAX = 64;
/** What `Date.prototype.toISOString()` writes for the years a tablet can be in. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** A language tag as Hubsteps names its locales: "en", "pa", perhaps "pt-BR" one day. */
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const LEARNER_CODE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);
const HEX = (length: number) => new RegExp(`^[0-9a-f]{${length}}$`);
/** Seqs are stored as 32-bit integers on the server; a tablet will never count that far. */
export const MAX_SEQ = 2_147_483_647;
/** A learner removed with more unsent events than this is not something a tablet can hold. */
const MAX_DISCARDED = 100_000;
/** PBKDF2 rounds: the tablet uses 300,000 and may raise it; far more would be a mistake. */
const MAX_ITERATIONS = 100_000_000;

/** How a value looked, without its content: the content may be private. */
export function received(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return `a list of ${input.length}`;
  if (typeof input === 'string') return `a string of ${input.length} character${input.length === 1 ? '' : 's'}`;
  if (typeof input === 'number' || typeof input === 'boolean') return `${typeof input} ${String(input)}`;
  return typeof input === 'object' ? 'an object' : `a ${typeof input}`;
}

/** One message for every check on a field: what it must be, and what came instead. */
const must =
  (expected: string) =>
  (issue: v.BaseIssue<unknown>): string =>
    `must be ${expected}; got ${received(issue.input)}`;

function text(pattern: RegExp, max: number, expected: string) {
  const message = must(expected);
  return v.pipe(v.string(message), v.maxLength(max, message), v.regex(pattern, message));
}

const eventId = text(EVENT_ID, 36, 'a UUIDv7 in lower case');
const deviceId = text(DEVICE_ID, 43, '"local-" or "device-" and a UUIDv7 in lower case');
const learnerId = text(LEARNER_ID, 44, '"learner-" and a UUIDv7 in lower case');
const name = text(NAME, NAME_MAX, `lower-case letters, digits and single dashes, at most ${NAME_MAX} characters`);
const hex = (length: number) => text(HEX(length), length, `${length} lower-case hex digits`);

const seq = v.pipe(
  v.number(must('a whole number from 1')),
  v.integer(must('a whole number from 1')),
  v.minValue(1, must('a whole number from 1')),
  v.maxValue(MAX_SEQ, must(`at most ${MAX_SEQ}`)),
);

const at = v.pipe(
  text(ISO_TIME, 24, 'a time as toISOString() writes it, like 2026-01-31T09:30:00.000Z'),
  v.check((s) => !Number.isNaN(Date.parse(s)), must('a real date and time')),
);

const base = {
  id: eventId,
  deviceId,
  seq,
  learnerId,
  at,
  v: v.literal(1, must('1, the only event schema version')),
} as const;

/** Unknown fields, missing fields, a value that is not an object: said the same way everywhere. */
const objectMessage =
  (expected: string) =>
  (issue: v.BaseIssue<unknown>): string => {
    if (issue.expected === 'never') return 'is not a field here; remove it';
    if (issue.path?.at(-1)?.origin === 'key') return 'is missing';
    return `must be ${expected}; got ${received(issue.input)}`;
  };

const lockKind = v.picklist(['pin', 'pictures'], must('"pin" or "pictures"'));
const salt = hex(32);
const hash = hex(64);
const pbkdf2Secret = v.strictObject(
  {
    kind: lockKind,
    algo: v.literal('pbkdf2-sha256', must('"pbkdf2-sha256", or left out for a lock made before PBKDF2')),
    iterations: v.pipe(
      v.number(must('a whole number of PBKDF2 rounds')),
      v.integer(must('a whole number of PBKDF2 rounds')),
      v.minValue(1, must('at least 1')),
      v.maxValue(MAX_ITERATIONS, must(`at most ${MAX_ITERATIONS}`)),
    ),
    salt,
    hash,
  },
  objectMessage('null, or a lock {kind, algo, iterations, salt, hash}'),
);
/** Locks made before PBKDF2: one salted SHA-256, upgraded when their owner next unlocks. */
const olderSecret = v.strictObject(
  // No algo: `algo?: undefined` only so the type is LearnerSecret's own (JSON cannot carry undefined).
  { kind: lockKind, algo: v.optional(v.undefined()), salt, hash },
  objectMessage('null, or a lock {kind, salt, hash}'),
);
/**
 * A lock as the tablet keeps it (see LearnerSecret): only a derivation of it, with its salt.
 * Which of the two forms is told by `algo`, so a reason names the field that is wrong.
 */
const secret = v.lazy((input) =>
  typeof input === 'object' && input !== null && 'algo' in input ? pbkdf2Secret : olderSecret,
);

const discardedSeqs = v.pipe(
  v.array(seq, must('a list of seqs')),
  v.maxLength(MAX_DISCARDED, must(`a list of at most ${MAX_DISCARDED} seqs`)),
  v.check((list) => list.every((s, i) => i === 0 || (list[i - 1] ?? 0) < s), must('seqs in increasing order')),
);

const event = <T extends string, E extends v.ObjectEntries>(type: T, entries: E) =>
  v.strictObject({ ...base, type: v.literal(type), ...entries }, objectMessage('an object'));

export const EVENT_TYPES = [
  'lesson.started',
  'step.completed',
  'practice.attempted',
  'lesson.completed',
  'learner.profiled',
  'learner.removed',
] as const;

const eventOfAnyType = v.variant(
  'type',
  [
    event('lesson.started', { lessonId: name }),
    event('step.completed', { lessonId: name, stepId: name }),
    event('practice.attempted', {
      lessonId: name,
      stepId: name,
      target: v.nullable(name),
      correct: v.boolean(must('true or false')),
    }),
    event('lesson.completed', { lessonId: name }),
    event('learner.profiled', {
      nickname: v.pipe(
        v.string(must('a nickname')),
        v.maxLength(30, must('a nickname of 1 to 30 characters')),
        v.check(
          (s) => cleanNickname(s) === s,
          must('a nickname of 1 to 30 characters, with no space at either end or two in a row'),
        ),
      ),
      avatar: name,
      secret: v.nullable(secret),
      language: text(LANGUAGE, 35, 'a language tag like "en" or "pa"'),
      textSize: v.picklist(['normal', 'large', 'largest'], must('"normal", "large" or "largest"')),
      readAloud: v.optional(v.boolean(must('true or false, or left out'))),
      code: text(LEARNER_CODE, CODE_LENGTH, `${CODE_LENGTH} characters of ${CODE_ALPHABET}`),
    }),
    event('learner.removed', {
      reason: v.picklist(['learner-removed', 'tablet-cleared'], must('"learner-removed" or "tablet-cleared"')),
      discardedSeqs,
    }),
  ],
  (issue) =>
    issue.input === undefined
      ? `is missing; must be one of ${EVENT_TYPES.join(', ')}`
      : `must be one of ${EVENT_TYPES.join(', ')}; got ${shortText(issue.input)}`,
);

/** The rules between fields: a removal can only have discarded seqs the device gave out before it. */
export const learningEventSchema = v.pipe(
  eventOfAnyType,
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed || dataset.value.type !== 'learner.removed') return;
    const { seq, discardedSeqs } = dataset.value;
    if (discardedSeqs.every((s) => s < seq)) return;
    addIssue({
      message: `must be seqs before this event's own seq ${seq}; got ${received(discardedSeqs)} ending at ${discardedSeqs.at(-1)}`,
      path: [{ type: 'object', origin: 'value', input: dataset.value, key: 'discardedSeqs', value: discardedSeqs }],
    });
  }),
);

/** A type name as sent, when it is short and plain enough to quote; its shape otherwise. */
const shortText = (input: unknown): string =>
  typeof input === 'string' && input.length <= 40 && /^[\w.-]*$/.test(input) ? `"${input}"` : received(input);

export type EventCheck = { ok: true; event: LearningEvent } | { ok: false; reasons: string[] };

/**
 * Checks a value that should be one learning event (from JSON: a push, a pull). Returns the
 * typed event, or every reason it is not one, each starting with the field it is about.
 */
export function validateEvent(value: unknown): EventCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reasons: [`an event must be a JSON object; got ${received(value)}`] };
  }
  // The first thing wrong with each field is its reason: one a field, not one a check.
  const result = v.safeParse(learningEventSchema, value, { abortPipeEarly: true });
  if (result.success) return { ok: true, event: result.output };
  return { ok: false, reasons: result.issues.map((issue) => `${fieldOf(issue)}: ${issue.message}`) };
}

/** The field an issue is about, as a dotted path ("secret.salt", "discardedSeqs.3"). */
function fieldOf(issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((item) => {
    const key = item.key;
    if (typeof key === 'number') return String(key);
    // Field names are the sender's too: quote only those that are short and plain.
    return typeof key === 'string' && key.length <= 40 && /^[\w$-]+$/.test(key)
      ? key
      : `(a field with a ${String(key).length}-character name)`;
  });
  return keys.length ? keys.join('.') : 'event';
}
