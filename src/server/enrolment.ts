/**
 * Enrolling tablets with a hub (DESIGN.md §5, §8). A coordinator makes a one-time code that
 * runs out within a day; a volunteer types it on the tablet, which gets a device token kept
 * only as a hash here, and revocable. The tablet's `local-…` id becomes an alias of the new
 * device, so the events it wrote before enrolment sync under their own seqs.
 */
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { DEVICE_ID } from '../core/event-schema';
import { CODE_ALPHABET } from '../core/learner';
import type { Clock, Coordinator } from './accounts';
import type { ServerDatabase } from './db/schema';
import { Refused } from './refused';
import { newToken, newTypedCode, sha256 } from './secrets';

export const ENROLMENT_CODE_LENGTH = 8;
/** The longest a code may live, and how long it lives unless the coordinator asks for less. */
export const ENROLMENT_CODE_LIFETIME_MS = 24 * 60 * 60 * 1000;
const TYPED_CODE = new RegExp(`^[${CODE_ALPHABET}]{${ENROLMENT_CODE_LENGTH}}$`);
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export interface EnrolmentCode {
  /** Shown to the coordinator once; the server keeps only its hash. */
  code: string;
  expiresAt: string;
}

export interface Enrolled {
  deviceId: string;
  hubId: string;
  /** Given to the tablet once; the server keeps only its hash. */
  token: string;
}

export interface Device {
  deviceId: string;
  hubId: string;
}

/** A coordinator makes a code that enrols one tablet with their hub. */
export async function makeEnrolmentCode(
  db: Kysely<ServerDatabase>,
  coordinator: Coordinator,
  { now = () => new Date(), lifetimeMs = ENROLMENT_CODE_LIFETIME_MS }: Clock & { lifetimeMs?: number } = {},
): Promise<EnrolmentCode> {
  if (!(lifetimeMs > 0 && lifetimeMs <= ENROLMENT_CODE_LIFETIME_MS)) {
    throw new RangeError('An enrolment code lives for more than nothing and at most 24 hours.');
  }
  const code = newTypedCode(ENROLMENT_CODE_LENGTH);
  const at = now();
  const expiresAt = new Date(at.getTime() + lifetimeMs).toISOString();
  await db
    .insertInto('enrolment_codes')
    .values({
      code_hash: sha256(code),
      hub_id: coordinator.hubId,
      created_by: coordinator.coordinatorId,
      created_at: at.toISOString(),
      expires_at: expiresAt,
    })
    .execute();
  return { code, expiresAt };
}

/** What a volunteer typed, as it is stored: capitals, without the spaces or dashes people add. */
export function cleanEnrolmentCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}

/**
 * Enrols a tablet with the code a volunteer typed: once, before the code runs out. Everything
 * is one transaction; the code is claimed first (a write), so two tablets typing the same code
 * at once cannot both have it. A tablet of this hub enrolled before gets its device back with a
 * new token, so a lost answer, or a revocation undone, never strands it.
 */
export async function redeemEnrolmentCode(
  db: Kysely<ServerDatabase>,
  input: { code: string; localDeviceId: string },
  { now = () => new Date() }: Clock = {},
): Promise<Enrolled> {
  const code = cleanEnrolmentCode(input.code);
  if (!TYPED_CODE.test(code)) {
    throw new Refused(
      'invalid-input',
      `code: an enrolment code is ${ENROLMENT_CODE_LENGTH} letters and digits from ${CODE_ALPHABET}.`,
    );
  }
  const alias = input.localDeviceId;
  if (!DEVICE_ID.test(alias) || !alias.startsWith('local-')) {
    throw new Refused('invalid-input', 'localDeviceId: the tablet\'s own id, "local-" and a UUIDv7 in lower case.');
  }
  const at = now().toISOString();
  const codeHash = sha256(code);

  return db.transaction().execute(async (tx) => {
    const claimed = await tx
      .updateTable('enrolment_codes')
      .set({ used_at: at })
      .where('code_hash', '=', codeHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', at)
      .returning(['hub_id'])
      .executeTakeFirst();
    if (!claimed) throw await whyNotClaimed(tx, codeHash);

    const token = newToken();
    const taken = await tx
      .selectFrom('device_aliases')
      .innerJoin('devices', 'devices.id', 'device_aliases.device_id')
      .select(['devices.id', 'devices.hub_id'])
      .where('device_aliases.alias', '=', alias)
      .executeTakeFirst();
    if (taken && taken.hub_id !== claimed.hub_id) {
      throw new Refused(
        'already-enrolled',
        'localDeviceId: this tablet is enrolled with another hub; a tablet syncs with one hub only.',
      );
    }
    if (taken) {
      // Enrolled before (the answer was lost, or the coordinator revoked it and now lets it back):
      // the same device, so its seqs and gaps go on, with a new token; any old one stops working.
      await tx
        .updateTable('devices')
        .set({ token_hash: sha256(token), revoked_at: null })
        .where('id', '=', taken.id)
        .execute();
      await tx.updateTable('enrolment_codes').set({ device_id: taken.id }).where('code_hash', '=', codeHash).execute();
      return { deviceId: taken.id, hubId: claimed.hub_id, token };
    }

    const deviceId = `device-${uuidv7()}`;
    const count = await tx
      .selectFrom('devices')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('hub_id', '=', claimed.hub_id)
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('devices')
      .values({
        id: deviceId,
        hub_id: claimed.hub_id,
        name: `Tablet ${Number(count.n) + 1}`,
        token_hash: sha256(token),
        enrolled_at: at,
      })
      .execute();
    await tx.insertInto('device_aliases').values({ alias, device_id: deviceId, created_at: at }).execute();
    await tx.updateTable('enrolment_codes').set({ device_id: deviceId }).where('code_hash', '=', codeHash).execute();
    return { deviceId, hubId: claimed.hub_id, token };
  });
}

/** Why a code could not be claimed: never made, run out, or used. */
async function whyNotClaimed(db: Kysely<ServerDatabase>, codeHash: string): Promise<Refused> {
  const row = await db
    .selectFrom('enrolment_codes')
    .select(['used_at'])
    .where('code_hash', '=', codeHash)
    .executeTakeFirst();
  if (!row) return new Refused('unknown-code', 'code: no such enrolment code; check it, or ask for a new one.');
  if (row.used_at !== null) {
    return new Refused('used-code', 'code: this enrolment code was already used; ask the coordinator for a new one.');
  }
  return new Refused('expired-code', 'code: this enrolment code has expired; ask the coordinator for a new one.');
}

/** The device a token belongs to; refused if the token is unknown or the device revoked. */
export async function deviceOf(db: Kysely<ServerDatabase>, token: string): Promise<Device> {
  const unknown = new Refused('unknown-device', 'This device token is not known to the hub: enrol the tablet.');
  if (!TOKEN.test(token)) throw unknown;
  const row = await db
    .selectFrom('devices')
    .select(['id', 'hub_id', 'revoked_at'])
    .where('token_hash', '=', sha256(token))
    .executeTakeFirst();
  if (!row) throw unknown;
  if (row.revoked_at !== null) {
    throw new Refused('revoked-device', 'This device was revoked by a coordinator; enrol it again to sync.');
  }
  return { deviceId: row.id, hubId: row.hub_id };
}

/**
 * A coordinator revokes a tablet of their hub: its token no longer works. Revoking one already
 * revoked keeps the first time; another hub's tablet is as unknown as one that never was.
 */
export async function revokeDevice(
  db: Kysely<ServerDatabase>,
  coordinator: Coordinator,
  deviceId: string,
  { now = () => new Date() }: Clock = {},
): Promise<void> {
  const device = await db
    .selectFrom('devices')
    .select(['id', 'revoked_at'])
    .where('id', '=', deviceId)
    .where('hub_id', '=', coordinator.hubId)
    .executeTakeFirst();
  if (!device) throw new Refused('no-such-device', 'deviceId: the hub has no such device.');
  if (device.revoked_at !== null) return;
  await db
    .updateTable('devices')
    .set({ revoked_at: now().toISOString() })
    .where('id', '=', deviceId)
    .where('revoked_at', 'is', null)
    .execute();
}
