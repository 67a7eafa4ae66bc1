import { sentenceSpans } from '../../core/sentences';

/** A sentence on the page: its words, and where it is, so it can be highlighted as it is read. */
export interface PageSentence {
  text: string;
  lang: string;
  element: Element;
  range: Range;
}

/** What is read on a step: its headings and text, never the practice screen's mock app. */
const READABLE = 'h1, h2, p, li, legend, dt, dd';
const NOT_READ = '.practice, [data-no-read]';

/** The step's readable elements in reading order, each only once (a list item, not its inner text too). */
function readableElements(root: Element): Element[] {
  return [...root.querySelectorAll(READABLE)].filter(
    (el) => !el.closest(NOT_READ) && !el.querySelector(READABLE) && el.textContent?.trim(),
  );
}

/** A range over characters start..end of an element's text, across its text nodes. */
function rangeOver(element: Element, start: number, end: number): Range {
  const range = document.createRange();
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let offset = 0;
  let startSet = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    if (!startSet && start <= offset + length) {
      range.setStart(node, start - offset);
      startSet = true;
    }
    if (startSet && end <= offset + length) {
      range.setEnd(node, end - offset);
      break;
    }
    offset += length;
  }
  return range;
}

/** The sentences of a step, in reading order, split the way each language splits sentences. */
export function pageSentences(root: Element): PageSentence[] {
  const out: PageSentence[] = [];
  for (const element of readableElements(root)) {
    const lang = element.closest('[lang]')?.getAttribute('lang') ?? 'en';
    const text = element.textContent ?? '';
    for (const { segment, index } of sentenceSpans(text, lang)) {
      const trimmed = segment.trim();
      if (!trimmed) continue;
      const start = index + segment.indexOf(trimmed);
      out.push({ text: trimmed, lang, element, range: rangeOver(element, start, start + trimmed.length) });
    }
  }
  return out;
}
