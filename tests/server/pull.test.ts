import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LearningEvent } from '../../src/core/events';
import type { Coordinator } from '../../src/server/accounts';
import { buildApp } from '../../src/server/app';
import { revokeDevice } from '../../src/server/enrolment';
import { MAX_PULL_EVENTS } from '../../src/server/pull';
import { MAX_BATCH_EVENTS } from '../../src/server/push';
import { MAX_PULL_LEARNERS } from '../../src/server/request-bodies';
import { deviceCall, type EnrolledTablet, enrolledTablet, hubOf, refusedWith } from './api';
import { everythingStored } from './stored-text';
import { completed, newLearner, profiled, started } from './tablet';
import { type TempDatabase, tempDatabase } from './temp-db';

let temp: TempDatabase;
let app: FastifyInstance;
let coordinator: Coordinator;
let logLines: string[];
/** The tablet learners start on, and another tablet of the same hub. */
let first: EnrolledTablet;
let second: EnrolledTablet;

beforeEach(async () => {
  temp = await tempDatabase();
  coordinator = await hubOf(temp.db, 'Library hub');
  logLines = [];
  app = await buildApp({
    db: temp.db,
    logger: { level: 'info', stream: { write: (line: string) => void logLines.push(line) } },
  });
  first = await enrolledTablet(temp.db, coordinator);
  second = await enrolledTablet(temp.db, coordinator);
});
afterEach(async () => {
  await app.close();
  await temp.remove();
});

interface Page {
  events: { arrival: number; event: LearningEvent }[];
  more: boolean;
  hub: { name: string; wifiOnly: boolean };
}

async function pushed(from: EnrolledTablet, events: LearningEvent[]) {
  const answer = await deviceCall(app, '/api/push', from.token, events);
  expect(answer.statusCode).toBe(200);
  expect(answer.json<{ accepted: string[] }>().accepted).toEqual(events.map((e) => e.id));
}

async function pulled(by: EnrolledTablet, learners: Record<string, number>): Promise<Page> {
  const answer = await deviceCall(app, '/api/pull', by.token, { learners });
  expect(answer.statusCode).toBe(200);
  expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
  return answer.json<Page>();
}

/** A PIN lock as a tablet keeps it: never the PIN, a slow derivation of it. */
const LOCK = {
  kind: 'pin',
  algo: 'pbkdf2-sha256',
  iterations: 210000,
  salt: '5a175a175a175a175a175a175a175a17',
  hash: 'd1ced1ced1ced1ced1ced1ced1ced1ced1ced1ced1ced1ced1ced1ced1ced1ce',
} as const;

/** The profile, its learner protected by the lock. */
const withLock = (event: LearningEvent): LearningEvent => ({ ...event, secret: LOCK }) as LearningEvent;

describe('POST /api/pull', () => {
  it("gives another tablet of the hub its learners' events after each cursor, in arrival order, with the hub", async () => {
    const [amina, yusuf, zainab] = [newLearner(), newLearner(), newLearner()];
    const { tablet } = first;
    const events = [
      withLock(tablet.write(amina, profiled('Amina', 'ABCD2345'))),
      tablet.write(yusuf, profiled('Yusuf', 'WXYZ6789')),
      tablet.write(amina, started()),
      tablet.write(zainab, profiled('Zainab', 'MNPQ2345')),
      tablet.write(yusuf, started()),
      tablet.write(amina, completed('hold-tablet')),
    ];
    await pushed(first, events.slice(0, 3));
    await pushed(first, events.slice(3));

    // Amina from the start, Yusuf after the profile it has; Zainab is not on that tablet.
    const page = await pulled(second, { [amina]: 0, [yusuf]: 2, [newLearner()]: 0 });
    expect(page).toEqual({
      events: [
        { arrival: 1, event: events[0] },
        { arrival: 3, event: events[2] },
        { arrival: 5, event: events[4] },
        { arrival: 6, event: events[5] },
      ],
      more: false,
      hub: { name: 'Library hub', wifiOnly: true },
    });
    // The lock travels to the hub's own tablets, so it protects the learner there too.
    expect(page.events[0]?.event).toMatchObject({ type: 'learner.profiled', secret: LOCK });

    // Pulled up to date, there is nothing more; the tablet that wrote them may pull them too.
    expect((await pulled(second, { [amina]: 6, [yusuf]: 5 })).events).toEqual([]);
    expect((await pulled(first, { [zainab]: 0 })).events).toEqual([{ arrival: 4, event: events[3] }]);
  });

  it(`answers at most ${MAX_PULL_EVENTS} events a page, and says there are more`, async () => {
    const learner = newLearner();
    const events = Array.from({ length: MAX_PULL_EVENTS + 3 }, (_, i) =>
      first.tablet.write(learner, i === 0 ? profiled() : started()),
    );
    await pushed(first, events.slice(0, MAX_BATCH_EVENTS));
    await pushed(first, events.slice(MAX_BATCH_EVENTS));

    const one = await pulled(second, { [learner]: 0 });
    expect(one.more).toBe(true);
    expect(one.events.map((e) => e.event.id)).toEqual(events.slice(0, MAX_PULL_EVENTS).map((e) => e.id));
    const cursor = one.events.at(-1)?.arrival ?? 0;
    expect(cursor).toBe(MAX_PULL_EVENTS);
    const two = await pulled(second, { [learner]: cursor });
    expect(two.more).toBe(false);
    expect(two.events.map((e) => [e.arrival, e.event.id])).toEqual(
      events.slice(MAX_PULL_EVENTS).map((e, i) => [MAX_PULL_EVENTS + 1 + i, e.id]),
    );
  });

  it("refuses a tablet that asks for another hub's learner, and sends none of its learners' events", async () => {
    const clinic = await hubOf(temp.db, 'Clinic hub');
    const theirs = await enrolledTablet(temp.db, clinic);
    const [ours, their] = [newLearner(), newLearner()];
    await pushed(first, [first.tablet.write(ours, profiled('Amina'))]);
    await pushed(theirs, [withLock(theirs.tablet.write(their, profiled('Maryam', 'WXYZ6789')))]);
    const before = await everythingStored(temp.db);

    const answer = await deviceCall(app, '/api/pull', first.token, { learners: { [ours]: 0, [their]: 0 } });
    expect(refusedWith(answer, 403, 'learner-of-another-hub')).toContain('belong to another hub');
    for (const secret of ['Maryam', 'Amina', LOCK.hash, LOCK.salt, 'WXYZ6789'])
      expect(answer.body).not.toContain(secret);
    expect(await everythingStored(temp.db)).toBe(before);
    // Each hub's tablets get their own learner.
    expect((await pulled(theirs, { [their]: 0 })).hub.name).toBe('Clinic hub');
    expect((await pulled(second, { [ours]: 0 })).events).toHaveLength(1);
  });

  it('refuses bad bodies with what to change, and unknown or revoked tablets, writing nothing', async () => {
    const learner = newLearner();
    await pushed(first, [first.tablet.write(learner, profiled())]);
    const revoked = await enrolledTablet(temp.db, coordinator);
    await revokeDevice(temp.db, coordinator, revoked.deviceId);
    const before = await everythingStored(temp.db);
    const pull = (payload: string | object, token: string | null = second.token) =>
      deviceCall(app, '/api/pull', token, payload);
    const cursorMessage = 'learners: must be an arrival number, a whole number of 0 or more';

    expect(refusedWith(await pull('{"learners": {'), 400, 'malformed-json')).toBe('The body is not valid JSON.');
    expect(refusedWith(await pull({ learners: { [learner]: -1 } }), 400, 'invalid-input')).toBe(
      `${cursorMessage}; got number -1`,
    );
    expect(refusedWith(await pull({ learners: { [learner]: 1.5 } }), 400, 'invalid-input')).toBe(
      `${cursorMessage}; got number 1.5`,
    );
    expect(refusedWith(await pull({ learners: { [learner]: '3' } }), 400, 'invalid-input')).toBe(
      `${cursorMessage}; got a string of 1 character`,
    );
    refusedWith(await pull({ learners: [learner] }), 400, 'invalid-input');
    expect(refusedWith(await pull({ learners: { 'Amina K': 0 } }), 400, 'invalid-input')).toMatch(
      /^learners: must be .*; one of its keys is not a learner id$/,
    );
    expect(refusedWith(await pull({ learners: {} }), 400, 'invalid-input')).toBe(
      `learners: must name 1 to ${MAX_PULL_LEARNERS} learners; got 0. Pull the others in another request.`,
    );
    const tooMany = Object.fromEntries(Array.from({ length: MAX_PULL_LEARNERS + 1 }, () => [newLearner(), 0]));
    expect(refusedWith(await pull({ learners: tooMany }), 400, 'invalid-input')).toMatch(/got 201\./);
    expect(refusedWith(await pull({}), 400, 'invalid-input')).toBe('learners: is missing; send learners');
    expect(refusedWith(await pull({ learners: { [learner]: 0 }, since: 0 }), 400, 'invalid-input')).toBe(
      'body has a field it does not take; send only learners',
    );

    refusedWith(await pull({ learners: { [learner]: 0 } }, null), 401, 'no-credentials');
    refusedWith(await pull({ learners: { [learner]: 0 } }, 'A'.repeat(43)), 401, 'unknown-device');
    refusedWith(await pull({ learners: { [learner]: 0 } }, revoked.token), 403, 'revoked-device');
    expect(await everythingStored(temp.db)).toBe(before);
  });

  it('keeps nicknames, codes and locks out of the log', async () => {
    const learner = newLearner();
    const profile = withLock(first.tablet.write(learner, profiled('Zainab', 'RSTU6789')));
    await pushed(first, [profile]);
    await pulled(second, { [learner]: 0 });
    await deviceCall(app, '/api/pull', second.token, `{"learners": {"${learner}": "Zainab"}}`);
    await deviceCall(app, '/api/restore', second.token, { code: 'rstu-6789' });
    await deviceCall(app, '/api/restore', second.token, { code: 'RSTU6788' });

    const log = logLines.join('');
    expect(logLines.length).toBeGreaterThan(5);
    for (const secret of ['Zainab', 'RSTU', 'rstu', '6789', '6788', LOCK.hash, LOCK.salt, first.token, second.token]) {
      expect(log).not.toContain(secret);
    }
  });
});
