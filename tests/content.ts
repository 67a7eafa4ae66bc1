import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasText } from '../src/lessons/text-lookup';
import type { ScreenDef } from '../src/practice/screen-types';
import { type ScreenId, screens } from '../src/practice/screens';

const root = join(import.meta.dirname, '..');

/** The English locale file of a namespace, as the app would load it. */
export const englishResource = (ns: string): unknown =>
  JSON.parse(readFileSync(join(root, 'locales', 'en', `${ns}.json`), 'utf8'));

/** The picture names in src/lessons/pictures. */
export const pictureNames = (): Set<string> =>
  new Set(
    readdirSync(join(root, 'src', 'lessons', 'pictures'))
      .filter((f) => f.endsWith('.svg'))
      .map((f) => f.slice(0, -4)),
  );

/** Reads an English text as the learner sees it, with {{placeholders}} filled in. */
export function words(ns: string, key: string, vars: Record<string, string | number> = {}): string {
  const resource = englishResource(ns);
  if (!hasText(resource, key)) throw new Error(`No English text ${ns}:${key}`);
  let node: unknown = resource;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return (node as string).replace(/\{\{(\w+)\}\}/g, (_, v: string) => String(vars[v]));
}

/** The role and accessible name a learner would look for to use a practice target. */
export function targetControl(
  screenId: ScreenId,
  target: string,
): { role: 'button' | 'radio' | 'checkbox' | 'textbox'; name: string } {
  const def: ScreenDef = screens[screenId];
  const p = (key: string) => words('practice', key);
  const label = (id: string) =>
    hasText(englishResource('practice'), `screens.${screenId}.${id}`)
      ? p(`screens.${screenId}.${id}`)
      : p(`common.${id}`);
  if (target === 'back' || target === 'app-help' || target.startsWith('nav-'))
    return { role: 'button', name: p(`common.${target}`) };
  for (const block of def.blocks) {
    if (block.kind === 'radios' && block.items.includes(target)) return { role: 'radio', name: label(target) };
    if (block.kind === 'checks' && block.items.includes(target)) return { role: 'checkbox', name: label(target) };
    if (block.kind === 'field' && block.id === target) return { role: 'textbox', name: label(target) };
    if (block.kind === 'summary' && target.startsWith('change-')) {
      const row = target.slice('change-'.length);
      return { role: 'button', name: `${p('common.change')} ${label(`${row}.label`)}` };
    }
  }
  return { role: 'button', name: label(target) };
}
