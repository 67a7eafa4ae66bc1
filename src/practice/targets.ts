import type { ScreenTargets } from '../core/validate-lesson';
import { addressOf, codeIn } from './emails';
import { type Block, isApp, type ScreenDef, showsEmail } from './screen-types';
import { screens } from './screens';

function blockTargets(block: Block): { tap: readonly string[]; type: readonly string[] } {
  switch (block.kind) {
    case 'cards':
    case 'radios':
    case 'checks':
    case 'shapes':
    case 'threads':
    case 'actions':
      return { tap: block.items, type: [] };
    case 'call-controls':
      return { tap: block.items.map((i) => i.id), type: [] };
    case 'permission':
      return { tap: ['block', 'allow'], type: [] };
    case 'message':
      return { tap: block.opens && block.link ? ['link'] : [], type: [] };
    case 'field':
      return { tap: [block.id], type: [block.id] };
    case 'summary':
      return { tap: block.change === false ? [] : block.rows.map((r) => `change-${r}`), type: [] };
    case 'button':
    case 'link':
      return { tap: [block.id], type: [] };
    case 'long-list':
      return { tap: [block.target], type: [] };
    case 'mailboxes':
    case 'networks':
    case 'apps':
      return { tap: block.items.map((i) => i.id), type: [] };
    case 'inbox':
      return { tap: block.rows.map((r) => r.id), type: [] };
    case 'email':
      // Tapping a code or the sender's address marks it, as pressing on it does in a mail app; it
      // opens nothing. A link in an email is not a target: it is only words, and goes nowhere.
      return { tap: [...(codeIn(block.id) ? ['code'] : []), ...(addressOf(block.id) ? ['sender'] : [])], type: [] };
    case 'text':
    case 'list':
    case 'panel':
    case 'warning':
    case 'face-circle':
    case 'self-view':
    case 'call-view':
    case 'app-header':
      return { tap: [], type: [] };
  }
}

/** Blocks whose taps open another screen in the real app; choices and fields stay on theirs. */
const OPENS_A_SCREEN: ReadonlySet<Block['kind']> = new Set([
  'cards',
  'summary',
  'button',
  'link',
  'long-list',
  'mailboxes',
  'inbox',
  'threads',
  // Delete or Move to Junk closes what is open, and the app shows the list again.
  'actions',
  // A surgery's link opens its video call's page in the internet app (only a message with `opens` has one).
  'message',
  // Allow or Block closes the internet app's question and shows the page as it now is.
  'permission',
  // A call's buttons change what the call shows (the microphone on again), or leave it.
  'call-controls',
  // A network asks for its password (or joins); an app in the results opens its page.
  'networks',
  'apps',
]);

/**
 * The named targets of one screen, derived from its blocks and its chrome. Only a screen of the
 * real app moves on by itself: the tablet-basics pages are exercises, not an app.
 */
export function screenTargets(def: ScreenDef): ScreenTargets {
  const tap: string[] = [];
  const type: string[] = [];
  const moveOn: string[] = [];
  const app = isApp(def);
  if (def.help) tap.push('app-help');
  if (def.acting) tap.push('switch-back');
  if (def.back) tap.push('back');
  if (app && def.help) moveOn.push('app-help');
  if (app && def.acting) moveOn.push('switch-back');
  if (app && def.back) moveOn.push('back');
  for (const block of def.blocks) {
    const t = blockTargets(block);
    tap.push(...t.tap);
    type.push(...t.type);
    if (app && OPENS_A_SCREEN.has(block.kind)) moveOn.push(...t.tap);
  }
  if (def.nav) {
    tap.push('nav-home', 'nav-messages', 'nav-profile');
    if (app) moveOn.push('nav-home', 'nav-messages', 'nav-profile');
  }
  return { tap, type, moveOn };
}

/** Every screen's targets, for the lesson validator. */
export const screenCatalog: Record<string, ScreenTargets> = Object.fromEntries(
  Object.entries(screens).map(([id, def]) => [id, screenTargets(def)]),
);

/** The keys a screen needs in the practice namespace. Buttons may use a shared common.<id> instead. */
export function screenTextKeys(id: string, def: ScreenDef): { key: string; orCommon?: string }[] {
  const s = (k: string) => ({ key: `screens.${id}.${k}` });
  const e = (email: string, k: string) => ({ key: `emails.${email}.${k}` });
  const keys: { key: string; orCommon?: string }[] = showsEmail(def) ? [] : [s('title')];
  if (def.back) keys.push({ key: `screens.${id}.back`, orCommon: 'common.back' });
  if (def.acting) keys.push(s('acting'), { key: 'common.switch-back' });
  for (const block of def.blocks) {
    switch (block.kind) {
      case 'text':
        keys.push(s(block.id));
        break;
      case 'cards':
        if (block.heading) keys.push(s(block.heading));
        keys.push(...block.items.map(s));
        break;
      case 'list':
      case 'radios':
      case 'checks':
      case 'shapes':
        keys.push(...block.items.map(s));
        break;
      case 'field':
      case 'link':
        keys.push(s(block.id));
        break;
      case 'summary':
        for (const r of block.rows) keys.push(s(`${r}.label`), s(`${r}.value`));
        break;
      case 'panel':
      case 'warning':
        keys.push(s(`${block.id}.title`), s(`${block.id}.body`));
        break;
      case 'button':
        keys.push({ key: `screens.${id}.${block.id}`, orCommon: `common.${block.id}` });
        break;
      case 'long-list':
        keys.push(s('row'), s(block.target));
        break;
      case 'mailboxes':
        keys.push(...block.items.map((i) => s(i.id)));
        break;
      case 'inbox':
        keys.push({ key: 'common.unread' });
        for (const r of block.rows) keys.push(e(r.id, 'subject'), e(r.id, 'preview'));
        break;
      case 'email':
        keys.push(e(block.id, 'subject'), e(block.id, 'body'));
        if (codeIn(block.id)) keys.push(e(block.id, 'after'));
        break;
      case 'actions':
        keys.push(...block.items.map(s));
        break;
      case 'threads':
        for (const item of block.items) keys.push(s(`${item}.name`), s(`${item}.preview`), s(`${item}.time`));
        break;
      case 'message':
        keys.push(s(`${block.id}.body`), s(`${block.id}.time`));
        break;
      case 'permission':
        keys.push(s('wants'), s('block'), s('allow'));
        break;
      case 'self-view':
        keys.push({ key: 'common.you' });
        if (block.meter) keys.push(s(block.meter));
        break;
      case 'call-view':
        keys.push(s('clinician'), { key: 'common.you' });
        if (block.muted) keys.push(s('muted'));
        break;
      case 'call-controls':
        keys.push(...block.items.map((i) => ({ key: `screens.${id}.${i.id}`, orCommon: `common.${i.id}` })));
        break;
      case 'networks':
        keys.push(...block.items.map((i) => s(i.id)));
        if (block.items.some((i) => i.joined)) keys.push(s('connected'));
        break;
      case 'apps':
        for (const item of block.items) keys.push(s(`${item.id}.name`), s(`${item.id}.maker`));
        break;
      case 'app-header':
        keys.push(s('maker'));
        break;
      case 'face-circle':
        break;
    }
  }
  return keys;
}
