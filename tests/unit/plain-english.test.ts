import { describe, expect, it } from 'vitest';
import { flatten } from '../../src/core/locale-text';
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

/** Labels the real NHS App and NHS login show (shared/PRACTICE-SCREENS.md), which lessons must name as they are. */
const REAL_LABELS = [
  'Log in',
  'Continue with NHS login',
  'Access your NHS account',
  'Enter your email address',
  'Select an appointment type',
  'Ask about a health problem: an online consultation',
  'Remember this device',
  'Submit',
];

const jargonIn = (text: string): string[] =>
  plainEnglishProblems({ text }, JARGON)
    .filter((p) => p.problem.includes('jargon'))
    .map((p) => p.problem);

describe('the jargon list', () => {
  it('bans no word the real app shows, so a lesson can teach it', () => {
    const practiceLabels = [...flatten((englishResource('practice') as { screens: unknown }).screens)].map(
      ([, text]) => text,
    );
    expect(practiceLabels.length).toBeGreaterThan(50);
    for (const label of [...REAL_LABELS, ...practiceLabels]) expect(jargonIn(label), label).toEqual([]);
  });

  it('still bans computer words the learner never has to read on the real screens', () => {
    for (const word of ['Type your username.', 'Use a browser.', 'Click the icon.', 'Your credentials.'])
      expect(jargonIn(word), word).not.toEqual([]);
  });
});

describe.each(lessons.map((l) => [l.id] as const))('lesson %s', (id) => {
  it('is in plain English: no sentence over 20 words, no jargon', () => {
    expect(plainEnglishProblems(englishResource(id), JARGON)).toEqual([]);
  });
});
