/** A sentence of a text, and where it starts in it. */
export interface SentenceSpan {
  /** The sentence as written, with the spaces that follow it. */
  segment: string;
  index: number;
}

/**
 * Ends of sentences where Intl.Segmenter is missing (Firefox before 125): a full stop, question
 * or exclamation mark (Latin, Arabic "؟", Urdu "۔", Bengali and Gurmukhi "।"), with any closing
 * quotes (» too) or brackets, and the invisible isolate that closes an English name quoted in Urdu or
 * Arabic (“⁦Forgotten your password?⁩”), then spaces or the end. As in Unicode's rules, a full stop followed by a
 * word in lower case ("Type hello.", "On an iPad.") does not end one. Invisible format marks
 * after the spaces (the isolate that keeps a phone number in order in Urdu) stay with the
 * sentence before, as Unicode's rules keep them.
 */
const SENTENCE_END = /([.!?؟۔।]+)["'”’»)\]\p{Cf}]*(?:\s+\p{Cf}*|$)/gu;
const LOWER_CASE_NEXT = /^\p{Ll}/u;

/** The sentences of a text, split the way the language splits them. */
export function sentenceSpans(text: string, lang: string): SentenceSpan[] {
  if ('Segmenter' in Intl) {
    return [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)].map(({ segment, index }) => ({
      segment,
      index,
    }));
  }
  return sentenceSpansByPunctuation(text);
}

/** The fallback, by punctuation alone; exported so a test can hold it to Intl.Segmenter's answers. */
export function sentenceSpansByPunctuation(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const end of text.matchAll(SENTENCE_END)) {
    const stop = end.index + end[0].length;
    if (/^\.+$/.test(end[1] ?? '') && LOWER_CASE_NEXT.test(text.slice(stop))) continue;
    spans.push({ segment: text.slice(start, stop), index: start });
    start = stop;
  }
  if (start < text.length) spans.push({ segment: text.slice(start), index: start });
  return spans;
}
