import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { LearningEvent } from '../../src/core/events';
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
  type Sent,
  steps,
  TOKEN,
  write,
} from './sync-fakes';

const batchOf = (request: Sent) => request.body as LearningEvent[];

describe('sending the outbox to the hub', () => {
  it('sends in seq order, in batches, with the token and how many will still wait, and empties the outbox', async () => {
    const { database } = await newTablet();
    await enrolled(database);
    const amina = newLearnerId();
    await addLearner(database, profileOf(amina));
    await write(database, amina, steps(4));
    const server = fakeServer(acceptAll);
    const engine = engineFor(database, server.fetch, { batchSize: 2 });

    expect(await engine.sync()).toBe('synced');

    const pushes = server.pushes();
    expect(pushes.map((p) => batchOf(p).map((e) => e.seq))).toEqual([[1, 2], [3, 4], [5]]);
    expect(pushes.map((p) => p.headers['hubsteps-waiting'])).toEqual(['3', '1', '0']);
    expect(pushes.every((p) => p.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(await database.count('outbox')).toBe(0);
    expect(await database.count('events')).toBe(5);
    expect(engine.status.get()).toMatchObject({ state: 'idle', waiting: 0, lastSyncedAt: '2026-03-04T10:00:00.000Z' });
  });

  it('never puts more than 500 events in one push', async () => {
    const { database } = await newTablet();
    await enrolled(database);
    const amina = newLearnerId();
    await addLearner(database, profileOf(amina));
    await write(database, amina, steps(500));
    const server = fakeServer(acceptAll);
    await engineFor(database, server.fetch, { batchSize: 10_000 }).sync();
    expect(server.pushes().map((p) => batchOf(p).length)).toEqual([500, 1]);
  });

  it('keeps every event the server did not acknowledge, and sends it again next time', async () => {
    const { database } = await newTablet();
    await enrolled(database);
    const amina = newLearnerId();
    await addLearner(database, profileOf(amina));
    await write(database, amina, steps(2));
    let first = true;
    const server = fakeServer((request) => {
      if (!first) return acceptAll(request);
      first = false;
      // Only the first event made it before the answer; the rest is not acknowledged.
      return { status: 200, body: { accepted: [batchOf(request)[0]?.id], rejected: [], codeTaken: [] } };
    });
    const engine = engineFor(database, server.fetch);
    await engine.sync();
    expect(server.pushes().map((p) => batchOf(p).map((e) => e.seq))).toEqual([
      [1, 2, 3],
      [2, 3],
    ]);
    expect(await database.count('outbox')).toBe(0);
  });

  it('keeps the whole outbox when the server fails or cannot be reached, and says it is unreachable', async () => {
    for (const reply of ['network-error', { status: 500, body: { error: 'server-error' } }] as const) {
      const { database } = await newTablet();
      await enrolled(database);
      const amina = newLearnerId();
      await addLearner(database, profileOf(amina));
      await write(database, amina, steps(2));
      const engine = engineFor(database, fakeServer(() => reply).fetch);
      expect(await engine.sync()).toBe('unreachable');
      expect(await database.count('outbox')).toBe(3);
      expect(engine.status.get()).toMatchObject({ state: 'unreachable', waiting: 3, waitingByLearner: { [amina]: 3 } });
    }
  });

  it('keeps the outbox when the server refuses a whole batch it cannot take, to try again later', async () => {
    const { database } = await newTablet();
    await enrolled(database);
    await addLearner(database, profileOf(newLearnerId()));
    const engine = engineFor(
      database,
      fakeServer(() => ({ status: 413, body: { error: 'body-too-large', message: '' } })).fetch,
    );
    expect(await engine.sync()).toBe('unreachable');
    expect(await database.count('outbox')).toBe(1);
  });

  it('takes an answer that is not the hub server’s (a Wi-fi sign-in page) as not reachable', async () => {
    const { database } = await newTablet();
    await enrolled(database);
    await addLearner(database, profileOf(newLearnerId()));
    const engine = engineFor(database, fakeServer(() => ({ status: 200, body: '<html>Sign in</html>' })).fetch);
    expect(await engine.sync()).toBe('unreachable');
    expect(await database.count('outbox')).toBe(1);
  });

  it('stops sending, and says the tablet was revoked, when the server no longer knows its token', async () => {
    for (const reply of [
      { status: 401, body: { error: 'unknown-device', message: '' } },
      { status: 403, body: { error: 'revoked-device', message: '' } },
    ]) {
      const { database } = await newTablet();
      await enrolled(database);
      const amina = newLearnerId();
      await addLearner(database, profileOf(amina));
      const server = fakeServer(() => reply);
      const engine = engineFor(database, server.fetch);
      expect(await engine.sync()).toBe('revoked');
      // Asking again cannot help: nothing more is sent until the tablet is enrolled again.
      expect(await engine.sync({ wait: true })).toBe('revoked');
      expect(server.sent).toHaveLength(1);
      expect(engine.status.get()).toMatchObject({ state: 'revoked', waiting: 1 });
      expect(await database.count('outbox')).toBe(1);
    }
  });

  it('sends again once the tablet is enrolled again after a revocation', async () => {
    const { database } = await newTablet();
    await enrolled(database);
    await addLearner(database, profileOf(newLearnerId()));
    let revoked = true;
    const server = fakeServer((request) => {
      if (request.path === '/api/enrol') {
        revoked = false;
        return { status: 201, body: { deviceId: `device-${uuidv7()}`, token: 'b'.repeat(43) } };
      }
      return revoked ? { status: 403, body: { error: 'revoked-device', message: '' } } : acceptAll(request);
    });
    const engine = engineFor(database, server.fetch);
    expect(await engine.sync()).toBe('revoked');
    expect(await engine.enrol('ABCD2345')).toEqual({ ok: true, hubName: '' });
    expect(engine.status.get().state).toBe('idle');
    expect(await engine.sync()).toBe('synced');
    expect(server.pushes().at(-1)?.headers.authorization).toBe(`Bearer ${'b'.repeat(43)}`);
    expect(await database.count('outbox')).toBe(0);
  });

  it('takes refused events out of the outbox but keeps them on the tablet, and counts them', async () => {
    const { database } = await newTablet();
    await enrolled(database);
    const amina = newLearnerId();
    await addLearner(database, profileOf(amina));
    const [bad] = await write(database, amina, steps(1));
    const server = fakeServer((request) => {
      const batch = batchOf(request);
      return {
        status: 200,
        body: {
          accepted: batch.filter((e) => e.id !== bad?.id).map((e) => e.id),
          rejected: [{ index: 1, id: bad?.id, reasons: ['stepId: must be …'] }],
          codeTaken: [],
        },
      };
    });
    const engine = engineFor(database, server.fetch);
    expect(await engine.sync()).toBe('synced');
    expect(server.pushes()).toHaveLength(1);
    expect(await database.count('outbox')).toBe(0);
    expect(await database.get('events', bad?.id ?? '')).toBeDefined();
    expect(await engine.refusedCount()).toBe(1);
    expect(engine.status.get().waiting).toBe(0);
  });

  it('sends the record of a removed learner, then lets the record go, with nothing of theirs left', async () => {
    const { database } = await newTablet();
    await enrolled(database);
    const amina = newLearnerId();
    const ola = newLearnerId();
    await addLearner(database, profileOf(amina));
    await addLearner(database, profileOf(ola, 'Ola', 'WXYZ2345'));
    await write(database, amina, steps(2));
    await removeLearner(amina, database);
    const server = fakeServer(acceptAll);
    const engine = engineFor(database, server.fetch);

    expect(engine.status.get().waiting).toBe(0);
    await engine.refresh();
    // Ola's profile waits; the record of Amina's removal is sent but not counted as work.
    expect(engine.status.get()).toMatchObject({ waiting: 1, waitingByLearner: { [ola]: 1 } });
    await engine.sync();
    const sent = server.pushes().flatMap(batchOf);
    expect(sent.map((e) => e.type)).toEqual(['learner.profiled', 'learner.removed']);
    expect(sent[1]).toMatchObject({ learnerId: amina, discardedSeqs: [1, 3, 4] });
    expect(await database.count('outbox')).toBe(0);
    expect(await database.getAllKeysFromIndex('events', 'by-learner', amina)).toEqual([]);
  });

  it('gives a learner a new code when the hub says another learner has theirs, once', async () => {
    const { database } = await newTablet();
    await enrolled(database);
    const amina = newLearnerId();
    await addLearner(database, profileOf(amina));
    let answers = 0;
    const server = fakeServer((request) => {
      const batch = batchOf(request);
      const latest = batch.filter((e) => e.type === 'learner.profiled').at(-1);
      const codeTaken = latest?.type === 'learner.profiled' && latest.code === 'ABCD2345' ? [amina] : [];
      // The first answer takes nothing (the batch comes again, and is told again); then all.
      if (++answers === 1) return { status: 200, body: { accepted: [], rejected: [], codeTaken } };
      return { status: 200, body: { ...(acceptAll(request) as { body: object }).body, codeTaken } };
    });
    const engine = engineFor(database, server.fetch, { batchSize: 1 });
    expect(await engine.sync()).toBe('unreachable');
    expect(await engine.sync()).toBe('synced');

    const learner = await database.get('learners', amina);
    expect(learner?.code).toMatch(/^[A-Z2-9]{8}$/);
    expect(learner?.code).not.toBe('ABCD2345');
    const codes = server.pushes().map((p) => {
      const [event] = batchOf(p);
      return event?.type === 'learner.profiled' ? event.code : null;
    });
    expect(codes).toEqual(['ABCD2345', 'ABCD2345', learner?.code]);
    expect(await database.count('outbox')).toBe(0);
  });
});
