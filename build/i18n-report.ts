/**
 * `npm run i18n:report`: per language and namespace, the keys missing and the keys still draft.
 * `--json` ends with one JSON line; `--lang ur` lists that language's missing keys and the
 * placeholders and glossary terms it gets wrong, for whoever is translating.
 */
import { glossaryProblems, namespaceCoverage, placeholderProblems } from '../src/core/translation-coverage';
import { englishNamespaces, localeLanguages, readGlossary, readResource } from './locale-files';

interface LanguageReport {
  missing: number;
  draft: number;
  namespaces: number;
  byNamespace: Record<string, { missing: number; draft: number }>;
}

const args = process.argv.slice(2);
const only = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : undefined;
const namespaces = englishNamespaces();
const languages: Record<string, LanguageReport> = {};

for (const lang of localeLanguages().filter((l) => l !== 'en' && (!only || l === only))) {
  const report: LanguageReport = { missing: 0, draft: 0, namespaces: 0, byNamespace: {} };
  const glossary = readGlossary(lang);
  for (const ns of namespaces) {
    const english = readResource('en', ns) ?? {};
    const translated = readResource(lang, ns);
    const { missing, draft } = namespaceCoverage(english, translated, lang);
    if (translated) report.namespaces += 1;
    report.missing += missing.length;
    report.draft += draft;
    report.byNamespace[ns] = { missing: missing.length, draft };
    if (only) {
      for (const key of missing) console.log(`${lang}/${ns}: missing ${key}`);
      if (translated) {
        for (const p of placeholderProblems(english, translated, lang)) console.log(`${lang}/${ns}: ${p}`);
        for (const p of glossaryProblems(english, translated, glossary)) console.log(`${lang}/${ns}: ${p}`);
      }
    }
  }
  languages[lang] = report;
}

console.log(`Translations measured against English (${namespaces.length} namespaces):`);
console.log('language  missing  draft  namespaces');
for (const [lang, r] of Object.entries(languages)) {
  console.log(
    `${lang.padEnd(8)}  ${String(r.missing).padStart(7)}  ${String(r.draft).padStart(5)}  ${r.namespaces}/${namespaces.length}`,
  );
  for (const [ns, c] of Object.entries(r.byNamespace)) {
    if (c.missing > 0) console.log(`          ${ns}: ${c.missing} missing`);
  }
}
if (args.includes('--json')) {
  const summary = Object.fromEntries(
    Object.entries(languages).map(([l, r]) => [l, { missing: r.missing, draft: r.draft, namespaces: r.namespaces }]),
  );
  console.log(JSON.stringify({ languages: summary }));
}
