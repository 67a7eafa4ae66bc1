import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  cleanNickname,
  formatLearnerCode,
  learnerCodeFrom,
  parseLearnerCode,
} from '../../src/core/learner';

const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));

describe('the learner code', () => {
  it('is 8 characters that cannot be mistaken for one another, shown as XXXX-XXXX', () => {
    for (let i = 0; i < 200; i++) {
      const code = learnerCodeFrom(random);
      expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
      expect(formatLearnerCode(code)).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    }
    expect(CODE_ALPHABET).not.toMatch(/[01ILO]/);
  });

  it('uses every character about equally often, so no code is likelier than another', () => {
    const counts = new Map<string, number>();
    const draws = 4000;
    for (let i = 0; i < draws; i++) for (const c of learnerCodeFrom(random)) counts.set(c, (counts.get(c) ?? 0) + 1);
    const expected = (draws * 8) / CODE_ALPHABET.length;
    expect(counts.size).toBe(CODE_ALPHABET.length);
    for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.2);
  });

  it('skips bytes that would favour some characters', () => {
    // 255 is past the last whole round of 31 characters, so it is never used.
    const code = learnerCodeFrom((n) => new Uint8Array(n).fill(255).map((b, i) => (i % 2 ? b : 0)));
    expect(code).toBe('AAAAAAAA');
  });

  it('reads back a typed code, forgiving case, spaces and the dash', () => {
    expect(parseLearnerCode(' abcd-2345 ')).toBe('ABCD2345');
    expect(parseLearnerCode('ABCD 2345')).toBe('ABCD2345');
    expect(parseLearnerCode('ABCD-234O')).toBeNull();
    expect(parseLearnerCode('ABC')).toBeNull();
  });
});

describe('a nickname', () => {
  it('is tidied, and must be 1 to 30 characters', () => {
    expect(cleanNickname('  Amina   B ')).toBe('Amina B');
    expect(cleanNickname('   ')).toBeNull();
    expect(cleanNickname('x'.repeat(31))).toBeNull();
  });
});
