import { screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { stepNumber, words } from '../content';
import { freshTablet, openHubsteps, signedInLearner } from './app-harness';
import { tapTarget, typeOnPracticeKeyboard } from './lesson-driver';

const LESSON = 'book-gp-appointment';
const ui = (key: string, vars?: Record<string, string | number>) => words('ui', key, vars);
const text = (key: string) => words(LESSON, key);
const nextButton = () => screen.getByRole('button', { name: ui('player.next') }) as HTMLButtonElement;

const nextIfOffered = () => screen.queryByRole('button', { name: ui('player.next') });
/** Next is there but not ready: it says so to assistive technology, and why. */
const notReady = (next: HTMLElement | null) => next?.getAttribute('aria-disabled') === 'true';
/** What a screen reader says after a control's name. */
const description = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => (id ? document.getElementById(id)?.textContent : ''))
    .join(' ')
    .trim();

async function openStep(stepId: string) {
  await signedInLearner('Sam');
  history.replaceState(null, '', `#/lesson/${LESSON}/${stepNumber(LESSON, stepId)}`);
  return openHubsteps();
}

/** The step's title once it is on screen. */
const stepShown = (stepId: string) => screen.findByRole('heading', { level: 1, name: text(`steps.${stepId}.title`) });

beforeEach(freshTablet);

describe('a practice step', () => {
  it('gives a gentle hint after a wrong tap, and rings the right place after the third', async () => {
    const { user } = await openStep('open-appointments');
    await stepShown('open-appointments');
    expect(screen.getByText(words('practice', 'common.practice-mark'))).toBeTruthy();
    // The app's own card is the way on here, so the lesson offers no Next beside it.
    expect(nextIfOffered()).toBeNull();

    await tapTarget(user, 'nhs-home', 'prescriptions');
    const hint = `${ui('practice.not-quite')} ${text('steps.open-appointments.hint')}`;
    expect(screen.getByText(hint)).toBeTruthy();
    expect(screen.queryByText(ui('practice.highlighted'))).toBeNull();

    await tapTarget(user, 'nhs-home', 'test-results');
    await tapTarget(user, 'nhs-home', 'nav-messages');
    expect(screen.getByText(ui('practice.highlighted'))).toBeTruthy();
    const appointments = screen.getByRole('button', { name: words('practice', 'screens.nhs-home.appointments') });
    expect(appointments.classList.contains('pr-highlight')).toBe(true);

    await user.click(appointments);
    expect(screen.getByText(ui('practice.well-done-moving'))).toBeTruthy();
    // As in the real app, the card opens the next screen: the lesson moves on by itself.
    await stepShown('tap-book');
    expect(screen.queryByText(ui('practice.well-done-moving'))).toBeNull();
  });

  it('keeps the lesson’s Next where the real app has no control of its own to go on', async () => {
    await signedInLearner('Sam');
    history.replaceState(null, '', '#/lesson/tablet-basics/3');
    const { user } = await openHubsteps();
    await screen.findByRole('heading', { level: 1, name: words('tablet-basics', 'steps.tap-shape.title') });
    expect(notReady(nextIfOffered())).toBe(true);
    expect(description(nextButton())).toBe(ui('player.practise-first'));
    // A tap on Next before the practice says what to do first, in the feedback the learner hears.
    await user.click(nextButton());
    const feedback = document.querySelector('.feedback') as HTMLElement;
    expect(within(feedback).getByText(ui('player.practise-first'))).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(words('tablet-basics', 'steps.tap-shape.title'));
    await tapTarget(user, 'basics-tap', 'star');
    expect(screen.getByText(ui('practice.well-done'))).toBeTruthy();
    expect(notReady(nextButton())).toBe(false);
    expect(description(nextButton())).toBe('');
    await user.click(nextButton());
    await screen.findByRole('heading', { level: 1, name: words('tablet-basics', 'steps.tap-button.title') });
    // Praise belongs to the step that gave it.
    expect(screen.queryByText(ui('practice.well-done'))).toBeNull();
  });

  it('accepts the asked words typed on the practice keyboard, then the Continue tap', async () => {
    const { user } = await openStep('type-reason');
    await stepShown('type-reason');
    await tapTarget(user, 'book-reason', 'reason');
    await typeOnPracticeKeyboard(user, 'cou');
    // Tapping Continue before the words are typed is a mistake, gently pointed out.
    await tapTarget(user, 'book-reason', 'continue');
    expect(screen.getByText(`${ui('practice.not-quite')} ${text('steps.type-reason.hint')}`)).toBeTruthy();
    await typeOnPracticeKeyboard(user, 'gh');
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('cough');
    await tapTarget(user, 'book-reason', 'continue');
    expect(screen.getByText(ui('practice.well-done-moving'))).toBeTruthy();
    await stepShown('choose-phone');
  });

  it('offers to type the words for a learner who is stuck, so it is never a dead end', async () => {
    const { user } = await openStep('type-reason');
    await stepShown('type-reason');
    for (let i = 0; i < 3; i++) await tapTarget(user, 'book-reason', 'continue');
    expect(screen.getByRole('textbox').classList.contains('pr-highlight')).toBe(true);
    await user.click(screen.getByRole('button', { name: ui('practice.fill-in') }));
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('cough');
    await tapTarget(user, 'book-reason', 'continue');
    await stepShown('choose-phone');
  });
});

describe('a check step', () => {
  it('explains a wrong answer and lets the learner try again', async () => {
    const { user } = await openStep('before-you-confirm');
    await screen.findByRole('heading', { level: 1, name: ui('check.title') });
    const answer = (id: string) =>
      screen.getByRole('button', { name: new RegExp(`^${text(`steps.before-you-confirm.answers.${id}`)}`) });
    // Until one is tried, the answers look alike: the same styles and parts, only their words differ.
    const look = (el: HTMLElement) => `${el.className}|${[...el.children].map((c) => c.className).join(',')}`;
    const ids = ['confirm', 'already-booked', 'close-app'];
    expect(new Set(ids.map((id) => look(answer(id)))).size).toBe(1);
    expect(screen.queryByRole('img')).toBeNull();

    await user.click(answer('already-booked'));
    expect(screen.getByText(`${ui('check.wrong')} ${text('steps.before-you-confirm.explanation')}`)).toBeTruthy();
    // A wrong answer says so in words, not only by its colour.
    expect(answer('already-booked').textContent).toContain(ui('check.marked-wrong'));
    expect(notReady(nextButton())).toBe(true);
    expect(description(nextButton())).toBe(ui('player.answer-first'));
    await user.click(answer('confirm'));
    expect(screen.getByText(ui('check.right'))).toBeTruthy();
    expect(answer('confirm').textContent).toContain(ui('check.marked-right'));
    expect(answer('already-booked').textContent).toContain(ui('check.marked-wrong'));
    expect(notReady(nextButton())).toBe(false);
    await user.click(nextButton());
    await stepShown('other-ways');
    expect(screen.queryByText(ui('check.right'))).toBeNull();
  });
});

describe('the lesson player', () => {
  it('shows the step number once, with a bar for the eye, and Back goes to the step before', async () => {
    const { user } = await openStep('intro');
    const total = 15;
    expect(screen.getByText(ui('player.step-of', { n: 1, total }))).toBeTruthy();
    // The bar draws the same number: a screen reader hears "Step 1 of 15" once, not twice.
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect((document.querySelector('.progress') as HTMLElement).getAttribute('aria-hidden')).toBe('true');
    await user.click(nextButton());
    await screen.findByText(ui('player.step-of', { n: 2, total }));
    await user.click(screen.getByRole('button', { name: ui('player.back') }));
    await screen.findByRole('heading', { level: 1, name: text('steps.intro.title') });
  });

  it('resumes a lesson where the learner stopped, after the app is closed', async () => {
    const first = await openStep('open-appointments');
    await stepShown('open-appointments');
    await tapTarget(first.user, 'nhs-home', 'appointments');
    await stepShown('tap-book');
    await screen.findByText(ui('save.saved'));
    first.close();

    history.replaceState(null, '', '#/');
    const { user } = await openHubsteps();
    expect(screen.getByRole('heading', { level: 1, name: ui('home.hello', { name: 'Sam' }) })).toBeTruthy();
    expect(screen.getByRole('link', { name: ui('home.resume', { lesson: text('title') }) })).toBeTruthy();
    const card = screen.getByRole('heading', { level: 3, name: text('title') }).closest('li') as HTMLElement;
    expect(within(card).getByText(ui('home.state.in-progress'))).toBeTruthy();
    await user.click(within(card).getByRole('link', { name: ui('home.continue') }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(text('steps.tap-book.title')),
    );
  });
});

describe('an explain step showing the screen the app shows next', () => {
  it('shows its controls as unavailable, and Tab goes past them to the lesson’s own buttons', async () => {
    const { user } = await openStep('booked');
    const heading = await stepShown('booked');
    const shown = document.querySelector<HTMLElement>('.practice');
    const controls = [...(shown?.querySelectorAll<HTMLElement>('button, input, a[href]') ?? [])];
    expect(controls.length).toBeGreaterThan(0);
    for (const control of controls) {
      expect(control.getAttribute('aria-disabled')).toBe('true');
      expect(control.tabIndex).toBe(-1);
    }
    heading.focus();
    const reached: HTMLElement[] = [];
    for (let i = 0; i < 6; i++) {
      await user.tab();
      reached.push(document.activeElement as HTMLElement);
    }
    expect(reached.filter((el) => shown?.contains(el))).toEqual([]);
    expect(reached).toContain(nextButton());
  });
});
