import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { lessonById } from '../../src/lessons';
import { learnerEvents } from '../../src/store/learners';
import { words } from '../content';
import { freshTablet, openHubsteps, signedInLearner } from './app-harness';

const LESSON = 'tablet-basics';

// The tablet's disk, made to stop answering where a test says so.
const disk = vi.hoisted(() => ({ stuck: false, writes: 0, batches: [] as string[][] }));
vi.mock('../../src/store/events', async (original) => {
  const real = await original<typeof import('../../src/store/events')>();
  return {
    ...real,
    appendEvents: (...args: Parameters<typeof real.appendEvents>) => {
      disk.writes++;
      disk.batches.push(args[1].map((body) => body.type));
      return disk.stuck ? new Promise<never>(() => undefined) : real.appendEvents(...args);
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
  disk.batches = [];
  await freshTablet();
});

describe('tapping Next', () => {
  it('moves on one step and saves it once, however quickly it is tapped twice', async () => {
    const learner = await signedInLearner('Sam');
    history.replaceState(null, '', `#/lesson/${LESSON}/1`);
    await openHubsteps();
    await screen.findByText(words('ui', 'save.saved'));

    const writesBefore = disk.writes;
    const next = screen.getByRole('button', { name: words('ui', 'player.next') });
    fireEvent.click(next);
    fireEvent.click(next);
    // Both taps are in: a second step would have started its save at once, as the first did.
    expect(disk.writes - writesBefore).toBe(1);

    await screen.findByRole('heading', { level: 1, name: stepTitle(2) });
    await screen.findByText(words('ui', 'save.saved'));
    expect(location.hash).toBe(`#/lesson/${LESSON}/2`);
    const completed = (await learnerEvents(learner.id)).filter((e) => e.type === 'step.completed');
    expect(completed.map((e) => 'stepId' in e && e.stepId)).toEqual([lessonById(LESSON)?.steps[0]?.id]);
  });

  it('still moves on when the tablet is slow to save, and never says "saved" before it has', async () => {
    await signedInLearner('Sam');
    history.replaceState(null, '', `#/lesson/${LESSON}/1`);
    await openHubsteps();
    await screen.findByText(words('ui', 'save.saved'));

    disk.stuck = true;
    const writesBefore = disk.writes;
    const next = screen.getByRole('button', { name: words('ui', 'player.next') });
    fireEvent.click(next);
    // A second tap while the step waits for its save is not a second step.
    fireEvent.click(next);
    expect(disk.writes - writesBefore).toBe(1);

    const status = document.querySelector('.save-status') as HTMLElement;
    await waitFor(() => expect(status.textContent).toBe(words('ui', 'save.saving')));
    // The save never finishes, but the learner is not held up: the next step comes anyway.
    await screen.findByRole('heading', { level: 1, name: stepTitle(2) });
    expect(location.hash).toBe(`#/lesson/${LESSON}/2`);
    expect(status.textContent).toBe(words('ui', 'save.saving'));
    expect(disk.writes - writesBefore).toBe(1);
  });

  it('writes the last step and the lesson’s completion together, in one write', async () => {
    const learner = await signedInLearner('Sam');
    const lesson = lessonById(LESSON);
    const last = (lesson?.steps.length ?? 0) - 1;
    history.replaceState(null, '', `#/lesson/${LESSON}/${last}`);
    const { user } = await openHubsteps();
    await screen.findByRole('heading', { level: 1, name: stepTitle(last) });
    await screen.findByText(words('ui', 'save.saved'));

    disk.batches = [];
    await user.click(screen.getByRole('button', { name: words('ui', 'player.next') }));
    await screen.findByRole('button', { name: words('ui', 'player.finish') });
    expect(disk.batches).toEqual([['step.completed', 'lesson.completed']]);
    const saved = (await learnerEvents(learner.id)).filter((e) => e.type !== 'learner.profiled');
    const [stepDone, lessonDone] = saved.slice(-2);
    expect([stepDone?.type, lessonDone?.type]).toEqual(['step.completed', 'lesson.completed']);
    expect((lessonDone?.seq ?? 0) - (stepDone?.seq ?? 0)).toBe(1);
  });
});
