import { screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { lessonById } from '../../src/lessons';
import { typedMatches } from '../../src/practice/goal';
import { praiseFor, stepNumber, words } from '../content';
import { keyboardWords } from '../keyboard-taps';
import { freshTablet, openHubsteps, signedInLearner, type User } from './app-harness';
import { tapTarget, typeOnPracticeKeyboard } from './lesson-driver';

const LESSON = 'wifi-and-nhs-app';
const STEP = 'type-password';
const step = lessonById(LESSON)?.steps.find((s) => s.id === STEP);

/** The Wi-Fi password step, with its box tapped so the practice keyboard is up. */
async function passwordBox(): Promise<User> {
  await signedInLearner('Sam');
  history.replaceState(null, '', `#/lesson/${LESSON}/${stepNumber(LESSON, STEP)}`);
  const { user } = await openHubsteps();
  await screen.findByRole('heading', { level: 1, name: words(LESSON, `steps.${STEP}.title`) });
  await tapTarget(user, 'settings-password', 'password');
  return user;
}

beforeEach(freshTablet);

describe('a Wi-Fi password on the practice tablet', () => {
  it('is matched exactly, capitals and all, where other typing forgives case and a full stop', () => {
    expect(typedMatches('Health4', 'Health4', true)).toBe(true);
    expect(typedMatches('Health4', 'health4', true)).toBe(false);
    expect(typedMatches('Health4', 'Health4 ', true)).toBe(false);
    expect(typedMatches('NHS App', 'nhs app.')).toBe(true);
  });

  it('is not done in small letters: only "Health4" with its capital H lets Join go on', async () => {
    if (!step) throw new Error(`${LESSON} has no step ${STEP}`);
    const user = await passwordBox();
    await typeOnPracticeKeyboard(user, 'health4');
    // Join with the wrong password is a miss, as a real tablet would not join.
    await tapTarget(user, 'settings-password', 'join');
    await screen.findByText(`${words('ui', 'practice.not-quite')} ${words(LESSON, `steps.${STEP}.hint`)}`);
    expect(screen.queryByText(praiseFor(step))).toBeNull();

    const keyboard = screen.getByRole('group', { name: keyboardWords().keyboard });
    for (let i = 0; i < 'health4'.length; i++)
      await user.click(within(keyboard).getByRole('button', { name: keyboardWords().delete }));
    await typeOnPracticeKeyboard(user, 'Health4');
    await tapTarget(user, 'settings-password', 'join');
    await screen.findByText(praiseFor(step));
  });
});
