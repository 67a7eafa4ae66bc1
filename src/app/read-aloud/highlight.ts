import type { PageSentence } from './sentences';

const NAME = 'hubsteps-reading';

/**
 * Marks the sentence being read: the sentence itself where the browser can highlight a range
 * (CSS Custom Highlight API), and always its paragraph, so older iPads show something too.
 */
export function highlight(sentence: PageSentence | null): void {
  for (const el of document.querySelectorAll('[data-reading]')) el.removeAttribute('data-reading');
  const highlights = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;
  if (highlights) {
    if (sentence) highlights.set(NAME, new Highlight(sentence.range));
    else highlights.delete(NAME);
  }
  sentence?.element.setAttribute('data-reading', '');
}
