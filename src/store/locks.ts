import type { LearnerSecret } from '../core/learner';
import { afterWrongTry, type LockTries, NO_TRIES } from '../core/lock-out';
import { db } from './db';
import { VOLUNTEER } from './schema';

/** Wrong tries so far at a lock: a learner's (by id), or the volunteer lock (VOLUNTEER). */
export async function readTries(lock: string): Promise<LockTries> {
  return (await (await db()).get('tries', lock)) ?? NO_TRIES;
}

/** Counts one more wrong try, in one transaction, so two tabs counting at once both count. */
export async function countWrongTry(lock: string, now = Date.now()): Promise<LockTries> {
  const tx = (await db()).transaction('tries', 'readwrite', { durability: 'strict' });
  const next = afterWrongTry((await tx.store.get(lock)) ?? NO_TRIES, now);
  await Promise.all([tx.store.put(next, lock), tx.done]);
  return next;
}

/** The right value was given: the count starts again. */
export async function forgetTries(lock: string): Promise<void> {
  await (await db()).delete('tries', lock);
}

/** The tablet's volunteer PIN, or null before a volunteer has set one. */
export async function readVolunteerLock(): Promise<LearnerSecret | null> {
  return ((await (await db()).get('meta', 'volunteerLock')) as LearnerSecret | undefined) ?? null;
}

export async function saveVolunteerLock(secret: LearnerSecret): Promise<void> {
  const tx = (await db()).transaction('meta', 'readwrite', { durability: 'strict' });
  await Promise.all([tx.store.put(secret, 'volunteerLock'), tx.done]);
}

export { VOLUNTEER };
