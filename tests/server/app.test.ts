import type { FastifyInstance } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Coordinator, createHub } from '../../src/server/accounts';
import { type AppOptions, BODY_LIMIT_BYTES, buildApp } from '../../src/server/app';
import { makeEnrolmentCode, revokeDevice } from '../../src/server/enrolment';
import { MAX_BATCH_EVENTS } from '../../src/server/push';
import { everythingStored } from './stored-text';
import { completed, newLearner, profiled, started, Tablet } from './tablet';
import { type TempDatabase, tempDatabase } from './temp-db';

const EMAIL = 'sam@example.org';
const PASSWORD = 'correct horse battery';

let temp: TempDatabase;
let app: FastifyInstance;
let coordinator: Coordinator;
let logLines: string[];

async function start(options: Partial<AppOptions> = {}) {
  await app?.close();
  logLines = [];
  app = await buildApp({
    db: temp.db,
    logger: { level: 'info', stream: { write: (line: string) => void logLines.push(line) } },
    ...options,
  });
}

beforeEach(async () => {
  temp = await tempDatabase();
  coordinator = await createHub(temp.db, { hubName: 'Library hub', email: EMAIL, password: PASSWORD });
  await start();
});
afterEach(async () => {
  await app.close();
  await temp.remove();
});

/** A tablet written under its local id, enrolled through the API. */
async function enrolledTablet() {
  const tablet = new Tablet(`local-${uuidv7()}`);
  const { code } = await makeEnrolmentCode(temp.db, coordinator);
  const answer = await app.inject({
    method: 'POST',
    url: '/api/enrol',
    headers: { 'content-type': 'application/json' },
    payload: { code, localDeviceId: tablet.deviceId },
  });
  expect(answer.statusCode).toBe(201);
  const { deviceId, token } = answer.json<{ deviceId: string; token: string }>();
  return { tablet, deviceId, token, code };
}

function pushAs(token: string, payload: string | object, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url: '/api/push',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    payload,
  });
}

/** An answer that refused the request: its status, and the body every refusal has. */
function refusedWith(answer: { statusCode: number; json: () => unknown }, status: number, error: string) {
  expect(answer.statusCode).toBe(status);
  const body = answer.json() as { error: unknown; message: unknown };
  expect(body).toEqual({ error, message: expect.any(String) });
  return body.message as string;
}

describe('POST /api/enrol', () => {
  it('enrols a tablet with a code and answers its device id and token, which then pushes', async () => {
    const { tablet, deviceId, token } = await enrolledTablet();
    expect(deviceId).toMatch(/^device-/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const event = tablet.write(newLearner(), started());
    const answer = await pushAs(token, [event]);
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({ accepted: [event.id], rejected: [], codeTaken: [] });
  });

  it('refuses a used, an expired and an unknown code, and bodies of the wrong form, writing nothing', async () => {
    // More tries than the limit of one address allows by default.
    await start({ tryLimit: { max: 100, windowMs: 60_000 } });
    const used = await enrolledTablet();
    const expiring = await makeEnrolmentCode(temp.db, coordinator, {
      now: () => new Date(Date.now() - 2 * 60 * 60 * 1000),
      lifetimeMs: 60 * 60 * 1000,
    });
    const before = await everythingStored(temp.db, { butTries: true });
    const enrol = (payload: string | object, contentType = 'application/json') =>
      app.inject({ method: 'POST', url: '/api/enrol', headers: { 'content-type': contentType }, payload });
    const local = `local-${uuidv7()}`;

    refusedWith(await enrol({ code: used.code, localDeviceId: local }), 409, 'used-code');
    refusedWith(await enrol({ code: expiring.code, localDeviceId: local }), 410, 'expired-code');
    refusedWith(await enrol({ code: 'ABCD2345', localDeviceId: local }), 404, 'unknown-code');
    expect(refusedWith(await enrol('{"code": "ABCD'), 400, 'malformed-json')).toBe('The body is not valid JSON.');
    expect(refusedWith(await enrol({ code: 12345678, localDeviceId: local }), 400, 'invalid-input')).toBe(
      'code: must be the enrolment code as text; got number 12345678',
    );
    expect(refusedWith(await enrol({ code: used.code }), 400, 'invalid-input')).toBe(
      'localDeviceId: is missing; send code and localDeviceId',
    );
    expect(refusedWith(await enrol({ code: 'ABCD2345', localDeviceId: local, extra: 1 }), 400, 'invalid-input')).toBe(
      'body has a field it does not take; send only code and localDeviceId',
    );
    expect(refusedWith(await enrol([]), 400, 'invalid-input')).toBe(
      'body: must be a JSON object with code and localDeviceId; got a list of 0',
    );
    refusedWith(await enrol({ code: 'ABCD2345', localDeviceId: 'local-1' }), 400, 'invalid-input');
    refusedWith(await enrol('code=ABCD2345', 'application/x-www-form-urlencoded'), 415, 'unsupported-media-type');
    expect(await everythingStored(temp.db, { butTries: true })).toBe(before);
  });

  it('limits the tries from one address, counted in the database, so another server process refuses too', async () => {
    let clock = new Date('2026-03-04T09:00:00.000Z');
    const limit = { tryLimit: { max: 2, windowMs: 15 * 60 * 1000 }, now: () => clock };
    await start(limit);
    const other = await buildApp({ db: temp.reopen(), ...limit });
    const enrol = (on: FastifyInstance, remoteAddress = '192.0.2.1') =>
      on.inject({
        method: 'POST',
        url: '/api/enrol',
        remoteAddress,
        payload: { code: 'ABCD2345', localDeviceId: `local-${uuidv7()}` },
      });
    refusedWith(await enrol(app), 404, 'unknown-code');
    refusedWith(await enrol(other), 404, 'unknown-code');
    const refused = await enrol(app);
    expect(refusedWith(refused, 429, 'too-many-tries')).toBe('Too many tries; try again in 900 seconds.');
    expect(refused.headers['retry-after']).toBe('900');
    refusedWith(await enrol(other), 429, 'too-many-tries');
    // Another address has tries of its own; and once the window is over, so does this one.
    refusedWith(await enrol(other, '192.0.2.2'), 404, 'unknown-code');
    clock = new Date('2026-03-04T09:15:00.000Z');
    refusedWith(await enrol(app), 404, 'unknown-code');
    await other.close();
  });
});

describe('behind a load balancer', () => {
  it('counts tries by the address the proxy saw, not one the client wrote in X-Forwarded-For', async () => {
    await start({ trustProxy: 1, tryLimit: { max: 1, windowMs: 60_000 } });
    const enrol = (forwardedFor: string) =>
      app.inject({
        method: 'POST',
        url: '/api/enrol',
        remoteAddress: '10.0.0.2',
        headers: { 'x-forwarded-for': forwardedFor },
        payload: { code: 'ABCD2345', localDeviceId: `local-${uuidv7()}` },
      });
    refusedWith(await enrol('198.51.100.1, 192.0.2.50'), 404, 'unknown-code');
    // The same client, whatever it puts in front: refused.
    refusedWith(await enrol('198.51.100.2, 192.0.2.50'), 429, 'too-many-tries');
    // Another client behind the same proxy has tries of its own.
    refusedWith(await enrol('198.51.100.1, 192.0.2.51'), 404, 'unknown-code');
  });
});

describe('POST /api/push', () => {
  it('answers what was accepted and what was refused, once it is stored', async () => {
    const { tablet, token } = await enrolledTablet();
    const learner = newLearner();
    const good = [tablet.write(learner, profiled()), tablet.write(learner, completed('hold-tablet'))];
    const bad = { ...tablet.write(learner, started()), type: 'lesson.teleported' };
    const answer = await pushAs(token, [...good, bad]);

    expect(answer.statusCode).toBe(200);
    const result = answer.json<{ accepted: string[]; rejected: { index: number; id: string }[] }>();
    expect(result.accepted).toEqual(good.map((e) => e.id));
    expect(result.rejected).toEqual([{ index: 2, id: bad.id, reasons: [expect.any(String)] }]);
    const stored = await temp.db.selectFrom('events').select('id').orderBy('arrival').execute();
    expect(stored.map((r) => r.id)).toEqual(good.map((e) => e.id));
    expect(await temp.db.selectFrom('quarantine').select('event_id').execute()).toEqual([{ event_id: bad.id }]);
  });

  it('refuses a push without a token, with an unknown one, or from a revoked tablet, writing nothing', async () => {
    const { tablet, deviceId, token } = await enrolledTablet();
    const batch = [tablet.write(newLearner(), started())];
    const before = await everythingStored(temp.db);

    const bare = await app.inject({ method: 'POST', url: '/api/push', payload: batch });
    expect(refusedWith(bare, 401, 'no-credentials')).toBe('Send the token as an Authorization: Bearer <token> header.');
    expect(bare.headers['www-authenticate']).toBe('Bearer');
    refusedWith(await pushAs('A'.repeat(43), batch), 401, 'unknown-device');
    refusedWith(await pushAs('not-a-token', batch), 401, 'unknown-device');
    expect(await everythingStored(temp.db)).toBe(before);

    await revokeDevice(temp.db, coordinator, deviceId);
    const revoked = await everythingStored(temp.db);
    refusedWith(await pushAs(token, batch), 403, 'revoked-device');
    expect(await everythingStored(temp.db)).toBe(revoked);
  });

  it("answers which learners' codes another learner of the hub holds, and refuses another hub's learners", async () => {
    const [one, two] = [await enrolledTablet(), await enrolledTablet()];
    const [amina, yusuf] = [newLearner(), newLearner()];
    const first = one.tablet.write(amina, profiled('Amina', 'ABCD2345'));
    expect((await pushAs(one.token, [first])).json()).toEqual({ accepted: [first.id], rejected: [], codeTaken: [] });
    const clash = two.tablet.write(yusuf, profiled('Yusuf', 'ABCD2345'));
    expect((await pushAs(two.token, [clash])).json()).toEqual({
      accepted: [clash.id],
      rejected: [],
      codeTaken: [yusuf],
    });

    // A tablet of another hub sends an event of Amina's: kept aside, not acknowledged.
    const clinic = await createHub(temp.db, { hubName: 'Clinic hub', email: 'c@example.org', password: PASSWORD });
    const { code } = await makeEnrolmentCode(temp.db, clinic);
    const local = new Tablet(`local-${uuidv7()}`);
    const enrolled = await app.inject({
      method: 'POST',
      url: '/api/enrol',
      payload: { code, localDeviceId: local.deviceId },
    });
    const theirs = local.write(amina, started());
    const answer = await pushAs(enrolled.json<{ token: string }>().token, [theirs]);
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({
      accepted: [],
      rejected: [
        {
          index: 0,
          id: theirs.id,
          reasons: ['learnerId: this learner belongs to another hub; a tablet syncs only the learners of its own hub'],
        },
      ],
      codeTaken: [],
    });
    expect(await temp.db.selectFrom('events').select('id').orderBy('arrival').execute()).toEqual([
      { id: first.id },
      { id: clash.id },
    ]);
  });

  it('refuses malformed JSON, a body that is not a list, too many events and too many bytes, writing nothing', async () => {
    const { tablet, token } = await enrolledTablet();
    const learner = newLearner();
    const before = await everythingStored(temp.db);

    refusedWith(await pushAs(token, '[{"id": '), 400, 'malformed-json');
    refusedWith(await pushAs(token, ''), 400, 'malformed-json');
    expect(refusedWith(await pushAs(token, { events: [] }), 400, 'not-a-batch')).toBe(
      'A push must be a JSON array of events.',
    );
    const tooMany = Array.from({ length: MAX_BATCH_EVENTS + 1 }, () => tablet.write(learner, started()));
    expect(refusedWith(await pushAs(token, tooMany), 413, 'batch-too-large')).toMatch(
      /at most 500 events; this one has 501/,
    );
    const tooBig = JSON.stringify([{ ...tablet.write(learner, started()), padding: 'x'.repeat(BODY_LIMIT_BYTES) }]);
    refusedWith(await pushAs(token, tooBig), 413, 'body-too-large');
    refusedWith(await pushAs(token, '[]', { 'content-type': 'text/plain' }), 415, 'unsupported-media-type');
    expect(await everythingStored(temp.db)).toBe(before);
  });
});

describe('a coordinator signing in and out', () => {
  const signInWith = (payload: object | string) =>
    app.inject({ method: 'POST', url: '/api/session', headers: { 'content-type': 'application/json' }, payload });
  const signOutWith = (token?: string) =>
    app.inject({ method: 'DELETE', url: '/api/session', headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('signs in, and signs out once', async () => {
    const answer = await signInWith({ email: EMAIL, password: PASSWORD });
    expect(answer.statusCode).toBe(201);
    const { token, expiresAt } = answer.json<{ token: string; expiresAt: string }>();
    expect(Date.parse(expiresAt)).toBeGreaterThan(Date.now());
    expect(await temp.db.selectFrom('coordinator_sessions').select('coordinator_id').execute()).toEqual([
      { coordinator_id: coordinator.coordinatorId },
    ]);

    expect((await signOutWith(token)).statusCode).toBe(204);
    expect(await temp.db.selectFrom('coordinator_sessions').selectAll().execute()).toEqual([]);
    refusedWith(await signOutWith(token), 401, 'no-session');
    refusedWith(await signOutWith(), 401, 'no-credentials');
  });

  it('refuses a wrong password, and bodies of the wrong form, making no session', async () => {
    expect(refusedWith(await signInWith({ email: EMAIL, password: 'wrong password' }), 401, 'wrong-credentials')).toBe(
      'The email or the password is not right.',
    );
    expect(refusedWith(await signInWith({ email: EMAIL, password: 12 }), 400, 'invalid-input')).toBe(
      'password: must be the password as text; got number 12',
    );
    refusedWith(await signInWith('{"email":'), 400, 'malformed-json');
    refusedWith(await signInWith({ email: EMAIL, password: 'x'.repeat(1001) }), 400, 'invalid-input');
    expect(await temp.db.selectFrom('coordinator_sessions').selectAll().execute()).toEqual([]);
  });

  it('limits the tries from one address, and at one email from any address', async () => {
    await start({ tryLimit: { max: 2, windowMs: 60_000 } });
    const from = (remoteAddress: string, password: string) =>
      app.inject({ method: 'POST', url: '/api/session', remoteAddress, payload: { email: EMAIL, password } });
    refusedWith(await from('192.0.2.1', 'wrong password'), 401, 'wrong-credentials');
    refusedWith(await from('192.0.2.1', 'wrong password'), 401, 'wrong-credentials');
    refusedWith(await from('192.0.2.1', PASSWORD), 429, 'too-many-tries');
    // A new address, the same coordinator: their email has had its tries.
    refusedWith(await from('192.0.2.2', PASSWORD), 429, 'too-many-tries');
    expect(await temp.db.selectFrom('coordinator_sessions').selectAll().execute()).toEqual([]);
    // The database keeps a hash of the email, not the email.
    expect(JSON.stringify(await temp.db.selectFrom('tries').select('key').execute())).not.toContain(EMAIL);
  });
});

describe("a coordinator's tablets", () => {
  /** Signs in through the API; the answer's token. */
  async function signedIn(email = EMAIL, password = PASSWORD): Promise<string> {
    const answer = await app.inject({ method: 'POST', url: '/api/session', payload: { email, password } });
    expect(answer.statusCode).toBe(201);
    return answer.json<{ token: string }>().token;
  }
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  it('makes an enrolment code a tablet enrols with, lists the tablet with its gaps, and revokes it', async () => {
    const session = await signedIn();
    const made = await app.inject({ method: 'POST', url: '/api/enrolment-codes', headers: as(session) });
    expect(made.statusCode).toBe(201);
    const { code, expiresAt } = made.json<{ code: string; expiresAt: string }>();
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(24 * 60 * 60 * 1000);

    const tablet = new Tablet(`local-${uuidv7()}`);
    const enrolled = await app.inject({
      method: 'POST',
      url: '/api/enrol',
      payload: { code, localDeviceId: tablet.deviceId },
    });
    const { deviceId, token } = enrolled.json<{ deviceId: string; token: string }>();
    const learner = newLearner();
    tablet.write(learner, started()); // seq 1 never arrives
    await pushAs(token, [tablet.write(learner, started())]);

    const listed = await app.inject({ method: 'GET', url: '/api/devices', headers: as(session) });
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toEqual({
      devices: [
        {
          deviceId,
          name: 'Tablet 1',
          enrolledAt: expect.any(String),
          revokedAt: null,
          lastPushAt: expect.any(String),
          lastSyncAt: expect.any(String),
          waiting: null,
          lastSeq: 2,
          gaps: [{ from: 1, to: 1, kind: 'unexplained' }],
        },
      ],
    });

    const revoked = await app.inject({ method: 'POST', url: `/api/devices/${deviceId}/revoke`, headers: as(session) });
    expect(revoked.statusCode).toBe(204);
    refusedWith(await pushAs(token, [tablet.write(learner, started())]), 403, 'revoked-device');
    const after = await app.inject({ method: 'GET', url: '/api/devices', headers: as(session) });
    expect(after.json<{ devices: { revokedAt: string | null }[] }>().devices[0]?.revokedAt).toEqual(expect.any(String));
  });

  it("refuses without a session, and never shows or revokes another hub's tablet", async () => {
    const { deviceId, token } = await enrolledTablet();
    await createHub(temp.db, { hubName: 'Other hub', email: 'o@example.org', password: 'another password' });
    const other = await signedIn('o@example.org', 'another password');

    refusedWith(await app.inject({ method: 'POST', url: '/api/enrolment-codes' }), 401, 'no-credentials');
    refusedWith(
      await app.inject({ method: 'GET', url: '/api/devices', headers: as('A'.repeat(43)) }),
      401,
      'no-session',
    );
    const before = await everythingStored(temp.db);
    refusedWith(
      await app.inject({ method: 'POST', url: `/api/devices/${deviceId}/revoke`, headers: as(other) }),
      404,
      'no-such-device',
    );
    expect(await everythingStored(temp.db)).toBe(before);
    const listed = await app.inject({ method: 'GET', url: '/api/devices', headers: as(other) });
    expect(listed.json()).toEqual({ devices: [] });
    expect((await pushAs(token, [])).statusCode).toBe(200);
  });
});

describe('every answer', () => {
  it('is refused once one address sends more requests than a process takes', async () => {
    await start({ requestLimit: { max: 2, windowMs: 60_000 } });
    refusedWith(await app.inject({ method: 'POST', url: '/api/push', payload: [] }), 401, 'no-credentials');
    refusedWith(await app.inject({ method: 'POST', url: '/api/push', payload: [] }), 401, 'no-credentials');
    const flooded = await app.inject({ method: 'POST', url: '/api/push', payload: [] });
    expect(refusedWith(flooded, 429, 'too-many-requests')).toMatch(
      /^Too many requests from this address; try again in /,
    );
  });

  it('carries the security headers, and an unknown route is a JSON 404', async () => {
    const answer = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(refusedWith(answer, 404, 'not-found')).toBe('There is no GET /api/nothing-here here.');
    expect(answer.headers['content-security-policy']).toContain("default-src 'none'");
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['strict-transport-security']).toBeDefined();
    expect(answer.headers['x-powered-by']).toBeUndefined();
  });

  it('is a 500 that names no details when the database fails, and the log keeps the failure', async () => {
    const { tablet, token } = await enrolledTablet();
    // The device is found first; then its push fails inside the transaction.
    await temp.db.schema.dropTable('seq_gaps').execute();
    const answer = await pushAs(token, [tablet.write(newLearner(), started())]);
    expect(answer.statusCode).toBe(500);
    expect(answer.json()).toEqual({
      error: 'server-error',
      message: 'The server could not do this; nothing was acknowledged. Try again later.',
    });
    expect(logLines.some((line) => line.includes('request failed'))).toBe(true);
    expect(await temp.db.selectFrom('events').selectAll().execute()).toEqual([]);
  });

  it("leaves out of the log, at every level, a pushed profile's nickname, learner code and lock", async () => {
    await start({ logger: { level: 'trace', stream: { write: (line: string) => void logLines.push(line) } } });
    const { tablet, token } = await enrolledTablet();
    const lock = {
      kind: 'pin',
      algo: 'pbkdf2-sha256',
      iterations: 600_000,
      salt: 'c0ffee00'.repeat(4),
      hash: '5eed1e55'.repeat(8),
    } as const;
    const profile = { ...profiled('Zainab'), secret: lock, code: 'QRST6789' };
    const learner = newLearner();
    expect((await pushAs(token, [tablet.write(learner, profile)])).json()).toMatchObject({ rejected: [] });
    // Refused (quarantined), then failing inside the database: still nothing of it in the log.
    const refused = await pushAs(token, [{ ...tablet.write(learner, profile), textSize: 'huge' }]);
    expect(refused.json()).toMatchObject({ rejected: [{ index: 0 }] });
    const failing = await temp.failInserts('events', 'the disk is full');
    expect((await pushAs(token, [tablet.write(learner, profile)], { 'hubsteps-waiting': '3' })).statusCode).toBe(500);
    await failing.undo();

    const log = logLines.join('');
    expect(log).toContain('request failed');
    for (const secret of ['Zainab', 'QRST6789', lock.hash, lock.salt, token]) expect(log).not.toContain(secret);
  });

  it('leaves out of the log every token, code, password and nickname', async () => {
    const { tablet, token, code } = await enrolledTablet();
    await pushAs(token, [tablet.write(newLearner(), profiled('Zainab'))]);
    await pushAs(token, [{ ...tablet.write(newLearner(), profiled('Yusuf')), type: 'learner.renamed' }]);
    await pushAs(token, '[{"nickname": "Maryam"');
    const session = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: EMAIL, password: PASSWORD },
    });
    await app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { authorization: `Bearer ${session.json<{ token: string }>().token}` },
    });

    const log = logLines.join('');
    expect(logLines.length).toBeGreaterThan(5);
    for (const secret of [
      token,
      code,
      PASSWORD,
      session.json<{ token: string }>().token,
      'Zainab',
      'Yusuf',
      'Maryam',
    ]) {
      expect(log).not.toContain(secret);
    }
  });
});
