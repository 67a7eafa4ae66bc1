/**
 * Hubs and their coordinators: making a hub with its first coordinator, and coordinators'
 * sessions. Sessions live in the database (only a hash of each token), so any server process
 * behind a load balancer knows a coordinator another one signed in.
 */
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { ServerDatabase } from './db/schema';
import { Refused } from './refused';
import { hashPassword, newToken, sha256, verifyPassword } from './secrets';

/** How long a coordinator stays signed in: a working day. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;
export const PASSWORD_MIN = 10;
/** scrypt takes any length, but a megabyte "password" is a request to waste the server's time. */
export const PASSWORD_MAX = 200;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EMAIL_MAX = 254;
const HUB_NAME_MAX = 100;

export interface Clock {
  /** The server's clock (tests fix it). */
  now?: () => Date;
}

/** Who a session belongs to. */
export interface Coordinator {
  coordinatorId: string;
  hubId: string;
}

export interface Session extends Coordinator {
  /** Given to the coordinator once; the server keeps only its hash. */
  token: string;
  expiresAt: string;
}

/** Emails are compared as written, without case or surrounding spaces. */
export function cleanEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Makes a hub and its first coordinator. */
export async function createHub(
  db: Kysely<ServerDatabase>,
  input: { hubName: string; email: string; password: string },
  { now = () => new Date() }: Clock = {},
): Promise<Coordinator> {
  const hubName = input.hubName.trim();
  const email = cleanEmail(input.email);
  if (hubName.length === 0 || hubName.length > HUB_NAME_MAX) {
    throw new Refused('invalid-input', `hubName: a hub's name is 1 to ${HUB_NAME_MAX} characters.`);
  }
  if (!EMAIL.test(email) || email.length > EMAIL_MAX) {
    throw new Refused('invalid-input', 'email: an email address such as name@example.org is needed.');
  }
  checkPasswordLength(input.password);

  const passwordHash = await hashPassword(input.password);
  const createdAt = now().toISOString();
  const hubId = `hub-${uuidv7()}`;
  const coordinatorId = `coordinator-${uuidv7()}`;
  await db.transaction().execute(async (tx) => {
    // Checked inside the transaction, and the unique index stands behind it.
    const taken = await tx.selectFrom('coordinators').select('id').where('email', '=', email).executeTakeFirst();
    if (taken) throw new Refused('email-taken', 'email: a coordinator with this email already exists; sign in.');
    await tx.insertInto('hubs').values({ id: hubId, name: hubName, created_at: createdAt }).execute();
    await tx
      .insertInto('coordinators')
      .values({ id: coordinatorId, hub_id: hubId, email, password_hash: passwordHash, created_at: createdAt })
      .execute();
  });
  return { coordinatorId, hubId };
}

function checkPasswordLength(password: string): void {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) {
    throw new Refused('invalid-input', `password: a password is ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`);
  }
}

/**
 * Signs a coordinator in. A wrong email and a wrong password are refused alike and take as
 * long, so the answer does not tell which emails have accounts.
 */
export async function signIn(
  db: Kysely<ServerDatabase>,
  input: { email: string; password: string },
  { now = () => new Date() }: Clock = {},
): Promise<Session> {
  const wrong = new Refused('wrong-credentials', 'The email or the password is not right.');
  if (input.password.length > PASSWORD_MAX) throw wrong;
  const coordinator = await db
    .selectFrom('coordinators')
    .select(['id', 'hub_id', 'password_hash'])
    .where('email', '=', cleanEmail(input.email))
    .executeTakeFirst();
  const right = await verifyPassword(input.password, coordinator?.password_hash ?? null);
  if (!coordinator || !right) throw wrong;

  const token = newToken();
  const at = now();
  const expiresAt = new Date(at.getTime() + SESSION_LIFETIME_MS).toISOString();
  await db.transaction().execute(async (tx) => {
    // Housekeeping: this coordinator's sessions that have run out.
    await tx
      .deleteFrom('coordinator_sessions')
      .where('coordinator_id', '=', coordinator.id)
      .where('expires_at', '<=', at.toISOString())
      .execute();
    await tx
      .insertInto('coordinator_sessions')
      .values({
        token_hash: sha256(token),
        coordinator_id: coordinator.id,
        created_at: at.toISOString(),
        expires_at: expiresAt,
      })
      .execute();
  });
  return { token, coordinatorId: coordinator.id, hubId: coordinator.hub_id, expiresAt };
}

/** The coordinator a session token belongs to; refused if it is unknown, signed out or expired. */
export async function coordinatorOf(
  db: Kysely<ServerDatabase>,
  token: string,
  { now = () => new Date() }: Clock = {},
): Promise<Coordinator> {
  const row = await db
    .selectFrom('coordinator_sessions')
    .innerJoin('coordinators', 'coordinators.id', 'coordinator_sessions.coordinator_id')
    .select(['coordinators.id', 'coordinators.hub_id', 'coordinator_sessions.expires_at'])
    .where('coordinator_sessions.token_hash', '=', sha256(token))
    .executeTakeFirst();
  if (!row || row.expires_at <= now().toISOString()) {
    throw new Refused('no-session', 'Not signed in, or the session has expired: sign in again.');
  }
  return { coordinatorId: row.id, hubId: row.hub_id };
}

/** Ends a session; ending one that is already over is not an error. */
export async function signOut(db: Kysely<ServerDatabase>, token: string): Promise<void> {
  await db.deleteFrom('coordinator_sessions').where('token_hash', '=', sha256(token)).execute();
}
