import { lessonById } from '../../../src/lessons';
import { words } from '../../content';
import type { EngineDriver } from './driver';
import { doStep, headingIs, newLearner, signOut, until, use } from './engine-steps';

const plans = [
  { nickname: 'Amina', lessonId: 'book-gp-appointment', stepsDone: 3 },
  { nickname: 'Jan', lessonId: 'tablet-basics', stepsDone: 2 },
];

/**
 * Two learners share one tablet: each does some steps of a different lesson and signs out.
 * After a reload, each signs in again and carries on at their own step.
 */
export async function twoLearnersJourney(d: EngineDriver, url: string): Promise<void> {
  await d.goto(url);
  for (const { nickname, lessonId, stepsDone } of plans) {
    const lesson = lessonById(lessonId);
    if (!lesson) throw new Error(`no lesson ${lessonId}`);
    await newLearner(d, nickname);
    await d.goto(`${url}#/lesson/${lessonId}`);
    for (const step of lesson.steps.slice(0, stepsDone)) await doStep(d, lesson, step);
    await until(
      d,
      'the progress to be saved',
      (text: string) => document.body.innerText.includes(text),
      words('ui', 'save.saved'),
    );
    await d.goto(url);
    await signOut(d, nickname);
  }

  await d.goto(url);
  for (const { nickname, lessonId, stepsDone } of plans) {
    const lesson = lessonById(lessonId);
    const next = lesson?.steps[stepsDone];
    if (!lesson || !next) throw new Error(`no step ${stepsDone} in ${lessonId}`);
    await use(d, 'button', nickname);
    await until(d, 'their home', headingIs, words('ui', 'home.hello', { name: nickname }));
    await use(d, 'link', words('ui', 'home.resume', { lesson: words(lessonId, 'title') }));
    const title = next.type === 'check' ? words('ui', 'check.title') : words(lessonId, `steps.${next.id}.title`);
    await until(d, `${nickname}'s own step`, headingIs, title);
    await d.goto(url);
    await signOut(d, nickname);
  }
}
