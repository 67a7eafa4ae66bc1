import { screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stepNumber, words } from '../content';
import { freshTablet, openHubsteps, signedInLearner } from './app-harness';
import { tapTarget } from './lesson-driver';

const LESSON = 'book-gp-appointment';
const ui = (key: string, vars?: Record<string, string | number>) => words('ui', key, vars);
const text = (key: string) => words(LESSON, key);

const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';

/**
 * What a screen reader would announce: the words added to a live region that was already on
 * the page (a new node in it, or new text), one entry each time, in order.
 */
function listenToLiveRegions(): { heard: string[]; stop: () => void } {
  const heard: string[] = [];
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations) {
      const target = m.target instanceof Element ? m.target : m.target.parentElement;
      if (!target?.closest(LIVE)) continue;
      if (m.type === 'characterData') heard.push(m.target.textContent ?? '');
      for (const node of m.addedNodes) {
        const words = node.textContent?.trim();
        if (words) heard.push(words);
      }
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  return { heard, stop: () => observer.disconnect() };
}

let live: ReturnType<typeof listenToLiveRegions>;

async function openStep(stepId: string) {
  await signedInLearner('Sam');
  history.replaceState(null, '', `#/lesson/${LESSON}/${stepNumber(LESSON, stepId)}`);
  const opened = await openHubsteps();
  await screen.findByRole('heading', {
    level: 1,
    name: stepId === 'before-you-confirm' ? ui('check.title') : text(`steps.${stepId}.title`),
  });
  live = listenToLiveRegions();
  return opened;
}

/** How many times these words were heard. */
const timesHeard = (words: string) => live.heard.filter((h) => h.includes(words)).length;

beforeEach(freshTablet);
afterEach(() => live?.stop());

describe('what a screen reader hears', () => {
  it('hears the same hint again after each wrong tap, not only the first', async () => {
    const { user } = await openStep('open-appointments');
    const hint = `${ui('practice.not-quite')} ${text('steps.open-appointments.hint')}`;
    await tapTarget(user, 'nhs-home', 'prescriptions');
    await tapTarget(user, 'nhs-home', 'prescriptions');
    expect(timesHeard(hint)).toBe(2);
    await tapTarget(user, 'nhs-home', 'appointments');
    // Praise is heard once.
    expect(timesHeard(ui('practice.well-done-moving'))).toBe(1);
  });

  it('hears the explanation again each time a wrong answer is chosen, even the same one', async () => {
    const { user } = await openStep('before-you-confirm');
    const answer = (id: string) =>
      screen.getByRole('button', { name: new RegExp(`^${text(`steps.before-you-confirm.answers.${id}`)}`) });
    const explanation = text('steps.before-you-confirm.explanation');
    await user.click(answer('already-booked'));
    await user.click(answer('already-booked'));
    await user.click(answer('close-app'));
    expect(timesHeard(explanation)).toBe(3);
    await user.click(answer('confirm'));
    expect(timesHeard(ui('check.right'))).toBe(1);
  });

  it('hears what to do first each time Next is tapped too soon', async () => {
    await signedInLearner('Sam');
    history.replaceState(null, '', `#/lesson/tablet-basics/${stepNumber('tablet-basics', 'tap-shape')}`);
    const { user } = await openHubsteps();
    const title = words('tablet-basics', 'steps.tap-shape.title');
    await screen.findByRole('heading', { level: 1, name: title });
    live = listenToLiveRegions();
    const next = screen.getByRole('button', { name: ui('player.next') });
    expect(next.getAttribute('aria-disabled')).toBe('true');
    await user.click(next);
    await user.click(next);
    expect(timesHeard(ui('player.practise-first'))).toBe(2);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(title);
  });

  it('does not hear "Saving…" or "Saved" on every Next, but hears a failure to save at once', async () => {
    const { user } = await openStep('intro');
    await screen.findByText(ui('save.saved'));
    await user.click(screen.getByRole('button', { name: ui('player.next') }));
    await screen.findByRole('heading', { level: 1, name: text('steps.appointment-types.title') });
    await screen.findByText(ui('save.saved'));
    expect(timesHeard(ui('save.saving'))).toBe(0);
    expect(timesHeard(ui('save.saved'))).toBe(0);

    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    });
    await user.click(screen.getByRole('button', { name: ui('player.next') }));
    await screen.findByText(ui('save.failed_one', { count: 1 }), { exact: false });
    put.mockRestore();
    expect(timesHeard(ui('save.failed_one', { count: 1 }))).toBe(1);
    // An alert: heard at once, over whatever else is being said.
    expect(screen.getByRole('alert').textContent).toContain(ui('save.failed_one', { count: 1 }));
  });
});
