import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coordinatorOf, createHub, SESSION_LIFETIME_MS, signIn, signOut } from '../../src/server/accounts';
import { refusal } from './refusal';
import { everythingStored } from './stored-text';
import { type TempDatabase, tempDatabase } from './temp-db';

let temp: TempDatabase;
beforeEach(async () => {
  temp = await tempDatabase();
});
afterEach(async () => {
  await temp.remove();
});

const PASSWORD = 'correct horse battery';
const at = (iso: string) => () => new Date(iso);

describe('a hub and its first coordinator', () => {
  it('are created together, and the coordinator signs in with their email in any case', async () => {
    const made = await createHub(temp.db, { hubName: 'Library hub', email: 'Sam@Example.org ', password: PASSWORD });
    const hubs = await temp.db.selectFrom('hubs').selectAll().execute();
    expect(hubs.map((h) => [h.id, h.name])).toEqual([[made.hubId, 'Library hub']]);

    const session = await signIn(temp.db, { email: 'sam@example.org', password: PASSWORD });
    expect(session).toMatchObject({ coordinatorId: made.coordinatorId, hubId: made.hubId });
    expect(await coordinatorOf(temp.db, session.token)).toEqual(made);
  });

  it('keeps the password only as salted scrypt: two coordinators with one password store different hashes', async () => {
    await createHub(temp.db, { hubName: 'A', email: 'a@example.org', password: PASSWORD });
    await createHub(temp.db, { hubName: 'B', email: 'b@example.org', password: PASSWORD });
    const rows = await temp.db.selectFrom('coordinators').select('password_hash').execute();
    expect(rows.every((r) => r.password_hash.startsWith('scrypt$'))).toBe(true);
    expect(rows[0]?.password_hash).not.toBe(rows[1]?.password_hash);
    expect(await everythingStored(temp.db)).not.toContain(PASSWORD);
  });

  it('refuses an email already used, a bad email, a short password or an empty hub name, writing nothing', async () => {
    await createHub(temp.db, { hubName: 'A', email: 'a@example.org', password: PASSWORD });
    const before = await everythingStored(temp.db);
    expect(
      await refusal(createHub(temp.db, { hubName: 'B', email: ' A@example.org', password: PASSWORD })),
    ).toMatchObject({ code: 'email-taken' });
    expect(await refusal(createHub(temp.db, { hubName: 'B', email: 'not an email', password: PASSWORD }))).toEqual({
      code: 'invalid-input',
      message: 'email: an email address such as name@example.org is needed.',
    });
    expect(
      await refusal(createHub(temp.db, { hubName: 'B', email: 'b@example.org', password: 'short' })),
    ).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/^password: /) });
    expect(
      await refusal(createHub(temp.db, { hubName: '  ', email: 'b@example.org', password: PASSWORD })),
    ).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/^hubName: /) });
    expect(await everythingStored(temp.db)).toBe(before);
  });
});

describe("a coordinator's session", () => {
  beforeEach(async () => {
    await createHub(temp.db, { hubName: 'Library hub', email: 'sam@example.org', password: PASSWORD });
  });

  it('refuses a wrong password and an unknown email with the same words, and makes no session', async () => {
    const wrongPassword = await refusal(signIn(temp.db, { email: 'sam@example.org', password: 'wrong password' }));
    const unknownEmail = await refusal(signIn(temp.db, { email: 'nobody@example.org', password: PASSWORD }));
    expect(wrongPassword).toEqual({ code: 'wrong-credentials', message: 'The email or the password is not right.' });
    expect(unknownEmail).toEqual(wrongPassword);
    expect(await temp.db.selectFrom('coordinator_sessions').selectAll().execute()).toEqual([]);
  });

  it('stores only the hash of a 32-byte token, and a second server process on the same database knows it', async () => {
    const session = await signIn(temp.db, { email: 'sam@example.org', password: PASSWORD });
    expect(Buffer.from(session.token, 'base64url')).toHaveLength(32);
    expect(await everythingStored(temp.db)).not.toContain(session.token);

    const other = temp.reopen();
    expect(await coordinatorOf(other, session.token)).toMatchObject({ hubId: session.hubId });
    // Signed out through the other process: this one no longer knows it either.
    await signOut(other, session.token);
    expect(await refusal(coordinatorOf(temp.db, session.token))).toMatchObject({ code: 'no-session' });
  });

  it('expires after its lifetime, and each sign-in is a session of its own', async () => {
    const start = '2026-03-04T09:00:00.000Z';
    const first = await signIn(temp.db, { email: 'sam@example.org', password: PASSWORD }, { now: at(start) });
    const second = await signIn(temp.db, { email: 'sam@example.org', password: PASSWORD }, { now: at(start) });
    expect(first.token).not.toBe(second.token);
    expect(first.expiresAt).toBe(new Date(Date.parse(start) + SESSION_LIFETIME_MS).toISOString());

    const justBefore = at(new Date(Date.parse(first.expiresAt) - 1).toISOString());
    expect(await coordinatorOf(temp.db, first.token, { now: justBefore })).toMatchObject({ hubId: first.hubId });
    expect(await refusal(coordinatorOf(temp.db, first.token, { now: at(first.expiresAt) }))).toEqual({
      code: 'no-session',
      message: 'Not signed in, or the session has expired: sign in again.',
    });
    await signOut(temp.db, first.token);
    expect(await coordinatorOf(temp.db, second.token, { now: justBefore })).toMatchObject({ hubId: first.hubId });
  });

  it('refuses a token it never gave, and signing out twice is harmless', async () => {
    expect(await refusal(coordinatorOf(temp.db, 'made-up-token'))).toMatchObject({ code: 'no-session' });
    const session = await signIn(temp.db, { email: 'sam@example.org', password: PASSWORD });
    await signOut(temp.db, session.token);
    await signOut(temp.db, session.token);
    expect(await temp.db.selectFrom('coordinator_sessions').selectAll().execute()).toEqual([]);
  });
});
