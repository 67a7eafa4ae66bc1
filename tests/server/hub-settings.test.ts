import type { FastifyInstance } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Coordinator, createHub } from '../../src/server/accounts';
import { buildApp, MAX_WAITING } from '../../src/server/app';
import { migrateToLatest, migrator } from '../../src/server/db/migrations';
import { makeEnrolmentCode } from '../../src/server/enrolment';
import { everythingStored } from './stored-text';
import { newLearner, started, Tablet } from './tablet';
import { type TempDatabase, tempDatabase } from './temp-db';

// Run by both the server project (SQLite) and server-postgres (PostgreSQL).

const EMAIL = 'sam@example.org';
const PASSWORD = 'correct horse battery';
let clock: Date;

let temp: TempDatabase;
let app: FastifyInstance;
let coordinator: Coordinator;
let session: string;

beforeEach(async () => {
  clock = new Date('2026-03-04T10:00:00.000Z');
  temp = await tempDatabase();
  coordinator = await createHub(temp.db, { hubName: 'Library hub', email: EMAIL, password: PASSWORD });
  app = await buildApp({ db: temp.db, now: () => clock });
  session = await signIn(EMAIL, PASSWORD);
});
afterEach(async () => {
  await app.close();
  await temp.remove();
});

async function signIn(email: string, password: string): Promise<string> {
  const answer = await app.inject({ method: 'POST', url: '/api/session', payload: { email, password } });
  expect(answer.statusCode).toBe(201);
  return answer.json<{ token: string }>().token;
}
const as = (token: string) => ({ authorization: `Bearer ${token}` });

async function enrol(of: Coordinator = coordinator) {
  const tablet = new Tablet(`local-${uuidv7()}`);
  const { code } = await makeEnrolmentCode(temp.db, of);
  const answer = await app.inject({
    method: 'POST',
    url: '/api/enrol',
    payload: { code, localDeviceId: tablet.deviceId },
  });
  expect(answer.statusCode).toBe(201);
  return { tablet, answer: answer.json<{ deviceId: string; token: string; hub: unknown }>() };
}

const patchHub = (token: string, payload: unknown) =>
  app.inject({ method: 'PATCH', url: '/api/hub', headers: as(token), payload: payload as object });

function refusedWith(answer: { statusCode: number; json: () => unknown }, status: number, error: string): string {
  expect(answer.statusCode).toBe(status);
  const body = answer.json() as { error: unknown; message: unknown };
  expect(body).toEqual({ error, message: expect.any(String) });
  return body.message as string;
}

describe("a hub's settings", () => {
  it('sends only on Wi-fi until the coordinator turns it off, and a tablet enrolling or pulling is told', async () => {
    expect((await enrol()).answer.hub).toEqual({ name: 'Library hub', wifiOnly: true });
    const read = await app.inject({ method: 'GET', url: '/api/hub', headers: as(session) });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({ name: 'Library hub', wifiOnly: true });

    const changed = await patchHub(session, { wifiOnly: false });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({ name: 'Library hub', wifiOnly: false });
    expect((await app.inject({ method: 'GET', url: '/api/hub', headers: as(session) })).json()).toEqual({
      name: 'Library hub',
      wifiOnly: false,
    });
    const { answer: enrolled } = await enrol();
    expect(enrolled.hub).toEqual({ name: 'Library hub', wifiOnly: false });
    const pulled = await app.inject({
      method: 'POST',
      url: '/api/pull',
      headers: as(enrolled.token),
      payload: { learners: { [newLearner()]: 0 } },
    });
    expect(pulled.json()).toEqual({ events: [], more: false, hub: { name: 'Library hub', wifiOnly: false } });

    expect((await patchHub(session, { wifiOnly: true })).json()).toEqual({ name: 'Library hub', wifiOnly: true });
  });

  it("refuses bodies of the wrong form and anyone not signed in, and never touches another hub's", async () => {
    const other = await createHub(temp.db, { hubName: 'Other hub', email: 'o@example.org', password: PASSWORD });
    const otherSession = await signIn('o@example.org', PASSWORD);
    const tabletToken = (await enrol()).answer.token;
    const before = await everythingStored(temp.db);

    expect(refusedWith(await patchHub(session, { wifiOnly: 'no' }), 400, 'invalid-input')).toBe(
      'wifiOnly: must be true or false; got a string of 2 characters',
    );
    expect(refusedWith(await patchHub(session, {}), 400, 'invalid-input')).toBe('wifiOnly: is missing; send wifiOnly');
    expect(refusedWith(await patchHub(session, { wifiOnly: false, name: 'X' }), 400, 'invalid-input')).toBe(
      'body has a field it does not take; send only wifiOnly',
    );
    refusedWith(await patchHub(session, [false]), 400, 'invalid-input');
    refusedWith(
      await app.inject({ method: 'PATCH', url: '/api/hub', payload: { wifiOnly: false } }),
      401,
      'no-credentials',
    );
    refusedWith(await patchHub('A'.repeat(43), { wifiOnly: false }), 401, 'no-session');
    refusedWith(await app.inject({ method: 'GET', url: '/api/hub' }), 401, 'no-credentials');
    // A tablet's token is not a coordinator's session.
    refusedWith(await patchHub(tabletToken, { wifiOnly: false }), 401, 'no-session');
    expect(await everythingStored(temp.db)).toBe(before);

    expect((await patchHub(otherSession, { wifiOnly: false })).json()).toEqual({ name: 'Other hub', wifiOnly: false });
    expect((await app.inject({ method: 'GET', url: '/api/hub', headers: as(session) })).json()).toEqual({
      name: 'Library hub',
      wifiOnly: true,
    });
    expect((await enrol(other)).answer.hub).toEqual({ name: 'Other hub', wifiOnly: false });
  });
});

describe('a hub made before the setting existed', () => {
  it('sends only on Wi-fi, and its tablets have said nothing yet of their waiting work', async () => {
    const old = await tempDatabase({ migrated: false });
    try {
      const { error } = await migrator(old.db).migrateTo('0002-tries');
      expect(error).toBeUndefined();
      const at = '2026-01-01T00:00:00.000Z';
      await old.db.insertInto('hubs').values({ id: 'hub-1', name: 'Old hub', created_at: at }).execute();
      await old.db
        .insertInto('devices')
        .values({ id: 'device-1', hub_id: 'hub-1', name: 'Tablet 1', token_hash: 'x', enrolled_at: at })
        .execute();
      await migrateToLatest(old.db);
      expect(await old.db.selectFrom('hubs').select('wifi_only').execute()).toEqual([{ wifi_only: 1 }]);
      expect(await old.db.selectFrom('devices').select(['waiting', 'last_sync_at']).execute()).toEqual([
        { waiting: null, last_sync_at: null },
      ]);
    } finally {
      await old.remove();
    }
  });
});

describe("a tablet's waiting work and last sync, as its coordinator sees them", () => {
  const push = (token: string, batch: unknown[], waiting?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/push',
      headers: { authorization: `Bearer ${token}`, ...(waiting === undefined ? {} : { 'hubsteps-waiting': waiting }) },
      payload: batch,
    });
  const listed = async () =>
    (await app.inject({ method: 'GET', url: '/api/devices', headers: as(session) })).json<{
      devices: { lastSyncAt: string | null; waiting: number | null }[];
    }>().devices[0];

  it('keeps what the last push said was still to send, and when the tablet last synced', async () => {
    const { tablet, answer } = await enrol();
    expect(await listed()).toMatchObject({ lastSyncAt: null, waiting: null });
    const learner = newLearner();

    clock = new Date('2026-03-04T10:05:00.000Z');
    expect((await push(answer.token, [tablet.write(learner, started())], '12')).statusCode).toBe(200);
    expect(await listed()).toMatchObject({ lastSyncAt: '2026-03-04T10:05:00.000Z', waiting: 12 });

    // A push that does not say leaves the count as it was; an empty push is a sync too.
    clock = new Date('2026-03-04T10:06:00.000Z');
    expect((await push(answer.token, [])).statusCode).toBe(200);
    expect(await listed()).toMatchObject({ lastSyncAt: '2026-03-04T10:06:00.000Z', waiting: 12 });

    // A pull is a sync too; it says nothing of the waiting work.
    clock = new Date('2026-03-04T10:07:00.000Z');
    const pulled = await app.inject({
      method: 'POST',
      url: '/api/pull',
      headers: { authorization: `Bearer ${answer.token}` },
      payload: { learners: { [learner]: 0 } },
    });
    expect(pulled.statusCode).toBe(200);
    expect(pulled.json()).toMatchObject({ hub: { name: 'Library hub', wifiOnly: true } });
    expect(await listed()).toMatchObject({ lastSyncAt: '2026-03-04T10:07:00.000Z', waiting: 12 });

    expect((await push(answer.token, [tablet.write(learner, started())], '0')).statusCode).toBe(200);
    expect(await listed()).toMatchObject({ waiting: 0 });
    expect((await push(answer.token, [], String(MAX_WAITING))).statusCode).toBe(200);
    expect(await listed()).toMatchObject({ waiting: MAX_WAITING });
  });

  it('refuses a push whose Hubsteps-Waiting is not a count, writing nothing', async () => {
    const { tablet, answer } = await enrol();
    const batch = [tablet.write(newLearner(), started())];
    const before = await everythingStored(temp.db);
    for (const waiting of ['-1', '1.5', 'twelve', '', ' 3', '0x10', '1e3', String(MAX_WAITING + 1), '12, 13']) {
      const message = refusedWith(await push(answer.token, batch, waiting), 400, 'invalid-input');
      expect(message, waiting).toBe(
        `Hubsteps-Waiting: must be the number of events still to send after this batch, a whole number from 0 to ${MAX_WAITING}, or left out.`,
      );
    }
    expect(await everythingStored(temp.db)).toBe(before);
  });
});
