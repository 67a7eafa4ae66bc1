import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { lessonById } from '../../src/lessons';
import { learnerEvents } from '../../src/store/learners';
import { words } from '../content';
import { freshTablet, openHubsteps, signedInLearner } from './app-harness';

const LESSON = 'tablet-basics';

// The tablet's disk, made to stop answering where a test says so.
const disk = vi.hoisted(() => ({ stuck: false, writes: 0 }));
vi.mock('../../src/store/events', async (original) => {
  const real = await original<typeof import('../../src/store/events')>();
  return {
    ...real,
    appendEvent: (...args: Parameters<typeof real.appendEvent>) => {
      disk.writes++;
      return disk.stuck ? new Promise<never>(() => undefined) : real.appendEvent(...args);
    },
  };
});

const stepTitle = (n: number) => {
  const step = lessonById(LESSON)?.steps[n - 1];
  return words(LESSON, `steps.${step?.id}.title`);
};

beforeEach(async () => {
  disk.stuck = false;
  disk.writes = 0;
  await freshTablet();
});

describe('tapping Next', () => {
  it('moves on one step and saves it once, however quickly it is tapped twice', async () => {
    const learner = await signedInLearner('Sam');
    history.replaceState(null, '', `#/lesson/${LESSON}/1`);
    await openHubsteps();
    await screen.findByText(words('ui', 'save.saved'));

    const next = screen.getByRole('button', { name: words('ui', 'player.next') });
    fireEvent.click(next);
    fireEvent.click(next);

    await screen.findByRole('heading', { level: 1, name: stepTitle(2) });
    await screen.findByText(words('ui', 'save.saved'));
    // Long enough for a second move, had the second tap been taken as one.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(stepTitle(2));
    expect(location.hash).toBe(`#/lesson/${LESSON}/2`);
    const completed = (await learnerEvents(learner.id)).filter((e) => e.type === 'step.completed');
    expect(completed.map((e) => 'stepId' in e && e.stepId)).toEqual([lessonById(LESSON)?.steps[0]?.id]);
  });

  it('still moves on when the tablet is slow to save, and never says "saved" before it has', async () => {
    await signedInLearner('Sam');
    history.replaceState(null, '', `#/lesson/${LESSON}/1`);
    const { user } = await openHubsteps();
    await screen.findByText(words('ui', 'save.saved'));

    disk.stuck = true;
    const writesBefore = disk.writes;
    const next = screen.getByRole('button', { name: words('ui', 'player.next') });
    await user.click(next);
    const status = screen.getByRole('status', { name: words('ui', 'save.region') });
    // A second tap once "saving" shows, while the step waits for its save, is not a second step.
    await waitFor(() => expect(status.textContent).toBe(words('ui', 'save.saving')));
    if (screen.queryByRole('heading', { level: 1, name: stepTitle(1) })) await user.click(next);

    await screen.findByRole('heading', { level: 1, name: stepTitle(2) });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(stepTitle(2));
    expect(status.textContent).toBe(words('ui', 'save.saving'));
    expect(disk.writes - writesBefore).toBe(1);
  });
});
