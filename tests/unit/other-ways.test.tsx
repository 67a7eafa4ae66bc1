import { screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { otherWaysOf } from '../../src/core/lesson';
import { lessons } from '../../src/lessons';
import { words } from '../content';
import { freshTablet, openHubsteps, signedInLearner } from './app-harness';
import { nextStep, stepTitle } from './lesson-driver';

beforeEach(freshTablet);

const note = () => screen.queryByText(words('ui', 'player.other-ways-note'));

describe.each(lessons.map((l) => [l.id, l] as const))('%s', (_id, lesson) => {
  it('says on its first step that there are other ways, and names them again on its done step', async () => {
    const [first, second] = lesson.steps;
    const done = lesson.steps.at(-1);
    if (!first || !second || done?.type !== 'done') throw new Error(`${lesson.id} has no first steps or done step`);
    await signedInLearner('Sam');
    history.replaceState(null, '', `#/lesson/${lesson.id}/1`);
    const { user } = await openHubsteps();

    await screen.findByRole('heading', { level: 1, name: stepTitle(lesson, first) });
    expect(note()).toBeTruthy();
    // Said once, at the start: the next step has its own words only.
    await nextStep(user);
    await screen.findByRole('heading', { level: 1, name: stepTitle(lesson, second) });
    expect(note()).toBeNull();

    location.hash = `#/lesson/${lesson.id}/${lesson.steps.length}`;
    await screen.findByRole('heading', { level: 1, name: stepTitle(lesson, done) });
    const ways = screen.getByRole('list', { name: words('ui', 'done.other-ways') });
    const named = within(ways)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(named).toEqual(otherWaysOf(lesson).map((way) => words('ui', `ways.${way}`)));
    expect(named.length).toBeGreaterThanOrEqual(4);
  });
});
