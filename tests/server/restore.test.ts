import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LearningEvent } from '../../src/core/events';
import type { Coordinator } from '../../src/server/accounts';
import { type AppOptions, buildApp } from '../../src/server/app';
import { revokeDevice } from '../../src/server/enrolment';
import { deviceCall, type EnrolledTablet, enrolledTablet, hubOf, refusedWith } from './api';
import { everythingStored } from './stored-text';
import { completed, newLearner, profiled, started } from './tablet';
import { type TempDatabase, tempDatabase } from './temp-db';

let temp: TempDatabase;
let app: FastifyInstance;
let coordinator: Coordinator;
let clock: Date;
/** The tablet a learner started on, and the one they sit at today. */
let first: EnrolledTablet;
let second: EnrolledTablet;

async function start(options: Partial<AppOptions> = {}) {
  await app?.close();
  app = await buildApp({ db: temp.db, now: () => clock, ...options });
}

beforeEach(async () => {
  temp = await tempDatabase();
  clock = new Date('2026-03-04T09:00:00.000Z');
  coordinator = await hubOf(temp.db, 'Library hub');
  await start();
  first = await enrolledTablet(temp.db, coordinator);
  second = await enrolledTablet(temp.db, coordinator);
});
afterEach(async () => {
  await app.close();
  await temp.remove();
});

async function pushed(from: EnrolledTablet, events: LearningEvent[]) {
  const answer = await deviceCall(app, '/api/push', from.token, events);
  expect(answer.statusCode).toBe(200);
  return answer.json<{ accepted: string[]; codeTaken: string[] }>();
}

const restore = (by: EnrolledTablet | string | null, code: unknown, on = app) =>
  deviceCall(on, '/api/restore', typeof by === 'object' && by !== null ? by.token : by, { code });

/** The tries at restoring, as [device, outcome], oldest first. */
async function tries() {
  const rows = await temp.db.selectFrom('restore_attempts').selectAll().orderBy('at').orderBy('id').execute();
  return rows.map((r) => [r.device_id, r.outcome]);
}

describe('POST /api/restore', () => {
  it("finds the hub's learner from their code as a person types it, and the tablet then pulls all of it", async () => {
    const learner = newLearner();
    const events = [
      first.tablet.write(learner, profiled('Amina', 'ABCD2345')),
      first.tablet.write(learner, started()),
      first.tablet.write(learner, completed('hold-tablet')),
    ];
    await pushed(first, events);

    for (const typed of ['ABCD2345', 'abcd-2345', ' AbCd 2345 ']) {
      const answer = await restore(second, typed);
      expect(answer.statusCode).toBe(200);
      expect(answer.json()).toEqual({ learnerId: learner });
    }
    expect(await tries()).toEqual(Array(3).fill([second.deviceId, 'restored']));

    const pulled = await deviceCall(app, '/api/pull', second.token, { learners: { [learner]: 0 } });
    expect(pulled.json<{ events: { event: LearningEvent }[] }>().events.map((e) => e.event)).toEqual(events);
  });

  it('goes by the latest profile to arrive: a changed code restores, the old one no longer does', async () => {
    const [amina, yusuf] = [newLearner(), newLearner()];
    await pushed(first, [first.tablet.write(amina, profiled('Amina', 'ABCD2345'))]);
    // A tablet with a slow clock sends her new code later: it arrived last, so it is hers.
    const changed = { ...second.tablet.write(amina, profiled('Amina', 'WXYZ6789')), at: '2020-01-01T00:00:00.000Z' };
    await pushed(second, [changed]);
    refusedWith(await restore(second, 'ABCD2345'), 404, 'unknown-code');
    expect((await restore(second, 'WXYZ6789')).json()).toEqual({ learnerId: amina });

    // A code another learner asked for too stays with the learner who had it first.
    expect((await pushed(first, [first.tablet.write(yusuf, profiled('Yusuf', 'WXYZ6789'))])).codeTaken).toEqual([
      yusuf,
    ]);
    expect((await restore(first, 'WXYZ6789')).json()).toEqual({ learnerId: amina });
    // Her old code is free again, and Yusuf may have it.
    await pushed(first, [first.tablet.write(yusuf, profiled('Yusuf', 'ABCD2345'))]);
    expect((await restore(second, 'ABCD2345')).json()).toEqual({ learnerId: yusuf });
  });

  it("does not know another hub's learners", async () => {
    const clinic = await hubOf(temp.db, 'Clinic hub');
    const theirs = await enrolledTablet(temp.db, clinic);
    await pushed(theirs, [theirs.tablet.write(newLearner(), profiled('Maryam', 'MNPQ2345'))]);
    expect(refusedWith(await restore(second, 'MNPQ2345'), 404, 'unknown-code')).toBe(
      'code: no learner of this hub has this code; check it and try again.',
    );
  });

  it('refuses a tablet its eleventh try in a quarter of an hour, even with the right code, on every server process', async () => {
    await pushed(first, [first.tablet.write(newLearner(), profiled('Amina', 'ABCD2345'))]);
    const other = await buildApp({ db: temp.reopen(), now: () => clock });
    const guesses = ['ABCD2346', 'ABCD2347', 'ABCD2348', 'ABCD2349', 'ABCD2352'];
    for (const guess of guesses) refusedWith(await restore(second, guess), 404, 'unknown-code');
    clock = new Date('2026-03-04T09:05:00.000Z');
    for (const guess of guesses) refusedWith(await restore(second, guess, other), 404, 'unknown-code');
    const before = await everythingStored(temp.db);

    const refused = await restore(second, 'ABCD2345');
    // Room again once the first try is a quarter of an hour old: 10 minutes from now.
    expect(refusedWith(refused, 429, 'too-many-tries')).toBe('Too many tries; try again in 600 seconds.');
    expect(refused.headers['retry-after']).toBe('600');
    refusedWith(await restore(second, 'ABCD2345', other), 429, 'too-many-tries');
    // Refused tries are not counted: the wait does not grow.
    expect(await everythingStored(temp.db)).toBe(before);
    // Another tablet of the hub has tries of its own.
    expect((await restore(first, 'ABCD2345')).statusCode).toBe(200);

    // The first five tries are a quarter of an hour old: five more, and the sixth waits for the others.
    clock = new Date('2026-03-04T09:15:00.000Z');
    for (let i = 0; i < 5; i++) expect((await restore(second, 'ABCD2345')).statusCode).toBe(200);
    expect(refusedWith(await restore(second, 'ABCD2345'), 429, 'too-many-tries')).toBe(
      'Too many tries; try again in 300 seconds.',
    );
    expect(await tries()).toEqual([
      ...Array(10).fill([second.deviceId, 'unknown-code']),
      [first.deviceId, 'restored'],
      ...Array(5).fill([second.deviceId, 'restored']),
    ]);
    await other.close();
  });

  it("refuses every tablet of a hub once the hub's tablets together made 30 tries, and no other hub's", async () => {
    const [third, fourth] = [await enrolledTablet(temp.db, coordinator), await enrolledTablet(temp.db, coordinator)];
    for (const tablet of [first, second, third]) {
      for (let i = 0; i < 10; i++) refusedWith(await restore(tablet, 'ABCD2345'), 404, 'unknown-code');
    }
    const refused = await restore(fourth, 'ABCD2345');
    expect(refusedWith(refused, 429, 'too-many-tries')).toBe('Too many tries; try again in 900 seconds.');
    expect(refused.headers['retry-after']).toBe('900');

    const clinic = await enrolledTablet(temp.db, await hubOf(temp.db, 'Clinic hub'));
    refusedWith(await restore(clinic, 'ABCD2345'), 404, 'unknown-code');
  });

  it('refuses bad bodies, and unknown or revoked tablets, writing nothing, and counts no try', async () => {
    await pushed(first, [first.tablet.write(newLearner(), profiled('Amina', 'ABCD2345'))]);
    const before = await everythingStored(temp.db);
    const raw = (payload: string) => deviceCall(app, '/api/restore', second.token, payload);

    expect(refusedWith(await raw('{"code": "ABCD'), 400, 'malformed-json')).toBe('The body is not valid JSON.');
    expect(refusedWith(await restore(second, 12345678), 400, 'invalid-input')).toBe(
      "code: must be the learner's code as text; got number 12345678",
    );
    expect(refusedWith(await restore(second, 'ABCD234'), 400, 'invalid-input')).toBe(
      'code: a learner code is 8 letters and digits from ABCDEFGHJKMNPQRSTUVWXYZ23456789 (spaces and dashes are fine).',
    );
    // O and 1 are never in a code: a code with them was mistyped, not guessed.
    refusedWith(await restore(second, 'ABCD2O1L'), 400, 'invalid-input');
    refusedWith(await restore(second, 'A'.repeat(33)), 400, 'invalid-input');
    expect(refusedWith(await raw('{}'), 400, 'invalid-input')).toBe('code: is missing; send code');
    expect(refusedWith(await raw('["ABCD2345"]'), 400, 'invalid-input')).toBe(
      'body: must be a JSON object with code; got a list of 1',
    );
    refusedWith(await raw('{"code": "ABCD2345", "learnerId": "x"}'), 400, 'invalid-input');

    refusedWith(await restore(null, 'ABCD2345'), 401, 'no-credentials');
    refusedWith(await restore('A'.repeat(43), 'ABCD2345'), 401, 'unknown-device');
    expect(await everythingStored(temp.db)).toBe(before);

    await revokeDevice(temp.db, coordinator, second.deviceId);
    const revoked = await everythingStored(temp.db);
    refusedWith(await restore(second, 'ABCD2345'), 403, 'revoked-device');
    expect(await everythingStored(temp.db)).toBe(revoked);
    expect(await tries()).toEqual([]);
  });
});
