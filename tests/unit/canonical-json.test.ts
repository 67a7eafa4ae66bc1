import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/server/canonical-json';

/**
 * How Hubsteps first wrote an event's stored text. Every text stored since must come out the
 * same for the same event sent again, or the server would take a repeat for a conflict.
 */
function firstWritten(value: unknown): string {
  const sorted = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(sorted);
    if (typeof item !== 'object' || item === null) return item;
    const entries = Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, inner]) => [key, sorted(inner)]));
  };
  return JSON.stringify(sorted(value));
}

/** JSON values whose objects may have keys that are numbers, odd characters, or look like neither. */
const keys = fc.oneof(
  fc.string(),
  fc.nat().map(String),
  fc.constantFrom('4294967294', '4294967295', '01', '-1', '1.5'),
);
const values = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, false, 0, -0, 1.5, 1e21, Number.NaN),
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.array(tie('value')),
    fc.dictionary(keys, tie('value')),
  ),
})).value;

describe('the text an event is stored as', () => {
  it('has its keys sorted at every depth, whatever order they were sent in', () => {
    const sent = { type: 'step.completed', at: '2026-12-01T07:00:00.000Z', b: { z: 1, a: [{ y: 2, x: 3 }] } };
    expect(canonicalJson(sent)).toBe(
      '{"at":"2026-12-01T07:00:00.000Z","b":{"a":[{"x":3,"y":2}],"z":1},"type":"step.completed"}',
    );
    expect(canonicalJson({ b: { a: [{ x: 3, y: 2 }], z: 1 }, type: 'step.completed', at: sent.at })).toBe(
      canonicalJson(sent),
    );
  });

  it('is exactly the text Hubsteps stored before, for any JSON value', () => {
    fc.assert(
      fc.property(values, (value) => canonicalJson(value) === firstWritten(value)),
      { numRuns: 2000 },
    );
  });

  it('is the same text for objects of many keys as for few', () => {
    fc.assert(
      fc.property(
        fc.dictionary(keys, fc.oneof(fc.string(), fc.integer()), { minKeys: 10, maxKeys: 40 }),
        (value) => canonicalJson(value) === firstWritten(value),
      ),
      { numRuns: 500 },
    );
  });

  it('leaves out what JSON leaves out, as before', () => {
    const value = { a: undefined, b: [undefined, () => 1], c: () => 1, d: 'kept' };
    expect(canonicalJson(value)).toBe('{"b":[null,null],"d":"kept"}');
    expect(canonicalJson(value)).toBe(firstWritten(value));
  });
});
