/** The app's sync as the screens use it (src/sync/sync.ts): its own database, the page's fetch and events. */
import { v7 as uuidv7 } from 'uuid';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { LearningEvent } from '../../src/core/events';
import { appendEvent } from '../../src/store/events';
import { saveLearner } from '../../src/store/learners';
import { acceptAll, fakeServer, newLearnerId, profileOf, TOKEN } from './sync-fakes';

let online = false;
const server = fakeServer((request) => {
  if (request.path === '/api/enrol') {
    return {
      status: 201,
      body: { deviceId: `device-${uuidv7()}`, token: TOKEN, hub: { name: 'Library hub', wifiOnly: true } },
    };
  }
  return online ? acceptAll(request) : 'network-error';
});
vi.stubGlobal('fetch', server.fetch);
afterAll(() => {
  vi.unstubAllGlobals();
});

const pushed = () => server.pushes().flatMap((p) => p.body as LearningEvent[]);

describe('the app’s sync', () => {
  it('counts what waits after every save, and sends it when the tablet is back online or shown again', async () => {
    const { startSync, syncStatus, enrolTablet, syncNow } = await import('../../src/sync/sync');
    startSync();
    startSync();
    await expect.poll(() => syncStatus.get().state).toBe('not-enrolled');

    expect(await enrolTablet('ABCD-2345')).toEqual({ ok: true, hubName: 'Library hub' });
    await expect.poll(() => syncStatus.get()).toMatchObject({ enrolled: true, hubName: 'Library hub' });

    const amina = newLearnerId();
    await saveLearner(profileOf(amina));
    await expect.poll(() => syncStatus.get().waitingByLearner).toEqual({ [amina]: 1 });
    await appendEvent(amina, { type: 'lesson.started', lessonId: 'tablet-basics' });
    await expect.poll(() => syncStatus.get().waiting).toBe(2);

    // The hub answers again: the browser says so, and the outbox goes.
    online = true;
    window.dispatchEvent(new Event('online'));
    await expect.poll(() => syncStatus.get()).toMatchObject({ waiting: 0, state: 'idle' });
    expect(pushed().map((e) => e.type)).toEqual(expect.arrayContaining(['learner.profiled', 'lesson.started']));

    // Shown again after a while away.
    const step = await appendEvent(amina, { type: 'lesson.completed', lessonId: 'tablet-basics' });
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await expect.poll(() => pushed().map((e) => e.id)).toContain(step.id);

    // "Sync now" resolves once it has pushed and pulled.
    const before = server.sent.length;
    await syncNow();
    expect(server.sent.slice(before).map((r) => r.path)).toEqual(['/api/pull']);
    expect(syncStatus.get()).toMatchObject({ state: 'idle', waiting: 0, lastSyncedAt: expect.any(String) });
  });
});
