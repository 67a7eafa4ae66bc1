import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GapKind } from '../../src/server/db/schema';
import { type Gap, gapsAfter } from '../../src/server/seq-gaps';

describe('seq gaps', () => {
  it('records the seqs skipped over, and closes them as they arrive', () => {
    const first = gapsAfter([], 0, [1, 2, 5, 9], []);
    expect(first).toEqual([
      { from: 3, to: 4, kind: 'unexplained' },
      { from: 6, to: 8, kind: 'unexplained' },
    ]);
    expect(gapsAfter(first, 9, [4, 7], [])).toEqual([
      { from: 3, to: 3, kind: 'unexplained' },
      { from: 6, to: 6, kind: 'unexplained' },
      { from: 8, to: 8, kind: 'unexplained' },
    ]);
  });

  it('tells seqs the tablet discarded from lost ones, whether the record comes with the gap or after it', () => {
    expect(gapsAfter([], 1, [4, 5], [2, 3])).toEqual([{ from: 2, to: 3, kind: 'discarded' }]);
    const lost = gapsAfter([], 1, [6], []);
    expect(gapsAfter(lost, 6, [7], [3, 4])).toEqual([
      { from: 2, to: 2, kind: 'unexplained' },
      { from: 3, to: 4, kind: 'discarded' },
      { from: 5, to: 5, kind: 'unexplained' },
    ]);
  });

  it('costs one run for a huge jump', () => {
    expect(gapsAfter([], 5, [2_000_000_000], [])).toEqual([{ from: 6, to: 1_999_999_999, kind: 'unexplained' }]);
  });

  it('agrees with counting seq by seq, for any pushes in any order', () => {
    const push = fc.record({
      received: fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 12 }),
      discarded: fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 6 }),
    });
    fc.assert(
      fc.property(fc.array(push, { maxLength: 8 }), (pushes) => {
        let gaps: Gap[] = [];
        let lastSeq = 0;
        const got = new Set<number>();
        const thrown = new Set<number>();
        for (const { received, discarded } of pushes) {
          const highest = Math.max(lastSeq, ...received);
          // A tablet names only seqs it gave out before the removal, itself among those pushed.
          const named = discarded.filter((s) => s <= highest);
          gaps = gapsAfter(gaps, lastSeq, received, named);
          lastSeq = highest;
          for (const s of received) got.add(s);
          for (const s of named) if (!got.has(s)) thrown.add(s);
        }
        const expected: Gap[] = [];
        for (let s = 1; s <= lastSeq; s++) {
          if (got.has(s)) continue;
          const kind: GapKind = thrown.has(s) ? 'discarded' : 'unexplained';
          const last = expected.at(-1);
          if (last && last.kind === kind && last.to === s - 1) last.to = s;
          else expected.push({ from: s, to: s, kind });
        }
        expect(gaps).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
