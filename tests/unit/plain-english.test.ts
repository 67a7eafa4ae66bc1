import { describe, expect, it } from 'vitest';
import { plainEnglishProblems } from '../../src/core/plain-english';
import { lessons } from '../../src/lessons';
import { JARGON } from '../../src/lessons/jargon';
import { englishResource } from '../content';

describe('the plain-English check', () => {
  it('flags a sentence over 20 words and names the key', () => {
    const long = `Then ${Array.from({ length: 20 }, () => 'word').join(' ')}.`;
    const problems = plainEnglishProblems({ steps: { a: { body: `Short one. ${long}` } } }, JARGON);
    expect(problems).toEqual([{ key: 'steps.a.body', sentence: long, problem: expect.stringContaining('21 words') }]);
  });

  it('lets a sentence of exactly 20 words through', () => {
    const twenty = `${Array.from({ length: 20 }, () => 'word').join(' ')}.`;
    expect(plainEnglishProblems({ body: twenty }, JARGON)).toEqual([]);
  });

  it('flags jargon as a whole word, whatever its case, and says what to use instead', () => {
    const problems = plainEnglishProblems({ body: 'Click the button.', other: 'A clicker is fine.' }, JARGON);
    expect(problems).toEqual([
      { key: 'body', sentence: 'Click the button.', problem: expect.stringContaining('"tap"') },
    ]);
  });
});

describe.each(lessons.map((l) => [l.id] as const))('lesson %s', (id) => {
  it('is in plain English: no sentence over 20 words, no jargon', () => {
    expect(plainEnglishProblems(englishResource(id), JARGON)).toEqual([]);
  });
});
