import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishNamespaces, localeLanguages, readGlossary, readResource } from '../../build/locale-files';
import { flatten } from '../../src/core/locale-text';
import {
  glossaryProblems,
  namespaceCoverage,
  placeholderProblems,
  statusOf,
} from '../../src/core/translation-coverage';
import { LANGUAGES, textDirection } from '../../src/i18n/i18n';
import { TYPABLE } from '../../src/practice/keyboard-layout';

const TEN = ['ar', 'bn', 'en', 'gu', 'pa', 'pl', 'pt', 'ro', 'so', 'ur'];
const translated = TEN.filter((l) => l !== 'en');

/** The last line of `npm run i18n:report -- --json`, as a coordinator's script would read it. */
function report(): { languages: Record<string, { missing: number; draft: number; namespaces: number }> } {
  const root = join(import.meta.dirname, '..', '..');
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'build/i18n-report.ts', '--json'], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}');
}

describe('the translations', () => {
  it('are in the ten languages Hubsteps promises', () => {
    expect(localeLanguages()).toEqual(TEN);
    expect(LANGUAGES).toEqual(TEN);
  });

  it('are each laid out in the direction Intl gives for the language', () => {
    type TextInfo = { direction: string };
    const intl = (lang: string) => {
      const locale = new Intl.Locale(lang) as Intl.Locale & { textInfo?: TextInfo; getTextInfo?: () => TextInfo };
      return locale.getTextInfo?.() ?? locale.textInfo;
    };
    for (const lang of TEN)
      expect({ lang, dir: textDirection(lang) }).toEqual({ lang, dir: intl(lang)?.direction ?? 'ltr' });
    expect(TEN.filter((l) => textDirection(l) === 'rtl')).toEqual(['ar', 'ur']);
  });

  it('miss no key in any language, by the report', () => {
    const { languages } = report();
    expect(Object.keys(languages).sort()).toEqual(translated);
    for (const lang of translated) {
      expect({ lang, missing: languages[lang]?.missing }).toEqual({ lang, missing: 0 });
      expect(languages[lang]?.namespaces).toBe(englishNamespaces().length);
    }
  });

  describe.each(translated)('%s', (lang) => {
    const glossary = readGlossary(lang);

    it('records its status in every file, and has a glossary for every English term', () => {
      for (const ns of [...englishNamespaces(), 'glossary']) {
        expect(readResource(lang, ns)?._status, `${lang}/${ns}.json`).toMatch(/^(draft|reviewed)$/);
      }
      expect(Object.keys(glossary).sort()).toEqual(Object.keys(readGlossary('en')).sort());
    });

    it.each(englishNamespaces())('%s keeps every placeholder and uses the glossary', (ns) => {
      const english = readResource('en', ns) ?? {};
      const words = readResource(lang, ns) ?? {};
      expect(placeholderProblems(english, words, lang)).toEqual([]);
      expect(glossaryProblems(english, words, glossary)).toEqual([]);
    });

    it('asks learners to type only what the English practice keyboard has', () => {
      for (const ns of englishNamespaces()) {
        for (const [key, text] of flatten(readResource(lang, ns))) {
          if (key.endsWith('.typeText'))
            expect(
              [...text].filter((ch) => !TYPABLE.has(ch)),
              `${lang}/${ns}: ${key}`,
            ).toEqual([]);
        }
      }
    });
  });
});

describe('the coverage measure', () => {
  const english = { a: 'Hello {{name}}', n: { steps_one: '{{count}} step', steps_other: '{{count}} steps' } };

  it('counts a missing or empty key, and the plural forms the language has', () => {
    const polish = { _status: 'draft', a: '', n: { steps_one: '{{count}} krok', steps_few: '{{count}} kroki' } };
    expect(namespaceCoverage(english, polish, 'pl')).toEqual({
      missing: ['a', 'n.steps_many', 'n.steps_other'],
      draft: 2,
    });
  });

  it('counts nothing as draft in a reviewed file', () => {
    const done = { _status: 'reviewed', a: 'Witaj {{name}}', n: { steps_one: 'krok', steps_other: 'kroki' } };
    expect(statusOf(done)).toBe('reviewed');
    expect(namespaceCoverage(english, done, 'ro').draft).toBe(0);
  });

  it('finds a lost or misspelt placeholder, and a count left out where "one" is not only 1', () => {
    const bengali = { a: 'হ্যালো {{nom}}', n: { steps_one: '১টি ধাপ', steps_other: '{{count}}টি ধাপ' } };
    expect(placeholderProblems(english, bengali, 'bn')).toEqual([
      'a: {{nom}} is not in the English',
      'a: lost {{name}}',
      'n.steps_one: lost {{count}}',
    ]);
  });

  it('finds a text that does not use the glossary word for a term', () => {
    const en = { t: 'Book a GP appointment' };
    const glossary = { GP: 'GP', appointment: ['wizyta', 'wizytę'] };
    expect(glossaryProblems(en, { t: 'Umów wizytę u GP' }, glossary)).toEqual([]);
    expect(glossaryProblems(en, { t: 'Umów spotkanie u GP' }, glossary)).toEqual([
      't: the English says "appointment"; use "wizyta"',
    ]);
  });

  it('counts a glossary form only as whole words, so a stem or a wrong word that starts the same does not pass', () => {
    const en = { t: 'Book a GP appointment' };
    const glossary = { appointment: ['wizyt'] };
    expect(glossaryProblems(en, { t: 'Umów wizytę u GP' }, glossary)).toEqual([
      't: the English says "appointment"; use "wizyt"',
    ]);
    expect(glossaryProblems(en, { t: 'Umów wizytę u GP' }, { appointment: ['wizyta', 'wizytę'] })).toEqual([]);
  });

  it('finds a whole word in Arabic, Bengali, Gujarati and Gurmukhi text, between punctuation of any script', () => {
    const en = { t: 'Ask for a repeat prescription.' };
    const ar = { 'repeat prescription': ['وصفة طبية متكررة'] };
    expect(glossaryProblems(en, { t: 'اطلب وصفة طبية متكررة.' }, ar)).toEqual([]);
    // "A repeat appointment" has "متكرر" in it, as a stem did once; it is not the term.
    expect(glossaryProblems(en, { t: 'اطلب موعدًا متكررًا، لا وصفة.' }, ar)).toHaveLength(1);

    const medicine = { t: 'Order your medicine.' };
    expect(glossaryProblems(medicine, { t: 'আপনার ওষুধ অর্ডার করুন।' }, { medicine: 'ওষুধ' })).toEqual([]);
    expect(glossaryProblems(medicine, { t: 'আপনার ওষুধের অর্ডার।' }, { medicine: 'ওষুধ' })).toHaveLength(1);
    expect(glossaryProblems(medicine, { t: 'તમારી “દવા” મંગાવો.' }, { medicine: 'દવા' })).toEqual([]);
    expect(glossaryProblems(medicine, { t: 'તમારી દવાખાનું શોધો.' }, { medicine: 'દવા' })).toHaveLength(1);
    expect(glossaryProblems(medicine, { t: 'ਆਪਣੀ ਦਵਾਈ ਮੰਗਾਓ।' }, { medicine: 'ਦਵਾਈ' })).toEqual([]);
    expect(glossaryProblems(medicine, { t: 'ਆਪਣੀਆਂ ਦਵਾਈਆਂ ਮੰਗਾਓ।' }, { medicine: 'ਦਵਾਈ' })).toHaveLength(1);
  });

  it('fails a real lesson whose translation swaps a glossary term for another word', () => {
    const english = readResource('en', 'book-gp-appointment') ?? {};
    const bengali = readResource('bn', 'book-gp-appointment') ?? {};
    expect(glossaryProblems(english, bengali, readGlossary('bn'))).toEqual([]);
    // "সাক্ষাৎ" (a meeting) for "অ্যাপয়েন্টমেন্ট": the glossary's forms all start differently.
    const swapped = JSON.parse(JSON.stringify(bengali).replaceAll('অ্যাপয়েন্টমেন্ট', 'সাক্ষাৎ'));
    expect(glossaryProblems(english, swapped, readGlossary('bn'))).toContain(
      'summary: the English says "appointment"; use "অ্যাপয়েন্টমেন্ট"',
    );
  });

  it('does not read a placeholder in the English as a glossary term', () => {
    const en = { t: 'Tap {{appointments}}.' };
    expect(glossaryProblems(en, { t: 'Dotknij {{appointments}}.' }, { appointment: ['wizyta', 'wizyt'] })).toEqual([]);
  });
});
