import { screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { lessonById } from '../../src/lessons';
import { praiseFor, words } from '../content';
import { keyboardWords } from '../keyboard-taps';
import { freshTablet, openHubsteps, signedInLearner, type User } from './app-harness';
import { tapTarget, typeOnPracticeKeyboard } from './lesson-driver';

const LESSON = 'book-gp-appointment';
const STEP = 'type-reason';
const steps = lessonById(LESSON)?.steps ?? [];
/** The typing step and its number, found by its id, so the tests follow the lesson's order. */
const typingStep = steps.find((s) => s.id === STEP);
const stepNumber = steps.findIndex((s) => s.id === STEP) + 1;
const keyName = keyboardWords();

/** The lesson's typing step, with its text box tapped so the practice keyboard is up. */
async function keyboardUp(): Promise<User> {
  await signedInLearner('Sam');
  history.replaceState(null, '', `#/lesson/${LESSON}/${stepNumber}`);
  const { user } = await openHubsteps();
  await screen.findByRole('heading', { level: 1, name: words(LESSON, `steps.${STEP}.title`) });
  await tapTarget(user, 'book-reason', 'reason');
  return user;
}

const keyboard = () => screen.getByRole('group', { name: keyName.keyboard });
const key = (name: string) => within(keyboard()).getByRole('button', { name });
const typed = () => (screen.getByRole('textbox') as HTMLTextAreaElement).value;

beforeEach(freshTablet);

describe('the practice keyboard', () => {
  it('types a capital after Shift, then goes back to small letters', async () => {
    const user = await keyboardUp();
    expect(key(keyName.shift).getAttribute('aria-pressed')).toBe('false');
    await user.click(key(keyName.shift));
    expect(key(keyName.shift).getAttribute('aria-pressed')).toBe('true');
    expect(within(keyboard()).queryByRole('button', { name: 'c' })).toBeNull();
    await user.click(key('C'));
    expect(key(keyName.shift).getAttribute('aria-pressed')).toBe('false');
    for (const letter of 'ough') await user.click(key(letter));
    expect(typed()).toBe('Cough');

    // The practice takes "Cough" as the word it asked for.
    await tapTarget(user, 'book-reason', 'continue');
    if (!typingStep) throw new Error(`${LESSON} has no step ${STEP}`);
    await screen.findByText(praiseFor(typingStep));
  });

  it('holds capitals on after a double tap on Shift, until Shift is tapped again', async () => {
    const user = await keyboardUp();
    await user.dblClick(key(keyName.shift));
    for (const letter of 'NHS') await user.click(key(letter));
    expect(key(keyName.shift).getAttribute('aria-pressed')).toBe('true');
    await user.click(key(keyName.shift));
    await user.click(key('s'));
    expect(typed()).toBe('NHSs');
  });

  it('types an email address with the "123" keys for its symbols', async () => {
    const user = await keyboardUp();
    await typeOnPracticeKeyboard(user, 'sam.lee+nhs@example.com');
    expect(typed()).toBe('sam.lee+nhs@example.com');
  });

  it('types a phone number, and Delete rubs out the last digit', async () => {
    const user = await keyboardUp();
    await user.click(key(keyName.toSymbols));
    expect(within(keyboard()).queryByRole('button', { name: 'a' })).toBeNull();
    for (const digit of '+44 7700 9001234') {
      await user.click(key(digit === ' ' ? keyName.space : digit));
    }
    await user.click(key(keyName.delete));
    expect(typed()).toBe('+44 7700 900123');
    await user.click(key(keyName.toLetters));
    expect(key('a')).toBeTruthy();
  });

  it('hides when asked, leaving the box focused, and comes back when the box is tapped again', async () => {
    const user = await keyboardUp();
    // Hide keyboard chosen from a keyboard, so focus was on the key that goes away.
    key(keyName.hide).focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('group', { name: keyName.keyboard })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('textbox'));
    await tapTarget(user, 'book-reason', 'reason');
    await typeOnPracticeKeyboard(user, 'cough');
    expect(typed()).toBe('cough');
  });
});
