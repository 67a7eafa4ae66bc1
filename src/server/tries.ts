/**
 * Limits on tries (enrolling a tablet, signing in), counted in the database in fixed windows:
 * one statement adds the try and reads the count, so two server processes, or two requests at
 * once, never both see room for one last try.
 */
import type { Kysely } from 'kysely';
import type { ServerDatabase } from './db/schema';
import { Refused } from './refused';

export interface Limit {
  /** Tries allowed in a window. */
  max: number;
  windowMs: number;
}

/**
 * Counts a try under `key`; refused with too-many-tries, saying when to try again, if it is one
 * more than the limit allows. A try refused still counts: hammering does not shorten the wait.
 */
export async function countTry(db: Kysely<ServerDatabase>, key: string, limit: Limit, now: Date): Promise<void> {
  const at = now.toISOString();
  const windowOver = new Date(now.getTime() - limit.windowMs).toISOString();
  const row = await db
    .insertInto('tries')
    .values({ key, window_start: at, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => {
        const over = eb('tries.window_start', '<=', windowOver);
        return {
          count: eb
            .case()
            .when(over)
            .then(1)
            .else(eb('tries.count', '+', 1))
            .end(),
          window_start: eb.case().when(over).then(at).else(eb.ref('tries.window_start')).end(),
        };
      }),
    )
    .returning(['count', 'window_start'])
    .executeTakeFirstOrThrow();
  if (row.count <= limit.max) return;
  const retryAfterMs = Math.max(0, Date.parse(row.window_start) + limit.windowMs - now.getTime());
  throw new TooManyTries(retryAfterMs);
}

export class TooManyTries extends Refused {
  constructor(readonly retryAfterMs: number) {
    super('too-many-tries', `Too many tries; try again in ${Math.ceil(retryAfterMs / 1000)} seconds.`);
  }
}

/** Windows over for more than a day: nothing counts them any more. */
export async function forgetOldTries(db: Kysely<ServerDatabase>, now: Date): Promise<void> {
  const dayAgo = new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString();
  await db.deleteFrom('tries').where('window_start', '<', dayAgo).execute();
}
