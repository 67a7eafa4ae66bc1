import { lessons } from '../../../src/lessons';
import { words } from '../../content';
import type { StaticServer } from '../static-server';
import type { EngineDriver } from './driver';
import { doStep, headingIs, newLearner, pageHasText, until, use } from './engine-steps';

/**
 * One visit online; then the network is gone, every tab is closed, and a fresh tab opens
 * Hubsteps from cold: the home screen, every lesson and every practice step must work, and
 * the progress made offline must survive a reload. Returns what reached the server offline.
 */
export async function coldOfflineJourney(d: EngineDriver, server: StaticServer): Promise<string[]> {
  const home = words('ui', 'home.hello', { name: 'Sam' });
  await d.goto(server.url);
  await newLearner(d, 'Sam');
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
