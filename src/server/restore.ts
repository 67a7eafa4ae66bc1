/**
 * Restoring a learner on another tablet of the hub from their learner code (DESIGN.md §5, §8).
 * The code is a bearer credential: tries are counted in the database, per tablet and per hub,
 * so a tablet, or a hub's tablets together, cannot guess their way to a learner, however many
 * server processes there are.
 */
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { CODE_ALPHABET, CODE_LENGTH, parseLearnerCode } from '../core/learner';
import type { ServerDatabase } from './db/schema';
import type { Device } from './enrolment';
import { learnerWithCode } from './learners';
import { Refused } from './refused';
import { type Limit, TooManyTries } from './tries';

const QUARTER_HOUR = 15 * 60 * 1000;

export interface RestoreLimits {
  /** Tries by one tablet. */
  device: Limit;
  /** Tries by all the tablets of a hub together. */
  hub: Limit;
}

/** A volunteer mistyping a few codes is fine; guessing is not. */
export const DEFAULT_RESTORE_LIMITS: RestoreLimits = {
  device: { max: 10, windowMs: QUARTER_HOUR },
  hub: { max: 30, windowMs: QUARTER_HOUR },
};

/**
 * The hub's learner who holds the typed code. Every try with a code of the right form is
 * counted, found or not; one over a limit is refused, and not counted, with when to try again.
 */
export async function restoreLearner(
  db: Kysely<ServerDatabase>,
  device: Device,
  typed: string,
  { now, limits = DEFAULT_RESTORE_LIMITS }: { now: Date; limits?: RestoreLimits },
): Promise<{ learnerId: string }> {
  const code = parseLearnerCode(typed);
  if (code === null) {
    throw new Refused(
      'invalid-input',
      `code: a learner code is ${CODE_LENGTH} letters and digits from ${CODE_ALPHABET} (spaces and dashes are fine).`,
    );
  }
  const at = now.toISOString();
  const learnerId = await db.transaction().execute(async (tx) => {
    // The hub's turn, as a push takes it: tries of one hub are counted one after another.
    await tx
      .updateTable('hubs')
      .set((eb) => ({ last_arrival: eb.ref('last_arrival') }))
      .where('id', '=', device.hubId)
      .execute();
    const recent = async (column: 'device_id' | 'hub_id', id: string, limit: Limit) => {
      const since = new Date(now.getTime() - limit.windowMs).toISOString();
      const rows = await tx
        .selectFrom('restore_attempts')
        .select('at')
        .where(column, '=', id)
        .where('at', '>', since)
        .orderBy('at', 'desc')
        .limit(limit.max)
        .execute();
      // The oldest of the last `max` tries leaves the window first, and makes room for one more.
      const oldest = rows[limit.max - 1];
      if (oldest) throw new TooManyTries(Math.max(1000, Date.parse(oldest.at) + limit.windowMs - now.getTime()));
    };
    await recent('device_id', device.deviceId, limits.device);
    await recent('hub_id', device.hubId, limits.hub);

    const found = await learnerWithCode(tx, device.hubId, code);
    await tx
      .insertInto('restore_attempts')
      .values({
        id: uuidv7(),
        hub_id: device.hubId,
        device_id: device.deviceId,
        at,
        outcome: found ? 'restored' : 'unknown-code',
      })
      .execute();
    return found;
  });
  if (learnerId === null) {
    throw new Refused('unknown-code', 'code: no learner of this hub has this code; check it and try again.');
  }
  return { learnerId };
}
