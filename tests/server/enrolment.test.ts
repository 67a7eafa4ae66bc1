import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Coordinator, createHub } from '../../src/server/accounts';
import {
  deviceOf,
  ENROLMENT_CODE_LIFETIME_MS,
  makeEnrolmentCode,
  redeemEnrolmentCode,
  revokeDevice,
} from '../../src/server/enrolment';
import { push } from '../../src/server/push';
import { refusal } from './refusal';
import { everythingStored } from './stored-text';
import { newLearner, profiled, started, Tablet } from './tablet';
import { type TempDatabase, tempDatabase } from './temp-db';

let temp: TempDatabase;
let coordinator: Coordinator;
beforeEach(async () => {
  temp = await tempDatabase();
  coordinator = await createHub(temp.db, {
    hubName: 'Library hub',
    email: 'sam@example.org',
    password: 'correct horse battery',
  });
});
afterEach(async () => {
  await temp.remove();
});

const at = (iso: string) => () => new Date(iso);
const localId = () => `local-${uuidv7()}`;

describe('enrolling a tablet with a code', () => {
  it('gives a short code from letters and digits that are not mistaken for each other, for at most a day', async () => {
    const made = await makeEnrolmentCode(temp.db, coordinator, { now: at('2026-03-04T09:00:00.000Z') });
    expect(made.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{8}$/);
    expect(made.expiresAt).toBe('2026-03-05T09:00:00.000Z');
    await expect(
      makeEnrolmentCode(temp.db, coordinator, { lifetimeMs: ENROLMENT_CODE_LIFETIME_MS + 1 }),
    ).rejects.toThrow(RangeError);
  });

  it('enrols the tablet once, as typed with spaces and small letters, and its local id becomes an alias', async () => {
    const { code } = await makeEnrolmentCode(temp.db, coordinator);
    const local = localId();
    const typed = `${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`;
    const enrolled = await redeemEnrolmentCode(temp.db, { code: typed, localDeviceId: local });

    expect(enrolled.deviceId).toMatch(/^device-/);
    expect(enrolled.hubId).toBe(coordinator.hubId);
    expect(await deviceOf(temp.db, enrolled.token)).toEqual({ deviceId: enrolled.deviceId, hubId: coordinator.hubId });
    expect(await temp.db.selectFrom('device_aliases').select(['alias', 'device_id']).execute()).toEqual([
      { alias: local, device_id: enrolled.deviceId },
    ]);
    const devices = await temp.db.selectFrom('devices').select(['name', 'revoked_at']).execute();
    expect(devices).toEqual([{ name: 'Tablet 1', revoked_at: null }]);
  });

  it('lets events written before enrolment sync under the local id, with their own seqs', async () => {
    const tablet = new Tablet(localId());
    const before = tablet.write(newLearner(), profiled());
    const { code } = await makeEnrolmentCode(temp.db, coordinator);
    const enrolled = await redeemEnrolmentCode(temp.db, { code, localDeviceId: tablet.deviceId });
    const { deviceId } = await deviceOf(temp.db, enrolled.token);
    expect(await push(temp.db, deviceId, [before])).toEqual({ accepted: [before.id], rejected: [], codeTaken: [] });
  });

  it('stores no code or token as it was given', async () => {
    const { code } = await makeEnrolmentCode(temp.db, coordinator);
    const enrolled = await redeemEnrolmentCode(temp.db, { code, localDeviceId: localId() });
    const stored = await everythingStored(temp.db);
    expect(stored).not.toContain(code);
    expect(stored).not.toContain(enrolled.token);
  });

  it('refuses a code used already, and the second tablet gets nothing', async () => {
    const { code } = await makeEnrolmentCode(temp.db, coordinator);
    await redeemEnrolmentCode(temp.db, { code, localDeviceId: localId() });
    const before = await everythingStored(temp.db);
    expect(await refusal(redeemEnrolmentCode(temp.db, { code, localDeviceId: localId() }))).toEqual({
      code: 'used-code',
      message: 'code: this enrolment code was already used; ask the coordinator for a new one.',
    });
    expect(await everythingStored(temp.db)).toBe(before);
  });

  it('refuses a code that has expired, and one that was never made, writing nothing', async () => {
    const { code, expiresAt } = await makeEnrolmentCode(temp.db, coordinator, {
      now: at('2026-03-04T09:00:00.000Z'),
      lifetimeMs: 60 * 60 * 1000,
    });
    const before = await everythingStored(temp.db);
    expect(
      await refusal(redeemEnrolmentCode(temp.db, { code, localDeviceId: localId() }, { now: at(expiresAt) })),
    ).toEqual({
      code: 'expired-code',
      message: 'code: this enrolment code has expired; ask the coordinator for a new one.',
    });
    const unknown = code === 'ABCDEFGH' ? 'HGFEDCBA' : 'ABCDEFGH';
    expect(await refusal(redeemEnrolmentCode(temp.db, { code: unknown, localDeviceId: localId() }))).toMatchObject({
      code: 'unknown-code',
    });
    expect(await everythingStored(temp.db)).toBe(before);
    // Still good a moment before it runs out.
    const justBefore = at(new Date(Date.parse(expiresAt) - 1).toISOString());
    await expect(
      redeemEnrolmentCode(temp.db, { code, localDeviceId: localId() }, { now: justBefore }),
    ).resolves.toBeTruthy();
  });

  it('refuses a code of the wrong form and a tablet id that is not a local one', async () => {
    const { code } = await makeEnrolmentCode(temp.db, coordinator);
    expect(await refusal(redeemEnrolmentCode(temp.db, { code: 'O0I1', localDeviceId: localId() }))).toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/^code: /),
    });
    const notLocal = `device-${uuidv7()}`;
    expect(await refusal(redeemEnrolmentCode(temp.db, { code, localDeviceId: notLocal }))).toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/^localDeviceId: /),
    });
    // The code was not spent by the refusals.
    await expect(redeemEnrolmentCode(temp.db, { code, localDeviceId: localId() })).resolves.toBeTruthy();
  });

  it('enrols a tablet again with a new code (its answer was lost): the same device, a new token, the old one dead', async () => {
    const tablet = new Tablet(localId());
    const learner = newLearner();
    const first = await makeEnrolmentCode(temp.db, coordinator);
    const lost = await redeemEnrolmentCode(temp.db, { code: first.code, localDeviceId: tablet.deviceId });
    const one = tablet.write(learner, profiled());
    await push(temp.db, lost.deviceId, [one]);

    const second = await makeEnrolmentCode(temp.db, coordinator);
    const again = await redeemEnrolmentCode(temp.db, { code: second.code, localDeviceId: tablet.deviceId });
    expect(again.deviceId).toBe(lost.deviceId);
    expect(again.token).not.toBe(lost.token);
    expect(await refusal(deviceOf(temp.db, lost.token))).toMatchObject({ code: 'unknown-device' });
    // Its seqs go on from where they were.
    const two = tablet.write(learner, started());
    expect(await push(temp.db, again.deviceId, [two])).toEqual({ accepted: [two.id], rejected: [], codeTaken: [] });
    expect(await temp.db.selectFrom('seq_gaps').selectAll().execute()).toEqual([]);
    expect(await temp.db.selectFrom('devices').select('id').execute()).toHaveLength(1);
  });

  it('lets a revoked tablet back only with a new code from its coordinator', async () => {
    const local = localId();
    const first = await makeEnrolmentCode(temp.db, coordinator);
    const enrolled = await redeemEnrolmentCode(temp.db, { code: first.code, localDeviceId: local });
    await revokeDevice(temp.db, coordinator, enrolled.deviceId);
    const second = await makeEnrolmentCode(temp.db, coordinator);
    const back = await redeemEnrolmentCode(temp.db, { code: second.code, localDeviceId: local });
    expect(await deviceOf(temp.db, back.token)).toEqual({ deviceId: enrolled.deviceId, hubId: coordinator.hubId });
    expect(await refusal(deviceOf(temp.db, enrolled.token))).toMatchObject({ code: 'unknown-device' });
  });

  it("refuses a tablet enrolled with another hub, and leaves that hub's code unused", async () => {
    const local = localId();
    const first = await makeEnrolmentCode(temp.db, coordinator);
    await redeemEnrolmentCode(temp.db, { code: first.code, localDeviceId: local });
    const other = await createHub(temp.db, { hubName: 'Other', email: 'o@example.org', password: 'another password' });
    const theirs = await makeEnrolmentCode(temp.db, other);
    const before = await everythingStored(temp.db);
    expect(await refusal(redeemEnrolmentCode(temp.db, { code: theirs.code, localDeviceId: local }))).toEqual({
      code: 'already-enrolled',
      message: 'localDeviceId: this tablet is enrolled with another hub; a tablet syncs with one hub only.',
    });
    expect(await everythingStored(temp.db)).toBe(before);
  });
});

describe("a tablet's token", () => {
  it('is refused when unknown, and once the tablet is revoked; pushes are refused too', async () => {
    expect(await refusal(deviceOf(temp.db, 'A'.repeat(43)))).toEqual({
      code: 'unknown-device',
      message: 'This device token is not known to the hub: enrol the tablet.',
    });
    expect(await refusal(deviceOf(temp.db, ''))).toMatchObject({ code: 'unknown-device' });

    const { code } = await makeEnrolmentCode(temp.db, coordinator);
    const enrolled = await redeemEnrolmentCode(temp.db, { code, localDeviceId: localId() });
    await revokeDevice(temp.db, coordinator, enrolled.deviceId, { now: at('2026-03-04T12:00:00.000Z') });
    expect(await refusal(deviceOf(temp.db, enrolled.token))).toEqual({
      code: 'revoked-device',
      message: 'This device was revoked by a coordinator; enrol it again to sync.',
    });
    await expect(push(temp.db, enrolled.deviceId, [])).rejects.toMatchObject({ code: 'revoked-device' });

    // Revoked again later: the first time stands.
    await revokeDevice(temp.db, coordinator, enrolled.deviceId, { now: at('2026-03-05T12:00:00.000Z') });
    const row = await temp.db.selectFrom('devices').select('revoked_at').executeTakeFirst();
    expect(row?.revoked_at).toBe('2026-03-04T12:00:00.000Z');
  });

  it("cannot be revoked by another hub's coordinator", async () => {
    const other = await createHub(temp.db, { hubName: 'Other', email: 'o@example.org', password: 'another password' });
    const { code } = await makeEnrolmentCode(temp.db, coordinator);
    const enrolled = await redeemEnrolmentCode(temp.db, { code, localDeviceId: localId() });
    expect(await refusal(revokeDevice(temp.db, other, enrolled.deviceId))).toEqual({
      code: 'no-such-device',
      message: 'deviceId: the hub has no such device.',
    });
    expect(await deviceOf(temp.db, enrolled.token)).toMatchObject({ deviceId: enrolled.deviceId });
  });
});
