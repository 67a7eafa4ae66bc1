import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { EventBody, LearningEvent } from '../../src/core/events';
import { removeLearner } from '../../src/store/removals';
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
} from './sync-fakes';

/** Another tablet of the hub, whose events reach this one through the server. */
function otherTablet() {
  const deviceId = `device-${uuidv7()}`;
  let seq = 0;
  return (learnerId: string, body: EventBody): LearningEvent =>
    ({
      ...body,
      id: uuidv7(),
      deviceId,
      seq: ++seq,
      learnerId,
      at: '2026-03-03T09:00:00.000Z',
      v: 1,
    }) as LearningEvent;
}

const profiled = (nickname: string, code: string): EventBody => ({
  type: 'learner.profiled',
  nickname,
  avatar: 'avatar-moon',
  secret: { kind: 'pin', algo: 'pbkdf2-sha256', iterations: 300_000, salt: 'ab'.repeat(16), hash: 'cd'.repeat(32) },
  language: 'so',
  textSize: 'large',
  code,
});

/** A server holding `stored` (with arrival numbers from 1), answering pulls in pages of `page`. */
function serverWith(stored: LearningEvent[], page = 500, hub = { name: 'Library hub', wifiOnly: false }) {
  return (request: Sent): Reply => {
    const asked = (request.body as { learners: Record<string, number> }).learners;
    const due = stored
      .map((event, i) => ({ arrival: i + 1, event }))
      .filter(({ arrival, event }) => event.learnerId in asked && arrival > (asked[event.learnerId] ?? 0));
    return { status: 200, body: { events: due.slice(0, page), more: due.length > page, hub } };
  };
}

describe('pulling the learners’ events from the hub', () => {
  it('stores other tablets’ events in the events store only, page by page, with each learner’s cursor', async () => {
    const { database } = await newTablet();
    await enrolled(database);
    const amina = newLearnerId();
    await addLearner(database, profileOf(amina));
    const other = otherTablet();
    const theirs = steps(5).map((body) => other(amina, body));
    const server = fakeServer(acceptAll, serverWith(theirs, 2));
    const engine = engineFor(database, server.fetch);

    expect(await engine.sync()).toBe('synced');

    const pulls = server.sent.filter((r) => r.path === '/api/pull').map((r) => r.body);
    expect(pulls).toEqual([{ learners: { [amina]: 0 } }, { learners: { [amina]: 2 } }, { learners: { [amina]: 4 } }]);
    const events = await database.getAllFromIndex('events', 'by-learner', amina);
    expect(events.map((e) => e.id)).toEqual(expect.arrayContaining(theirs.map((e) => e.id)));
    expect(events).toHaveLength(6);
    // Not this tablet's to send, and not its seqs.
    expect(await database.count('outbox')).toBe(0);
    expect(await database.count('seqs')).toBe(1);
    expect(await database.get('pulled', amina)).toEqual({ cursor: 5, profileArrival: 0 });
    // The hub's settings come with every answer.
    expect(await database.get('meta', 'hub')).toEqual({ name: 'Library hub', wifiOnly: false });
    expect(engine.status.get()).toMatchObject({ hubName: 'Library hub', lastSyncedAt: '2026-03-04T10:00:00.000Z' });

    // Next time it asks only for what is new.
    await engine.sync();
    expect(server.sent.filter((r) => r.path === '/api/pull').at(-1)?.body).toEqual({ learners: { [amina]: 5 } });
  });

  it('does not bring back a learner removed here, nor keep events it did not ask for or cannot read', async () => {
    const { database } = await newTablet();
    await enrolled(database);
    const amina = newLearnerId();
    const ola = newLearnerId();
    await addLearner(database, profileOf(amina));
    await addLearner(database, profileOf(ola, 'Ola', 'WXYZ2345'));
    const other = otherTablet();
    const broken = { ...other(ola, steps(1)[0] as EventBody), stepId: 'Not A Name' } as LearningEvent;
    const stranger = other(newLearnerId(), steps(1)[0] as EventBody);
    const stored = [other(amina, steps(1)[0] as EventBody), other(ola, steps(1)[0] as EventBody), broken];
    let removed = false;
    const server = fakeServer(acceptAll, async (request) => {
      // Amina is removed in another tab while the answer is on its way.
      if (!removed) {
        removed = true;
        await removeLearner(amina, database);
      }
      const answer = serverWith(stored)(request);
      if (typeof answer === 'object')
        (answer.body as { events: unknown[] }).events.push({ arrival: 9, event: stranger });
      return answer;
    });
    await engineFor(database, server.fetch).sync();

    expect(await database.get('learners', amina)).toBeUndefined();
    expect((await database.getAllFromIndex('events', 'by-learner', amina)).map((e) => e.type)).toEqual([
      'learner.removed',
    ]);
    expect((await database.getAllFromIndex('events', 'by-learner', ola)).map((e) => e.id)).toContain(stored[1]?.id);
    expect(await database.get('events', broken.id)).toBeUndefined();
    expect(await database.get('events', stranger.id)).toBeUndefined();
    expect(await database.get('pulled', amina)).toBeUndefined();
  });

  it('takes the profile that reached the server last, lock and all, unless one written here is unsent', async () => {
    const { database } = await newTablet();
    await enrolled(database);
    const amina = newLearnerId();
    await addLearner(database, profileOf(amina));
    const other = otherTablet();
    // The later profile by the server's arrival order, though its tablet's clock says earlier.
    const newer = { ...other(amina, profiled('Amina B', 'QRST2345')), at: '2020-01-01T00:00:00.000Z' };
    const older = other(amina, profiled('Amina A', 'MNPQ2345'));
    const stored = [older, newer];

    // She changes her profile here while the pull is on its way: that one is unsent, the newest, and stays.
    const server = fakeServer(acceptAll, async (request) => {
      await addLearner(database, profileOf(amina, 'Amina C'));
      return serverWith(stored)(request);
    });
    const engine = engineFor(database, server.fetch);
    await engine.sync();
    expect(await database.get('learners', amina)).toMatchObject({ nickname: 'Amina C', code: 'ABCD2345' });
    expect(await database.get('pulled', amina)).toEqual({ cursor: 2, profileArrival: 0 });

    // On a tablet with nothing of hers unsent, the server's latest is taken.
    const database2 = (await newTablet()).database;
    await enrolled(database2);
    await addLearner(database2, profileOf(amina));
    const server2 = fakeServer(acceptAll, serverWith(stored));
    await engineFor(database2, server2.fetch).sync();
    expect(await database2.get('learners', amina)).toEqual({
      id: amina,
      nickname: 'Amina B',
      avatar: 'avatar-moon',
      secret: newer.type === 'learner.profiled' ? newer.secret : null,
      language: 'so',
      textSize: 'large',
      code: 'QRST2345',
      createdAt: '2026-03-01T09:00:00.000Z',
    });
    expect(await database2.get('pulled', amina)).toEqual({ cursor: 2, profileArrival: 2 });
  });

  it('still brings the others up to date when one learner here belongs to another hub', async () => {
    const { database } = await newTablet();
    await enrolled(database);
    const amina = newLearnerId();
    const visitor = newLearnerId();
    await addLearner(database, profileOf(amina));
    await addLearner(database, profileOf(visitor, 'Visitor', 'WXYZ2345'));
    const other = otherTablet();
    const stored = [other(amina, steps(1)[0] as EventBody)];
    const server = fakeServer(acceptAll, (request) => {
      const asked = (request.body as { learners: Record<string, number> }).learners;
      return visitor in asked
        ? { status: 403, body: { error: 'learner-of-another-hub', message: '' } }
        : serverWith(stored)(request);
    });
    expect(await engineFor(database, server.fetch).sync()).toBe('synced');
    expect(await database.get('events', stored[0]?.id ?? '')).toBeDefined();
    expect(await database.get('learners', visitor)).toBeDefined();
  });

  it('says the tablet was revoked when the server refuses it on a pull', async () => {
    const { database } = await newTablet();
    await enrolled(database);
    await addLearner(database, profileOf(newLearnerId()));
    const engine = engineFor(
      database,
      fakeServer(acceptAll, () => ({ status: 403, body: { error: 'revoked-device', message: '' } })).fetch,
    );
    expect(await engine.sync()).toBe('revoked');
    expect(engine.status.get().state).toBe('revoked');
  });
});
