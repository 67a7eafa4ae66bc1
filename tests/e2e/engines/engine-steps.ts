import { isTap, type Lesson, type Step } from '../../../src/core/lesson';
import type { ScreenId } from '../../../src/practice/screens';
import { movesOnByItself, praiseFor, stepTitle, targetControl, words } from '../../content';
import { keyTaps } from '../../keyboard-taps';
import { VOLUNTEER_PIN } from '../learner-in-browser';
import type { EngineDriver } from './driver';
import { markControl } from './find-control';

export async function until<A extends unknown[]>(
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

export const pageHasText = (text: string) => document.body.innerText.includes(text);
export const headingIs = (text: string) => document.querySelector('h1')?.textContent?.trim() === text;
export const picturesLoaded = () => [...document.images].every((img) => img.complete && img.naturalWidth > 0);

export async function use(d: EngineDriver, role: string, name: string | RegExp): Promise<void> {
  if (typeof name === 'string') await until(d, `${role} "${name}"`, markControl, role, name, null);
  else await until(d, `${role} ${name}`, markControl, role, '', name.source);
  await d.click('[data-pick]');
}

/** Types into a text box as a person would: tap it, then type on the keyboard. */
export async function typeInto(d: EngineDriver, label: string, text: string): Promise<void> {
  await use(d, 'textbox', label);
  await d.type('[data-pick]', text);
}

export async function doStep(d: EngineDriver, lesson: Lesson, step: Step): Promise<void> {
  const title = stepTitle(lesson.id, step);
  await until(d, `step "${title}"`, headingIs, title);
  await until(d, 'pictures', picturesLoaded);
  if (step.type === 'practice') {
    for (const action of step.goal) {
      const target = isTap(action) ? action.tap : action.type;
      const { role, name } = targetControl(step.screen as ScreenId, target);
      await use(d, role, name);
      if (!isTap(action)) {
        for (const key of keyTaps(words(lesson.id, `steps.${step.id}.typeText`))) await use(d, 'button', key);
      }
    }
    await until(d, 'well done', pageHasText, praiseFor(step));
    // The app's own Continue or card moves the lesson on by itself, with no Next; the step is
    // recorded as it does.
    if (movesOnByItself(step)) {
      await until(
        d,
        `the step after "${title}"`,
        (t: string) => document.querySelector('h1')?.textContent?.trim() !== t,
        title,
      );
      return;
    }
  }
  if (step.type === 'check') await use(d, 'button', words(lesson.id, `steps.${step.id}.answers.${step.correct}`));
  await use(d, 'button', words('ui', step.type === 'done' ? 'player.finish' : 'player.next'));
}

/** From "Who is learning today?", makes a learner and lands on their home. */
export async function newLearner(d: EngineDriver, nickname: string): Promise<void> {
  // A tablet's very first start asks for a language, then a volunteer PIN.
  const oneOf = (titles: string[]) => titles.includes(document.querySelector('h1')?.textContent ?? '');
  const setUp = words('ui', 'volunteer.setup-title');
  await until(d, 'the first screen', oneOf, [words('ui', 'language.title'), words('ui', 'who.title')]);
  if (await d.evaluate(headingIs, words('ui', 'language.title'))) {
    await use(d, 'button', 'English');
    await until(d, 'the next screen', oneOf, [setUp, words('ui', 'who.title')]);
  }
  if (await d.evaluate(headingIs, setUp)) {
    for (const digit of `${VOLUNTEER_PIN}${VOLUNTEER_PIN}`) await use(d, 'button', digit);
    await until(d, '"Who is learning today?"', headingIs, words('ui', 'who.title'));
  }
  await use(d, 'link', words('ui', 'who.new'));
  await until(d, 'the new learner form', headingIs, words('ui', 'new.title'));
  await typeInto(d, words('ui', 'new.nickname'), nickname);
  await use(d, 'radio', words('ui', 'avatars.avatar-cat'));
  await use(d, 'button', words('ui', 'new.save'));
  await use(d, 'link', words('ui', 'card.start'));
  await until(d, 'the home screen', headingIs, words('ui', 'home.hello', { name: nickname }));
}

export async function signOut(d: EngineDriver, nickname: string): Promise<void> {
  await use(d, 'button', words('ui', 'home.sign-out', { name: nickname }));
  await until(d, '"Who is learning today?"', headingIs, words('ui', 'who.title'));
}
