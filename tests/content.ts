import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type i18n as I18n } from 'i18next';
import { englishNamespaces, localeLanguages, readResource } from '../build/locale-files';
import type { Step } from '../src/core/lesson';
import { movesOn } from '../src/core/validate-lesson';
import { addFormats, WORD_OPTIONS } from '../src/i18n/formats';
import { lessonById } from '../src/lessons';
import { hasText } from '../src/lessons/text-lookup';
import { addressOf, codeIn, emails } from '../src/practice/emails';
import type { ScreenDef } from '../src/practice/screen-types';
import { type ScreenId, screens } from '../src/practice/screens';
import { screenCatalog } from '../src/practice/targets';

const root = join(import.meta.dirname, '..');

/** The English locale file of a namespace, as the app would load it. */
export const englishResource = (ns: string): unknown => readResource('en', ns);

/** The picture names in src/lessons/pictures. */
export const pictureNames = (): Set<string> =>
  new Set(
    readdirSync(join(root, 'src', 'lessons', 'pictures'))
      .filter((f) => f.endsWith('.svg'))
      .map((f) => f.slice(0, -4)),
  );

/** The words of one language, from locales/ on disk. */
const resourcesOf = (lang: string) =>
  Object.fromEntries(englishNamespaces().map((ns) => [ns, readResource(lang, ns) ?? {}]));

/** Hubsteps' words, in an i18next set up as the app's is, so tests read them as a learner sees them. */
const texts: I18n = i18next.createInstance();
void texts.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: Object.fromEntries(localeLanguages().map((lang) => [lang, resourcesOf(lang)])),
  ...WORD_OPTIONS,
  initAsync: false,
});
addFormats(texts);

/** Reads a text as a learner of that language sees it; the text must exist in that language. */
export function wordsIn(lang: string, ns: string, key: string, vars: Record<string, string | number> = {}): string {
  if (!texts.exists(key, { lng: lang, ns, fallbackLng: false, ...vars })) {
    throw new Error(`No ${lang} text ${ns}:${key}`);
  }
  return texts.getFixedT(lang, ns)(key, vars);
}

/** Reads an English text as the learner sees it, with {{placeholders}} filled in and dates formatted. */
export const words = (ns: string, key: string, vars: Record<string, string | number> = {}): string =>
  wordsIn('en', ns, key, vars);

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The role and accessible name a learner would look for to use a practice target. */
export function targetControl(
  screenId: ScreenId,
  target: string,
): { role: 'button' | 'radio' | 'checkbox' | 'textbox'; name: string | RegExp } {
  const def: ScreenDef = screens[screenId];
  const p = (key: string) => words('practice', key);
  const label = (id: string) =>
    hasText(englishResource('practice'), `screens.${screenId}.${id}`)
      ? p(`screens.${screenId}.${id}`)
      : p(`common.${id}`);
  if (target === 'back') return { role: 'button', name: label('back') };
  if (target === 'app-help' || target.startsWith('nav-')) return { role: 'button', name: p(`common.${target}`) };
  for (const block of def.blocks) {
    if (block.kind === 'radios' && block.items.includes(target)) return { role: 'radio', name: label(target) };
    if (block.kind === 'checks' && block.items.includes(target)) return { role: 'checkbox', name: label(target) };
    if (block.kind === 'field' && block.id === target) return { role: 'textbox', name: label(target) };
    if (block.kind === 'mailboxes' && block.items.some((i) => i.id === target))
      return { role: 'button', name: label(target) };
    // An inbox row is named by all it shows: who sent it, when, its subject and first words, and
    // "unread" while it is bold. A person looks for the sender and the subject.
    const row = block.kind === 'inbox' ? block.rows.find((r) => r.id === target) : undefined;
    if (row) {
      const subject = p(`emails.${row.id}.subject`);
      return { role: 'button', name: new RegExp(`^${escaped(emails[row.id].sender)}.*${escaped(subject)}`) };
    }
    if (block.kind === 'email' && target === 'code') {
      const code = codeIn(block.id);
      if (code) return { role: 'button', name: code };
    }
    // The sender's address is a button named by the address itself, as the app shows it.
    if (block.kind === 'email' && target === 'sender') {
      const address = addressOf(block.id);
      if (address) return { role: 'button', name: address };
    }
    // A surgery's link is a button named by the link itself, as the phone shows it.
    if (block.kind === 'message' && block.opens && block.link && target === 'link')
      return { role: 'button', name: block.link };
    if (block.kind === 'threads' && block.items.includes(target))
      return { role: 'button', name: label(`${target}.name`) };
    // An app in a store's results is a button named by the app's name, as the store shows it.
    if (block.kind === 'apps' && block.items.some((a) => a.id === target))
      return { role: 'button', name: label(`${target}.name`) };
    if (block.kind === 'summary' && target.startsWith('change-')) {
      const row = target.slice('change-'.length);
      return { role: 'button', name: words('practice', 'common.change-row', { row: label(`${row}.label`) }) };
    }
  }
  return { role: 'button', name: label(target) };
}

/** Whether a step moves the lesson on by the practice's own control (Continue, a card), with no Next. */
export const movesOnByItself = (step: Step): boolean => movesOn(step, screenCatalog);

/** The praise a learner sees once a practice step is done. */
export const praiseFor = (step: Step): string =>
  words('ui', movesOnByItself(step) ? 'practice.well-done-moving' : 'practice.well-done');

/** A step's heading as the learner reads it: a check's is the same for every check. */
export const stepTitle = (lessonId: string, step: Step, lang = 'en'): string =>
  step.type === 'check' ? wordsIn(lang, 'ui', 'check.title') : wordsIn(lang, lessonId, `steps.${step.id}.title`);

/** A step's number in its lesson (1-based), found by its id, so tests follow the lesson's order. */
export function stepNumber(lessonId: string, stepId: string): number {
  const n = lessonById(lessonId)?.steps.findIndex((s) => s.id === stepId) ?? -1;
  if (n < 0) throw new Error(`No step "${stepId}" in "${lessonId}"`);
  return n + 1;
}
