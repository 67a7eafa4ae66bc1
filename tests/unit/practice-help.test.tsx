import { screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { words } from '../content';
import { freshTablet, openHubsteps, signedInLearner } from './app-harness';
import { tapTarget, typeOnPracticeKeyboard } from './lesson-driver';

const LESSON = 'book-gp-appointment';
const ui = (key: string, vars?: Record<string, string | number>) => words('ui', key, vars);
const text = (key: string) => words(LESSON, key);
const nextButton = () => screen.getByRole('button', { name: ui('player.next') }) as HTMLButtonElement;

async function openStep(n: number) {
  await signedInLearner('Sam');
  history.replaceState(null, '', `#/lesson/${LESSON}/${n}`);
  return openHubsteps();
}

beforeEach(freshTablet);

describe('a practice step', () => {
  it('gives a gentle hint after a wrong tap, and rings the right place after the third', async () => {
    const { user } = await openStep(2);
    await screen.findByRole('heading', { level: 1, name: text('steps.open-appointments.title') });
    expect(screen.getByText(words('practice', 'common.practice-mark'))).toBeTruthy();
    expect(nextButton().disabled).toBe(true);

    await tapTarget(user, 'nhs-home', 'prescriptions');
    const hint = `${ui('practice.not-quite')} ${text('steps.open-appointments.hint')}`;
    expect(screen.getByText(hint)).toBeTruthy();
    expect(screen.queryByText(ui('practice.highlighted'))).toBeNull();

    await tapTarget(user, 'nhs-home', 'test-results');
    await tapTarget(user, 'nhs-home', 'nav-messages');
    expect(screen.getByText(ui('practice.highlighted'))).toBeTruthy();
    const appointments = screen.getByRole('button', { name: words('practice', 'screens.nhs-home.appointments') });
    expect(appointments.classList.contains('pr-highlight')).toBe(true);
    expect(nextButton().disabled).toBe(true);

    await user.click(appointments);
    expect(screen.getByText(ui('practice.well-done'))).toBeTruthy();
    expect(nextButton().disabled).toBe(false);
    await user.click(nextButton());
    await screen.findByRole('heading', { level: 1, name: text('steps.tap-book.title') });
  });

  it('accepts the asked words typed on the practice keyboard, then the Continue tap', async () => {
    const { user } = await openStep(9);
    await screen.findByRole('heading', { level: 1, name: text('steps.type-reason.title') });
    await tapTarget(user, 'book-reason', 'reason');
    await typeOnPracticeKeyboard(user, 'cou');
    // Tapping Continue before the words are typed is a mistake, gently pointed out.
    await tapTarget(user, 'book-reason', 'continue');
    expect(screen.getByText(`${ui('practice.not-quite')} ${text('steps.type-reason.hint')}`)).toBeTruthy();
    await typeOnPracticeKeyboard(user, 'gh');
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('cough');
    await tapTarget(user, 'book-reason', 'continue');
    expect(screen.getByText(ui('practice.well-done'))).toBeTruthy();
  });

  it('offers to type the words for a learner who is stuck, so it is never a dead end', async () => {
    const { user } = await openStep(9);
    await screen.findByRole('heading', { level: 1, name: text('steps.type-reason.title') });
    for (let i = 0; i < 3; i++) await tapTarget(user, 'book-reason', 'continue');
    expect(screen.getByRole('textbox').classList.contains('pr-highlight')).toBe(true);
    await user.click(screen.getByRole('button', { name: ui('practice.fill-in') }));
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('cough');
    await tapTarget(user, 'book-reason', 'continue');
    expect(nextButton().disabled).toBe(false);
  });
});

describe('a check step', () => {
  it('explains a wrong answer and lets the learner try again', async () => {
    const { user } = await openStep(11);
    await screen.findByRole('heading', { level: 1, name: ui('check.title') });
    await user.click(screen.getByRole('button', { name: text('steps.before-you-confirm.answers.already-booked') }));
    expect(screen.getByText(`${ui('check.wrong')} ${text('steps.before-you-confirm.explanation')}`)).toBeTruthy();
    expect(nextButton().disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: text('steps.before-you-confirm.answers.confirm') }));
    expect(screen.getByText(ui('check.right'))).toBeTruthy();
    expect(nextButton().disabled).toBe(false);
  });
});

describe('the lesson player', () => {
  it('shows the step number and a progress bar, and Back goes to the step before', async () => {
    const { user } = await openStep(1);
    const total = 15;
    expect(screen.getByText(ui('player.step-of', { n: 1, total }))).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('1');
    await user.click(nextButton());
    await screen.findByText(ui('player.step-of', { n: 2, total }));
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('2');
    await user.click(screen.getByRole('button', { name: ui('player.back') }));
    await screen.findByRole('heading', { level: 1, name: text('steps.intro.title') });
  });

  it('resumes a lesson where the learner stopped, after the app is closed', async () => {
    const first = await openStep(1);
    await first.user.click(nextButton());
    await screen.findByRole('heading', { level: 1, name: text('steps.open-appointments.title') });
    await tapTarget(first.user, 'nhs-home', 'appointments');
    await first.user.click(nextButton());
    await screen.findByRole('heading', { level: 1, name: text('steps.tap-book.title') });
    await screen.findByText(ui('save.saved'));
    first.close();

    history.replaceState(null, '', '#/');
    const { user } = await openHubsteps();
    expect(screen.getByRole('heading', { level: 1, name: ui('home.hello', { name: 'Sam' }) })).toBeTruthy();
    expect(screen.getByRole('link', { name: ui('home.resume', { lesson: text('title') }) })).toBeTruthy();
    const card = screen.getByRole('heading', { level: 2, name: text('title') }).closest('li') as HTMLElement;
    expect(within(card).getByText(ui('home.state.in-progress'))).toBeTruthy();
    await user.click(within(card).getByRole('link', { name: ui('home.continue') }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(text('steps.tap-book.title')),
    );
  });
});
