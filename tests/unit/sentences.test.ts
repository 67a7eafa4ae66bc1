import { afterEach, describe, expect, it, vi } from 'vitest';
import { englishNamespaces, localeLanguages, readResource } from '../../build/locale-files';
import { pageSentences } from '../../src/app/read-aloud/sentences';
import { flatten } from '../../src/core/locale-text';
import { sentenceSpans, sentenceSpansByPunctuation } from '../../src/core/sentences';

const trimmed = (spans: { segment: string }[]) => spans.map((s) => s.segment.trim()).filter(Boolean);

/** This machine's Intl without Segmenter, as Firefox before 125 has it. */
function withoutSegmenter(): void {
  const intl: Record<string, unknown> = {};
  for (const name of Object.getOwnPropertyNames(Intl)) {
    if (name !== 'Segmenter') intl[name] = Intl[name as keyof typeof Intl];
  }
  vi.stubGlobal('Intl', intl);
}
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sentences, where the browser cannot split them itself', () => {
  it.each(localeLanguages())('splits every text in %s as Intl.Segmenter does', (lang) => {
    for (const ns of englishNamespaces()) {
      for (const [key, raw] of flatten(readResource(lang, ns))) {
        // Read aloud is what the page shows: a control's name stands where its {{placeholder}} is.
        const text = raw.replace(/\{\{[^}]+\}\}/gu, '“Continue”');
        const segmenter = trimmed(sentenceSpans(text, lang));
        expect({ key, sentences: trimmed(sentenceSpansByPunctuation(text)) }).toEqual({ key, sentences: segmenter });
      }
    }
  });

  it('reads a step aloud sentence by sentence in Urdu, English and Bengali', () => {
    withoutSegmenter();
    expect('Segmenter' in Intl).toBe(false);
    document.body.innerHTML = `<main>
      <h1 lang="ur">اپنی ملاقات بک کریں</h1>
      <p lang="ur">ایپ کھولیں۔ کیا آپ تیار ہیں؟ "ملاقاتیں" پر ٹیپ کریں۔</p>
      <p lang="en">Tap "Book". Then type hello. It is safe!</p>
      <p lang="bn">অ্যাপ খুলুন। তারপর ট্যাপ করুন।</p>
    </main>`;
    const sentences = pageSentences(document.body);
    expect(sentences.map((s) => [s.lang, s.text])).toEqual([
      ['ur', 'اپنی ملاقات بک کریں'],
      ['ur', 'ایپ کھولیں۔'],
      ['ur', 'کیا آپ تیار ہیں؟'],
      ['ur', '"ملاقاتیں" پر ٹیپ کریں۔'],
      ['en', 'Tap "Book".'],
      ['en', 'Then type hello.'],
      ['en', 'It is safe!'],
      ['bn', 'অ্যাপ খুলুন।'],
      ['bn', 'তারপর ট্যাপ করুন।'],
    ]);
    // Each sentence's range covers exactly its words, so the highlight falls on the sentence read.
    expect(sentences.map((s) => s.range.toString())).toEqual(sentences.map((s) => s.text));
  });
});
