import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { EventBody, LearningEvent } from '../../src/core/events';
import {
  acceptAll,
  addLearner,
  engineFor,
  enrolled,
  fakeServer,
  newLearnerId,
  newTablet,
  profileOf,
  type Reply,
  type Sent,
  steps,
  TOKEN,
} from './sync-fakes';

describe('setting the tablet up for the hub', () => {
  it('enrols with the typed code and the tablet’s own id, keeping the token and the hub', async () => {
    const { database } = await newTablet();
    const server = fakeServer(() => ({
      status: 201,
      body: { deviceId: `device-${uuidv7()}`, token: TOKEN, hub: { name: 'Library hub', wifiOnly: true } },
    }));
    const engine = engineFor(database, server.fetch);
    await engine.refresh();
    expect(engine.status.get()).toMatchObject({ enrolled: false, state: 'not-enrolled', hubName: null });

    expect(await engine.enrol('abcd-2345')).toEqual({ ok: true, hubName: 'Library hub' });

    const [request] = server.sent;
    const localId = await database.get('meta', 'deviceId');
    expect(localId).toMatch(/^local-/);
    expect(request).toMatchObject({ path: '/api/enrol', body: { code: 'ABCD2345', localDeviceId: localId } });
    expect(await database.get('meta', 'deviceToken')).toBe(TOKEN);
    expect(engine.status.get()).toMatchObject({ enrolled: true, state: 'idle', hubName: 'Library hub' });
  });

  it('keeps the id the tablet already writes under, so its events sync as they are', async () => {
    const { database } = await newTablet();
    await addLearner(database, profileOf(newLearnerId()));
    const before = await database.get('meta', 'deviceId');
    const server = fakeServer(() => ({ status: 201, body: { deviceId: `device-${uuidv7()}`, token: TOKEN } }));
    await engineFor(database, server.fetch).enrol('ABCD2345');
    expect(server.sent[0]?.body).toMatchObject({ localDeviceId: before });
    expect(await database.get('meta', 'deviceId')).toBe(before);
    expect(await database.get('meta', 'nextSeq')).toBe(2);
  });

  it.each([
    [400, 'invalid-input', 'invalid-code'],
    [404, 'unknown-code', 'unknown-code'],
    [410, 'expired-code', 'expired-code'],
    [409, 'used-code', 'used-code'],
    [409, 'already-enrolled', 'other-hub'],
    [429, 'too-many-tries', 'too-many-tries'],
  ])('says why a code was refused (%i %s) and stays as it was', async (status, error, reason) => {
    const { database } = await newTablet();
    const engine = engineFor(database, fakeServer(() => ({ status, body: { error, message: '' } })).fetch);
    expect(await engine.enrol('ABCD2345')).toEqual({ ok: false, reason });
    expect(await database.get('meta', 'deviceToken')).toBeUndefined();
  });

  it('does not send a code that cannot be one, and says when the hub cannot be reached', async () => {
    const { database } = await newTablet();
    const server = fakeServer(() => 'network-error');
    const engine = engineFor(database, server.fetch);
    expect(await engine.enrol('ABC')).toEqual({ ok: false, reason: 'invalid-code' });
    expect(server.sent).toHaveLength(0);
    expect(await engine.enrol('ABCD 2345')).toEqual({ ok: false, reason: 'unreachable' });
  });
});

/** The hub's copy of a learner who worked on another tablet. */
function learnerOnHub(learnerId: string) {
  const deviceId = `device-${uuidv7()}`;
  let seq = 0;
  const event = (body: EventBody): LearningEvent =>
    ({ ...body, id: uuidv7(), deviceId, seq: ++seq, learnerId, at: '2026-03-02T09:00:00.000Z', v: 1 }) as LearningEvent;
  const secret = {
    kind: 'pin',
    algo: 'pbkdf2-sha256',
    iterations: 300_000,
    salt: 'ab'.repeat(16),
    hash: 'cd'.repeat(32),
  };
  return [
    event({
      type: 'learner.profiled',
      nickname: 'Amina',
      avatar: 'avatar-sun',
      secret: null,
      language: 'en',
      textSize: 'normal',
      code: 'QRST2345',
    }),
    ...steps(3).map(event),
    event({
      type: 'learner.profiled',
      nickname: 'Amina',
      avatar: 'avatar-sun',
      secret,
      language: 'so',
      textSize: 'normal',
      code: 'QRST2345',
    } as EventBody),
  ];
}

/** A hub that knows the learner with code QRST2345, and answers pulls in pages of two. */
function hubKnowing(learnerId: string, stored: LearningEvent[]) {
  return fakeServer(
    (request: Sent): Reply =>
      request.path === '/api/restore'
        ? (request.body as { code: string }).code === 'QRST2345'
          ? { status: 200, body: { learnerId } }
          : { status: 404, body: { error: 'unknown-code', message: '' } }
        : acceptAll(request),
    (request) => {
      const after = (request.body as { learners: Record<string, number> }).learners[learnerId] ?? 0;
      const due = stored.map((event, i) => ({ arrival: 10 + i, event })).filter((p) => p.arrival > after);
      return {
        status: 200,
        body: { events: due.slice(0, 2), more: due.length > 2, hub: { name: 'Library hub', wifiOnly: true } },
      };
    },
  );
}

describe('restoring a learner from their code', () => {
  it('brings their profile, lock and all their progress, ready at once', async () => {
    const { database } = await newTablet();
    await enrolled(database);
    const amina = newLearnerId();
    const stored = learnerOnHub(amina);
    const server = hubKnowing(amina, stored);
    const engine = engineFor(database, server.fetch);

    const outcome = await engine.restore('qrst-2345');

    expect(server.sent.map((r) => r.path)).toEqual(['/api/restore', '/api/pull', '/api/pull', '/api/pull']);
    expect(server.sent[0]?.body).toEqual({ code: 'QRST2345' });
    expect(outcome).toMatchObject({ ok: true, alreadyHere: false, learner: { id: amina, language: 'so' } });
    const learner = await database.get('learners', amina);
    expect(learner?.secret).toMatchObject({ kind: 'pin', hash: 'cd'.repeat(32) });
    expect(learner?.createdAt).toBe('2026-03-02T09:00:00.000Z');
    expect(await database.countFromIndex('events', 'by-learner', amina)).toBe(5);
    expect(await database.count('outbox')).toBe(0);
    expect(await database.get('pulled', amina)).toEqual({ cursor: 14, profileArrival: 14 });

    // Asked again, they are already here.
    const again = await engine.restore('QRST2345');
    expect(again).toMatchObject({ ok: true, alreadyHere: true, learner: { id: amina } });
  });

  it('stores nothing if the pull breaks off half way', async () => {
    const { database } = await newTablet();
    await enrolled(database);
    const amina = newLearnerId();
    const hub = hubKnowing(amina, learnerOnHub(amina));
    let pulls = 0;
    const engine = engineFor(database, (url, init) =>
      url === '/api/pull' && ++pulls === 2 ? Promise.reject(new TypeError('Failed to fetch')) : hub.fetch(url, init),
    );
    expect(await engine.restore('QRST2345')).toEqual({ ok: false, reason: 'unreachable' });
    expect(await database.get('learners', amina)).toBeUndefined();
    expect(await database.count('events')).toBe(0);
  });

  it('says why a learner cannot be restored', async () => {
    const { database } = await newTablet();
    const amina = newLearnerId();
    const engine = engineFor(database, hubKnowing(amina, learnerOnHub(amina)).fetch);
    expect(await engine.restore('QRST2345')).toEqual({ ok: false, reason: 'not-enrolled' });
    await enrolled(database);
    expect(await engine.restore('QRST')).toEqual({ ok: false, reason: 'invalid-code' });
    expect(await engine.restore('WXYZ2345')).toEqual({ ok: false, reason: 'unknown-code' });
    for (const [status, error, reason] of [
      [429, 'too-many-tries', 'too-many-tries'],
      [403, 'revoked-device', 'revoked'],
      [500, 'server-error', 'unreachable'],
    ] as const) {
      const refusing = engineFor(database, fakeServer(() => ({ status, body: { error, message: '' } })).fetch);
      expect(await refusing.restore('QRST2345')).toEqual({ ok: false, reason });
    }
  });
});
