import { describe, expect, it } from 'vitest';
import { observable } from '../../src/core/observable';
import type { Locks, SyncEngine, SyncResult, SyncStatus } from '../../src/sync/engine';
import { AFTER_SAVE_MS, backOffMs, createSyncRunner, EVERY_MS, everyMs } from '../../src/sync/runner';
import {
  acceptAll,
  addLearner,
  engineFor,
  enrolled,
  fakeServer,
  newLearnerId,
  newTablet,
  profileOf,
} from './sync-fakes';

describe('waiting between tries', () => {
  it('doubles from 5 seconds up to 15 minutes, each wait between half and all of that', () => {
    const ceilings = [1, 2, 3, 4, 8, 12, 30].map((failures) => backOffMs(failures, () => 0.999_999));
    expect(ceilings).toEqual([5_000, 10_000, 20_000, 40_000, 640_000, 900_000, 900_000]);
    expect([1, 2, 12].map((failures) => backOffMs(failures, () => 0))).toEqual([2_500, 5_000, 450_000]);
    expect(everyMs(() => 0)).toBe(EVERY_MS * 0.75);
    expect(everyMs(() => 0.999_999)).toBeCloseTo(EVERY_MS * 1.25, -1);
  });
});

/** An engine whose syncs end as the test says, and timers the test fires. */
function scripted(results: SyncResult[]) {
  const calls: { wait: boolean }[] = [];
  const engine = {
    status: observable({} as SyncStatus),
    sync: async ({ wait = false } = {}) => {
      calls.push({ wait });
      const result = results.shift();
      if (!result) throw new Error('the database failed');
      return result;
    },
  } as unknown as SyncEngine;
  const timers: { ms: number; callback: () => void; cleared: boolean }[] = [];
  const runner = createSyncRunner(
    engine,
    {
      set: (callback, ms) => {
        const timer = { ms, callback, cleared: false };
        timers.push(timer);
        return timer;
      },
      clear: (handle) => {
        (handle as { cleared: boolean }).cleared = true;
      },
    },
    () => 0.999_999,
  );
  const pending = () => timers.filter((t) => !t.cleared);
  /** The one timer waiting goes off. */
  const fire = () => {
    const [timer] = pending();
    if (!timer) throw new Error('no timer is waiting');
    timer.cleared = true;
    timer.callback();
  };
  return { runner, calls, pending, fire };
}

describe('when the tablet syncs', () => {
  it('backs off while the hub does not answer, and goes back to every few minutes once it does', async () => {
    const { runner, pending, fire } = scripted(['unreachable', 'unreachable', 'failed', 'synced']);
    await runner.kick();
    expect(pending().map((t) => t.ms)).toEqual([5_000]);
    fire();
    await expect.poll(() => pending().map((t) => t.ms)).toEqual([10_000]);
    fire();
    await expect.poll(() => pending().map((t) => t.ms)).toEqual([20_000]);
    fire();
    await expect.poll(() => pending().map((t) => t.ms)).toEqual([Math.round(EVERY_MS * 1.25)]);
  });

  it('stops when the tablet is revoked or not enrolled, until it is set up again', async () => {
    for (const result of ['revoked', 'not-enrolled'] as const) {
      const { runner, pending } = scripted([result]);
      await runner.kick();
      expect(pending()).toEqual([]);
    }
  });

  it('“Sync now” syncs at once whatever the back-off, waits for another tab’s sync, and never fails', async () => {
    const { runner, calls, pending } = scripted(['unreachable']);
    await runner.kick();
    expect(pending().map((t) => t.ms)).toEqual([5_000]);
    // The engine fails outright: "Sync now" still resolves, and tries again later.
    await expect(runner.now()).resolves.toBeUndefined();
    expect(calls).toEqual([{ wait: false }, { wait: true }]);
    expect(pending().map((t) => t.ms)).toEqual([10_000]);
  });

  it('syncs a few seconds after a save while the hub answers, once for a burst of saves', async () => {
    const { runner, calls, pending, fire } = scripted(['synced', 'synced']);
    await runner.kick();
    expect(pending().map((t) => t.ms)).toEqual([Math.round(EVERY_MS * 1.25)]);
    runner.saved();
    runner.saved();
    runner.saved();
    expect(pending().map((t) => t.ms)).toEqual([AFTER_SAVE_MS]);
    fire();
    await expect.poll(() => calls.length).toBe(2);
    await expect.poll(() => pending().map((t) => t.ms)).toEqual([Math.round(EVERY_MS * 1.25)]);
  });

  it('does not cut the back-off short after a save, nor sync after saves on a tablet outside the hub', async () => {
    const backingOff = scripted(['unreachable']);
    await backingOff.runner.kick();
    backingOff.runner.saved();
    expect(backingOff.pending().map((t) => t.ms)).toEqual([5_000]);

    const outside = scripted(['not-enrolled']);
    await outside.runner.kick();
    outside.runner.saved();
    expect(outside.pending()).toEqual([]);
  });
});

/** Web Locks held by another tab until `release` is called. */
function lockedByAnotherTab() {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const locks: Locks = {
    async request(_name, options, callback) {
      if (options.ifAvailable) return callback(null);
      await held;
      return callback({});
    },
  };
  return { locks, release: () => release() };
}

describe('one sender at a time', () => {
  it('leaves the sending to the tab that holds the lock; “Sync now” waits for it, then sends', async () => {
    const { database } = await newTablet();
    await enrolled(database);
    await addLearner(database, profileOf(newLearnerId()));
    const server = fakeServer(acceptAll);
    const { locks, release } = lockedByAnotherTab();
    const engine = engineFor(database, server.fetch, { locks });

    expect(await engine.sync()).toBe('busy');
    expect(server.sent).toHaveLength(0);
    const waiting = engine.sync({ wait: true });
    release();
    expect(await waiting).toBe('synced');
    expect(server.pushes()).toHaveLength(1);
  });
});

describe('only on Wi-fi', () => {
  it('waits for Wi-fi where the tablet can tell it is on mobile data, unless the hub allows any connection', async () => {
    const { database } = await newTablet();
    await enrolled(database, { name: 'Library hub', wifiOnly: true });
    const amina = newLearnerId();
    await addLearner(database, profileOf(amina));
    const server = fakeServer(acceptAll);
    let type: string | undefined = 'cellular';
    const engine = engineFor(database, server.fetch, { connectionType: () => type });

    expect(await engine.sync()).toBe('waiting-for-wifi');
    expect(server.sent).toHaveLength(0);
    expect(engine.status.get()).toMatchObject({
      state: 'waiting-for-wifi',
      waiting: 1,
      waitingByLearner: { [amina]: 1 },
    });

    for (const allowed of ['wifi', 'ethernet', undefined]) {
      type = allowed;
      expect(await engine.sync()).toBe('synced');
    }
    expect(engine.status.get()).toMatchObject({ state: 'idle', waiting: 0 });

    type = 'cellular';
    await database.put('meta', { name: 'Library hub', wifiOnly: false }, 'hub');
    expect(await engine.sync()).toBe('synced');
  });
});
