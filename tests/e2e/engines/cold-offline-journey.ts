import { lessons } from '../../../src/lessons';
import { stepTitle, words } from '../../content';
import type { StaticServer } from '../static-server';
import type { EngineDriver } from './driver';
import { doStep, headingIs, newLearner, pageHasText, picturesLoaded, until, use } from './engine-steps';

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

  // The first lesson done as a learner would; every step of every other lesson opened by its
  // address, with its words and pictures (as everyLessonOffline does in Chromium).
  const [first, ...rest] = lessons;
  if (!first) throw new Error('No lessons');
  await use(d, 'link', words('ui', 'home.start'));
  for (const step of first.steps) await doStep(d, first, step);
  await until(d, 'the home screen', headingIs, home);
  for (const lesson of rest) {
    for (const [i, step] of lesson.steps.entries()) {
      await d.goto(`${server.url}#/lesson/${lesson.id}/${i + 1}`);
      const title = stepTitle(lesson.id, step);
      await until(d, `step "${title}"`, headingIs, title);
      await until(d, 'pictures', picturesLoaded);
    }
  }

  await d.goto(server.url);
  await until(d, 'the home screen', headingIs, home);
  await until(
    d,
    'the first lesson marked done, every other one started',
    (expected: string[]) => {
      const states = [...document.querySelectorAll('.state')].map((e) => e.textContent);
      return states.length === expected.length && states.every((s, i) => s === expected[i]);
    },
    lessons.map((_, i) => words('ui', i === 0 ? 'home.state.done' : 'home.state.in-progress')),
  );
  // Browsers may look for a newer service worker on each visit; nothing else may go out.
  return server.requested.slice(before).filter((p) => p !== '/sw.js');
}
