/**
 * The plain-English check for lesson words: short sentences and everyday words, because many
 * learners read English as a second language or read little. Pure, so tests and tools share it.
 */
import { flatten, wordPattern } from './locale-text';
import { sentenceSpans } from './sentences';

/** A word or phrase that puts learners off, with the everyday words to use instead. */
export interface JargonEntry {
  word: string;
  instead: string;
}

export interface PlainEnglishProblem {
  key: string;
  sentence: string;
  problem: string;
}

export const MAX_SENTENCE_WORDS = 20;

/** The sentences of a text, as a reader sees them. */
export function sentencesOf(text: string, lang = 'en'): string[] {
  return sentenceSpans(text, lang)
    .map((s) => s.segment.trim())
    .filter((s) => s !== '');
}

const wordsOf = (sentence: string): string[] => sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** Problems with a locale file's English: sentences over 20 words, and jargon. */
export function plainEnglishProblems(resource: unknown, jargon: readonly JargonEntry[]): PlainEnglishProblem[] {
  const patterns = jargon.map((j) => ({ ...j, re: wordPattern(j.word, true) }));
  const problems: PlainEnglishProblem[] = [];
  for (const [key, text] of flatten(resource)) {
    for (const sentence of sentencesOf(text)) {
      const count = wordsOf(sentence).length;
      if (count > MAX_SENTENCE_WORDS) {
        problems.push({ key, sentence, problem: `${count} words; keep sentences to ${MAX_SENTENCE_WORDS} or fewer` });
      }
      for (const j of patterns) {
        if (j.re.test(sentence)) problems.push({ key, sentence, problem: `"${j.word}" is jargon; say "${j.instead}"` });
      }
    }
  }
  return problems;
}
