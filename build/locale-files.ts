/** Reads locales/ from disk, for the report and the tests (Node only; the app imports them). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Glossary, Resource } from '../src/core/translation-coverage';

export const LOCALES_DIR = join(import.meta.dirname, '..', 'locales');

/** The files in a language folder that are not namespaces of words. */
const NOT_NAMESPACES = new Set(['glossary']);

export const localeLanguages = (): string[] =>
  readdirSync(LOCALES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

/** The namespaces English has; every other language is measured against them. */
export const englishNamespaces = (): string[] =>
  readdirSync(join(LOCALES_DIR, 'en'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .filter((ns) => !NOT_NAMESPACES.has(ns))
    .sort();

/** A language's namespace, or undefined when the file does not exist yet. */
export function readResource(lang: string, ns: string): Resource | undefined {
  const file = join(LOCALES_DIR, lang, `${ns}.json`);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as Resource;
}

export function readGlossary(lang: string): Glossary {
  const file = readResource(lang, 'glossary');
  return (file?.terms ?? {}) as Glossary;
}
