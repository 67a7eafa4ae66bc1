/**
 * How complete a language's translation is, measured against English: which keys are missing,
 * which are still draft, and which break a placeholder or a glossary term. Pure: the report
 * script and the tests pass in the parsed locale files.
 */
import { flatten, hasPhrase, wordPattern, wordsOf } from './locale-text';

/** A namespace's words, parsed from locales/<lang>/<ns>.json. */
export type Resource = Record<string, unknown>;

export type TranslationStatus = 'draft' | 'reviewed';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\{\{\s*([\w.]+)[^}]*\}\}/g;

/** The status a translated file records in "_status"; a file that does not say is a draft. */
export const statusOf = (resource: Resource): TranslationStatus =>
  resource._status === 'reviewed' ? 'reviewed' : 'draft';

/**
 * The keys a language needs for one English namespace. A plural English key ("x_one", "x_other")
 * becomes one key per plural form of the language, as i18next looks them up ("x_few" in Polish).
 */
export function expectedKeys(english: Resource, lang: string): string[] {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of flatten(english).keys()) {
    const base = key.replace(PLURAL_SUFFIX, '');
    if (base === key) keys.add(key);
    else for (const c of categories) keys.add(`${base}_${c}`);
  }
  return [...keys];
}

/**
 * The English key whose words a language's key translates. Every plural form translates
 * "x_other", the one with {{count}}: a language's "one" may cover more than 1 (0 and 1 in
 * Bengali), so it needs the count even where English writes "1".
 */
const englishKeyFor = (key: string): string => key.replace(PLURAL_SUFFIX, '_other');

export interface NamespaceCoverage {
  missing: string[];
  draft: number;
}

export function namespaceCoverage(
  english: Resource,
  translated: Resource | undefined,
  lang: string,
): NamespaceCoverage {
  const words = flatten(translated ?? {});
  const expected = expectedKeys(english, lang);
  const missing = expected.filter((k) => !words.get(k)?.trim());
  const present = expected.length - missing.length;
  return { missing, draft: translated && statusOf(translated) === 'reviewed' ? 0 : present };
}

const placeholdersOf = (text: string): Set<string> => new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''));

/**
 * Whether a plural form names exactly one number, so it may say the number in words and leave
 * out {{count}} ("one minute"). Bengali's "one" also covers 0; Polish's "many" covers 5, 6, 7….
 */
function namesOneNumber(form: string, lang: string): boolean {
  if (form === 'zero' || form === 'two') return true;
  if (form !== 'one') return false;
  const rules = new Intl.PluralRules(lang);
  return [0, 2, 11, 21, 101].every((n) => rules.select(n) !== 'one');
}

/**
 * Placeholders a translation gets wrong: one English does not have (it would show as {{…}}),
 * or one English has that the translation lost.
 */
export function placeholderProblems(english: Resource, translated: Resource, lang: string): string[] {
  const en = flatten(english);
  const problems: string[] = [];
  for (const [key, text] of flatten(translated)) {
    const source = en.get(englishKeyFor(key));
    if (source === undefined) continue;
    const want = placeholdersOf(source);
    const have = placeholdersOf(text);
    const form = PLURAL_SUFFIX.exec(key)?.[1];
    for (const p of have) if (!want.has(p)) problems.push(`${key}: {{${p}}} is not in the English`);
    for (const p of want) {
      if (!have.has(p) && !(p === 'count' && form && namesOneNumber(form, lang))) {
        problems.push(`${key}: lost {{${p}}}`);
      }
    }
  }
  return problems;
}

/**
 * A language's glossary: each English term with the usual word, or the usual word first and then
 * every other form the texts use (plural, with an article or a case ending joined on), each written
 * in full: a form counts only as whole words, never as the start or middle of a longer word.
 */
export type Glossary = Record<string, string | readonly string[]>;

/**
 * Keys whose English uses a glossary term but whose translation uses none of the glossary's forms
 * as whole words. A stem would also match a different word that begins the same way, so a wrong
 * term could pass. A placeholder's name is not English words ({{appointments}} is filled in by the
 * app), so it is skipped.
 */
export function glossaryProblems(english: Resource, translated: Resource, glossary: Glossary): string[] {
  const en = new Map([...flatten(english)].map(([key, text]) => [key, text.replace(PLACEHOLDER, ' ')]));
  const terms = Object.entries(glossary).map(([term, forms]) => ({
    term,
    re: wordPattern(term, false),
    forms: (typeof forms === 'string' ? [forms] : forms).map((f) => ({ form: f, words: wordsOf(f) })),
  }));
  const problems: string[] = [];
  for (const [key, text] of flatten(translated)) {
    const source = en.get(englishKeyFor(key));
    if (source === undefined) continue;
    const words = wordsOf(text.replace(PLACEHOLDER, ' '));
    for (const { term, re, forms } of terms) {
      if (re.test(source) && !forms.some((f) => hasPhrase(words, f.words))) {
        problems.push(`${key}: the English says "${term}"; use "${forms[0]?.form}"`);
      }
    }
  }
  return problems;
}
