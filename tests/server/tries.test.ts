import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countTry, forgetOldTries, TooManyTries } from '../../src/server/tries';
import { type TempDatabase, tempDatabase } from './temp-db';

let temp: TempDatabase;
beforeEach(async () => {
  temp = await tempDatabase();
});
afterEach(async () => {
  await temp.remove();
});

const limit = { max: 3, windowMs: 60_000 };
const at = (iso: string) => new Date(iso);

describe('tries counted in the database', () => {
  it('allows as many as the limit in a window, refuses the next with the wait, and starts again after', async () => {
    for (let i = 0; i < 3; i++) await countTry(temp.db, 'k', limit, at('2026-03-04T09:00:00.000Z'));
    const refused = countTry(temp.db, 'k', limit, at('2026-03-04T09:00:20.000Z'));
    await expect(refused).rejects.toBeInstanceOf(TooManyTries);
    await expect(refused).rejects.toMatchObject({ code: 'too-many-tries', retryAfterMs: 40_000 });
    // Another key is counted apart.
    await countTry(temp.db, 'other', limit, at('2026-03-04T09:00:20.000Z'));
    await countTry(temp.db, 'k', limit, at('2026-03-04T09:01:00.000Z'));
    const row = await temp.db.selectFrom('tries').selectAll().where('key', '=', 'k').executeTakeFirst();
    expect(row).toEqual({ key: 'k', window_start: '2026-03-04T09:01:00.000Z', count: 1 });
  });

  it('lets exactly the limit through when many tries arrive at once, on two connections', async () => {
    const other = temp.reopen();
    const now = at('2026-03-04T09:00:00.000Z');
    const outcomes = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) => countTry(i % 2 ? other : temp.db, 'k', limit, now)),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(3);
  });

  it('forgets windows over for more than a day', async () => {
    await countTry(temp.db, 'old', limit, at('2026-03-02T09:00:00.000Z'));
    await countTry(temp.db, 'new', limit, at('2026-03-04T08:00:00.000Z'));
    await forgetOldTries(temp.db, at('2026-03-04T09:00:00.000Z'));
    expect(await temp.db.selectFrom('tries').select('key').execute()).toEqual([{ key: 'new' }]);
  });
});
