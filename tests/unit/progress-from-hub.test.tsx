/** Work a learner did on another tablet, pulled from the hub while their home is open here. */
import { screen } from '@testing-library/preact';
import { v7 as uuidv7 } from 'uuid';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LearningEvent } from '../../src/core/events';
import type { LearnerProfile } from '../../src/core/learner';
import { db } from '../../src/store/db';
import { words } from '../content';
import { freshTablet, openHubsteps, signedInLearner } from './app-harness';
import { acceptAll, engineFor, enrolled, fakeServer, type Reply, type Sent } from './sync-fakes';

beforeEach(() => freshTablet());

/** Events of `learner` written by another tablet, as the hub gives them, with arrival numbers. */
function fromAnotherTablet(learner: LearnerProfile, bodies: Record<string, unknown>[]) {
  const deviceId = `device-${uuidv7()}`;
  return bodies.map((body, i) => ({
    arrival: 100 + i,
    event: {
      ...body,
      id: uuidv7(),
      deviceId,
      seq: i + 1,
      learnerId: learner.id,
      at: '2026-03-04T09:00:00.000Z',
      v: 1,
    } as LearningEvent,
  }));
}

const pullGiving =
  (pulled: unknown[]) =>
  (_request: Sent): Reply => ({
    status: 200,
    body: { events: pulled, more: false, hub: { name: 'Library hub', wifiOnly: true } },
  });

describe('progress from another tablet', () => {
  it('shows on the learner’s home as soon as it is pulled, without signing in again', async () => {
    const amina = await signedInLearner('Amina');
    const { close } = await openHubsteps();
    await screen.findByRole('heading', { level: 1, name: words('ui', 'home.hello', { name: 'Amina' }) });
    const resume = words('ui', 'home.resume', { lesson: words('tablet-basics', 'title') });
    expect(screen.queryByRole('link', { name: resume })).toBeNull();

    const database = await db();
    await enrolled(database);
    const pulled = fromAnotherTablet(amina, [
      { type: 'lesson.started', lessonId: 'tablet-basics' },
      { type: 'step.completed', lessonId: 'tablet-basics', stepId: 'hold-tablet' },
    ]);
    const server = fakeServer(acceptAll, pullGiving(pulled));
    expect(await engineFor(database, server.fetch).sync()).toBe('synced');

    await screen.findByRole('link', { name: resume });
    close();
  });

  it('shows a profile changed on another tablet (a new nickname) on "Who is learning today?"', async () => {
    const amina = await signedInLearner('Amina');
    const { user, close } = await openHubsteps();
    await user.click(await screen.findByRole('button', { name: words('ui', 'home.sign-out', { name: 'Amina' }) }));
    await screen.findByRole('heading', { level: 1, name: words('ui', 'who.title') });

    const database = await db();
    await enrolled(database);
    const { id: _id, createdAt: _createdAt, ...fields } = amina;
    const pulled = fromAnotherTablet(amina, [{ type: 'learner.profiled', ...fields, nickname: 'Amina B' }]);
    const server = fakeServer(acceptAll, pullGiving(pulled));
    expect(await engineFor(database, server.fetch).sync()).toBe('synced');

    await screen.findByRole('button', { name: 'Amina B' });
    close();
  });
});
