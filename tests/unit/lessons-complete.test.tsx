import { screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { lessons } from '../../src/lessons';
import { words } from '../content';
import { freshTablet, openHubsteps, signedInLearner } from './app-harness';
import { completeStep } from './lesson-driver';

/** The home-screen card of a lesson, found by its title. */
function lessonCard(lessonId: string): HTMLElement {
  const heading = screen.getByRole('heading', { level: 3, name: words(lessonId, 'title') });
  const card = heading.closest('li');
  if (!card) throw new Error(`No card for ${lessonId}`);
  return card;
}

beforeEach(freshTablet);

/**
 * Each practice step that moves on by itself shows its praise for a second first (PRAISE_MS), so a
 * long lesson, typed key by key where it asks (an email address, a phone number, a code), takes
 * tens of seconds of real time on a busy machine: more than the usual 30 s.
 */
const LESSON_TIMEOUT = 120_000;

describe('the end of a lesson', () => {
  it('suggests the next lesson along the paths by its title, and its link opens that lesson', async () => {
    const basics = lessons.find((l) => l.id === 'tablet-basics');
    if (!basics) throw new Error('No tablet-basics lesson');
    await signedInLearner('Sam');
    const { user } = await openHubsteps();
    location.hash = `#/lesson/${basics.id}/${basics.steps.length}`;
    await screen.findByRole('heading', { level: 2, name: words('ui', 'done.next') });
    // Getting online and the NHS App come next on the "Getting started" path, not booking an appointment.
    await user.click(await screen.findByRole('link', { name: words('wifi-and-nhs-app', 'title') }));
    await screen.findByText(words('ui', 'player.step-of', { n: 1, total: lessonLength('wifi-and-nhs-app') }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(words('wifi-and-nhs-app', 'steps.intro.title'));
  });
});

const lessonLength = (id: string) => lessons.find((l) => l.id === id)?.steps.length ?? 0;

describe.each(lessons.map((l) => [l.id, l] as const))('a learner completes %s', (_id, lesson) => {
  it('from the home screen to the end, and it is marked done after a reload', { timeout: LESSON_TIMEOUT }, async () => {
    await signedInLearner('Sam');
    const { user, close } = await openHubsteps();
    expect(within(lessonCard(lesson.id)).getByText(words('ui', 'home.state.not-started'))).toBeTruthy();
    await user.click(within(lessonCard(lesson.id)).getByRole('link', { name: words('ui', 'home.start') }));

    for (const [i, step] of lesson.steps.entries()) {
      await screen.findByText(words('ui', 'player.step-of', { n: i + 1, total: lesson.steps.length }));
      // Nothing else is done yet, so the end always suggests a lesson to try next.
      if (step.type === 'done') await screen.findByRole('heading', { level: 2, name: words('ui', 'done.next') });
      await completeStep(user, lesson, step);
    }

    await screen.findByRole('heading', { level: 1, name: words('ui', 'home.hello', { name: 'Sam' }) });
    await waitFor(() => expect(within(lessonCard(lesson.id)).getByText(words('ui', 'home.state.done'))).toBeTruthy());

    // A reload: the app starts again from what the tablet saved.
    close();
    await openHubsteps();
    expect(within(lessonCard(lesson.id)).getByText(words('ui', 'home.state.done'))).toBeTruthy();
    expect(within(lessonCard(lesson.id)).getByRole('link', { name: words('ui', 'home.again') })).toBeTruthy();
  });
});
