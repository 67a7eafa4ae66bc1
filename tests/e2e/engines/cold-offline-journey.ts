import { isTap, type Lesson, type Step } from '../../../src/core/lesson';
import { lessons } from '../../../src/lessons';
import type { ScreenId } from '../../../src/practice/screens';
import { targetControl, words } from '../../content';
import type { StaticServer } from '../static-server';
import type { EngineDriver } from './driver';
import { markControl } from './find-control';

async function until<A extends unknown[]>(
  d: EngineDriver,
  what: string,
  check: (...args: A) => boolean,
  ...args: A
): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (await d.evaluate(check, ...args).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${d.name}: gave up waiting for ${what}`);
}

const pageHasText = (text: string) => document.body.innerText.includes(text);
const headingIs = (text: string) => document.querySelector('h1')?.textContent?.trim() === text;
const picturesLoaded = () => [...document.images].every((img) => img.complete && img.naturalWidth > 0);

async function use(d: EngineDriver, role: string, name: string): Promise<void> {
  await until(d, `${role} "${name}"`, markControl, role, name);
  await d.click('[data-pick]');
}

/** Types into a text box as a person would: tap it, then type on the keyboard. */
async function typeInto(d: EngineDriver, label: string, text: string): Promise<void> {
  await use(d, 'textbox', label);
  await d.type('[data-pick]', text);
}

async function doStep(d: EngineDriver, lesson: Lesson, step: Step): Promise<void> {
  const title = step.type === 'check' ? words('ui', 'check.title') : words(lesson.id, `steps.${step.id}.title`);
  await until(d, `step "${title}"`, headingIs, title);
  await until(d, 'pictures', picturesLoaded);
  if (step.type === 'practice') {
    for (const action of step.goal) {
      const target = isTap(action) ? action.tap : action.type;
      const { role, name } = targetControl(step.screen as ScreenId, target);
      await use(d, role, name);
      if (!isTap(action)) {
        for (const ch of words(lesson.id, `steps.${step.id}.typeText`)) {
          await use(d, 'button', ch === ' ' ? words('ui', 'practice.space') : ch);
        }
      }
    }
    await until(d, 'well done', pageHasText, words('ui', 'practice.well-done'));
  }
  if (step.type === 'check') await use(d, 'button', words(lesson.id, `steps.${step.id}.answers.${step.correct}`));
  await use(d, 'button', words('ui', step.type === 'done' ? 'player.finish' : 'player.next'));
}

/**
 * One visit online; then the network is gone, every tab is closed, and a fresh tab opens
 * Hubsteps from cold: the home screen, every lesson and every practice step must work, and
 * the progress made offline must survive a reload. Returns what reached the server offline.
 */
export async function coldOfflineJourney(d: EngineDriver, server: StaticServer): Promise<string[]> {
  const home = words('ui', 'home.hello', { name: 'Sam' });
  await d.goto(server.url);
  await use(d, 'link', words('ui', 'who.new'));
  await until(d, 'the new learner form', headingIs, words('ui', 'new.title'));
  await typeInto(d, words('ui', 'new.nickname'), 'Sam');
  await use(d, 'radio', words('ui', 'avatars.avatar-cat'));
  await use(d, 'button', words('ui', 'new.save'));
  await use(d, 'link', words('ui', 'card.start'));
  await until(d, 'the home screen', headingIs, home);
  await until(d, 'ready to use without internet', pageHasText, words('ui', 'offline.ready'));

  server.setFault(() => 'drop');
  const before = server.requested.length;
  await d.freshTab();
  await d.goto(server.url);
  await use(d, 'button', 'Sam');
  await until(d, 'the home screen', headingIs, home);

  for (const lesson of lessons) {
    // Lessons are done in order, so the first "Start" is always the next lesson's.
    await use(d, 'link', words('ui', 'home.start'));
    for (const step of lesson.steps) await doStep(d, lesson, step);
    await until(d, 'the home screen', headingIs, home);
  }

  await d.goto(server.url);
  await until(d, 'the home screen', headingIs, home);
  const done = words('ui', 'home.state.done');
  await until(
    d,
    'every lesson marked done',
    (text: string, n: number) => {
      const states = [...document.querySelectorAll('.state')].map((e) => e.textContent);
      return states.length === n && states.every((s) => s === text);
    },
    done,
    lessons.length,
  );
  // Browsers may look for a newer service worker on each visit; nothing else may go out.
  return server.requested.slice(before).filter((p) => p !== '/sw.js');
}
