/**
 * What the API's JSON bodies must be, written once with valibot (no hand-written checks). Every
 * message says what a field must be and only the shape of what came (never its text: it may be
 * a password or a code).
 */
import * as v from 'valibot';
import { received } from '../core/event-schema';
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

/** Checks a body against its schema; refused with the first thing wrong with each field. */
export function parseBody<S extends v.GenericSchema>(schema: S, body: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, body, { abortPipeEarly: true });
  if (result.success) return result.output;
  const reasons = result.issues.map((issue) => {
    const path = (issue.path ?? []).map((item) => String(item.key)).join('.');
    // A field it does not take is named by the issue's path: say only that there is one.
    return issue.expected === 'never' ? `body ${issue.message}` : `${path || 'body'}: ${issue.message}`;
  });
  throw new Refused('invalid-input', [...new Set(reasons)].join('; '));
}
