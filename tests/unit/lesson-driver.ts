import { screen, waitFor, within } from '@testing-library/preact';
import { expect } from 'vitest';
import { isTap, type Lesson, type PracticeStep, type Step } from '../../src/core/lesson';

import type { ScreenId } from '../../src/practice/screens';
import { movesOnByItself, praiseFor, targetControl, stepTitle as titleOfStep, words } from '../content';
import { keyboardWords, keyTaps } from '../keyboard-taps';

import type { User } from './app-harness';

export async function tapTarget(user: User, screenId: ScreenId, target: string): Promise<void> {
  const { role, name } = targetControl(screenId, target);
  await user.click(screen.getByRole(role, { name }));
}

/** Types on the practice keyboard, key by key, as a learner taps them (Shift for a capital). */
export async function typeOnPracticeKeyboard(user: User, text: string): Promise<void> {
  const keyboard = screen.getByRole('group', { name: keyboardWords().keyboard });
  for (const name of keyTaps(text)) await user.click(within(keyboard).getByRole('button', { name }));
}

export async function doPractice(user: User, lesson: Lesson, step: PracticeStep): Promise<void> {
  const screenId = step.screen as ScreenId;
  for (const action of step.goal) {
    if (isTap(action)) {
      await tapTarget(user, screenId, action.tap);
    } else {
      await tapTarget(user, screenId, action.type);
      await typeOnPracticeKeyboard(user, words(lesson.id, `steps.${step.id}.typeText`));
    }
  }
  await screen.findByText(praiseFor(step));
}

export function stepTitle(lesson: Lesson, step: Step): string {
  return titleOfStep(lesson.id, step);
}

export async function nextStep(user: User): Promise<void> {
  await user.click(screen.getByRole('button', { name: words('ui', 'player.next') }));
}

/**
 * Does the step the way its words ask, then taps Next (or Finish on the last step); a practice
 * step that ends with the app's own Continue or a card moves on by itself, with no Next.
 */
export async function completeStep(user: User, lesson: Lesson, step: Step): Promise<void> {
  await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(stepTitle(lesson, step)));
  if (step.type === 'practice') await doPractice(user, lesson, step);
  if (step.type === 'check') {
    await user.click(
      screen.getByRole('button', { name: words(lesson.id, `steps.${step.id}.answers.${step.correct}`) }),
    );
  }
  if (step.type === 'done') await user.click(screen.getByRole('button', { name: words('ui', 'player.finish') }));
  else if (!movesOnByItself(step)) await nextStep(user);
  // Done once the lesson has moved on by itself, which is when the step is recorded.
  else
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 }).textContent).not.toBe(stepTitle(lesson, step)),
    );
}
