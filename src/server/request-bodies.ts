/**
 * What the API's JSON bodies must be, written once with valibot (no hand-written checks). Every
 * message says what a field must be and only the shape of what came (never its text: it may be
 * a password or a code).
 */
import * as v from 'valibot';
import { LEARNER_ID, received } from '../core/event-schema';
import { Refused } from './refused';

const must =
  (expected: string) =>
  (issue: v.BaseIssue<unknown>): string =>
    `must be ${expected}; got ${received(issue.input)}`;

/** A string of at most `max` characters; its content is checked where it is used. */
const text = (max: number, expected: string) =>
  v.pipe(v.string(must(expected)), v.maxLength(max, must(`${expected}, at most ${max} characters`)));

/** A JSON object with exactly these fields (a list is not one, though valibot would take it). */
const object = <T extends v.ObjectEntries>(entries: T, fields: string) =>
  v.pipe(
    v.unknown(),
    v.check((input) => !Array.isArray(input), must(`a JSON object with ${fields}`)),
    v.strictObject(entries, (issue) => {
      if (issue.expected === 'never') return `has a field it does not take; send only ${fields}`;
      if (issue.path?.length) return `is missing; send ${fields}`;
      return `must be a JSON object with ${fields}; got ${received(issue.input)}`;
    }),
  );

export const enrolBody = object(
  {
    code: text(32, 'the enrolment code as text'),
    localDeviceId: text(64, 'the tablet\'s own id as text ("local-" and a UUIDv7)'),
  },
  'code and localDeviceId',
);

export const signInBody = object(
  { email: text(254, 'an email address as text'), password: text(1000, 'the password as text') },
  'email and password',
);

export const hubSettingsBody = object({ wifiOnly: v.boolean(must('true or false')) }, 'wifiOnly');

/** The most learners one pull may ask about: a tablet with more asks in several pulls. */
export const MAX_PULL_LEARNERS = 200;

/** How far the tablet has pulled a learner: the arrival number of the last event it has. */
const cursor = v.pipe(
  v.number(must('an arrival number, a whole number of 0 or more')),
  v.safeInteger(must('an arrival number, a whole number of 0 or more')),
  v.minValue(0, must('an arrival number, a whole number of 0 or more')),
);

const LEARNERS = 'a JSON object of learner ids ("learner-" and a UUIDv7), each with the arrival number pulled so far';

export const pullBody = object(
  {
    learners: v.pipe(
      v.unknown(),
      v.check((input) => !Array.isArray(input), must(LEARNERS)),
      v.record(
        v.pipe(
          v.string(),
          v.regex(LEARNER_ID, () => `must be ${LEARNERS}; one of its keys is not a learner id`),
        ),
        cursor,
        must(LEARNERS),
      ),
      v.check(
        (learners) => Object.keys(learners).length >= 1 && Object.keys(learners).length <= MAX_PULL_LEARNERS,
        (issue) =>
          `must name 1 to ${MAX_PULL_LEARNERS} learners; got ${Object.keys(issue.input as object).length}. Pull the others in another request.`,
      ),
    ),
  },
  'learners',
);

export const restoreBody = object({ code: text(32, "the learner's code as text") }, 'code');

/**
 * A field's name, as a path shows it. A record's keys are the sender's text (learner ids,
 * or anything at all): the path stops at the record and the message says what is wrong.
 */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]{0,63}$/;

/** Checks a body against its schema; refused with the first thing wrong with each field. */
export function parseBody<S extends v.GenericSchema>(schema: S, body: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, body, { abortPipeEarly: true });
  if (result.success) return result.output;
  const reasons = result.issues.map((issue) => {
    const keys = (issue.path ?? []).map((item) => String(item.key));
    const shown = keys.findIndex((key) => !FIELD_NAME.test(key));
    const path = (shown === -1 ? keys : keys.slice(0, shown)).join('.');
    // A field it does not take is named by the issue's path: say only that there is one.
    return issue.expected === 'never' ? `body ${issue.message}` : `${path || 'body'}: ${issue.message}`;
  });
  throw new Refused('invalid-input', [...new Set(reasons)].join('; '));
}
