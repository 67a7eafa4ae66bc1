import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LearnerRemoved, LearningEvent } from '../../src/core/events';
import type { LearnerProfile } from '../../src/core/learner';
import { openHubstepsDB, resetDb } from '../../src/store/db';
import { appendEvent, appendEvents, LearnerGoneError, outboxInSeqOrder, writeEventsIn } from '../../src/store/events';
import { saveLearner } from '../../src/store/learners';
import { clearTablet, removeLearner } from '../../src/store/removals';
import { EVENT_STORES } from '../../src/store/schema';

beforeEach(() => {
  resetDb();
  globalThis.indexedDB = new IDBFactory();
});

const step = (stepId: string) => ({ type: 'step.completed' as const, lessonId: 'tablet-basics', stepId });

/** A learner on the tablet; making the profile is the learner's first event. */
async function learner(id: string): Promise<string> {
  const profile: LearnerProfile = {
    id,
    nickname: id,
    avatar: 'avatar-sun',
    secret: null,
    language: 'en',
    textSize: 'normal',
    code: 'ABCD2345',
    createdAt: new Date(0).toISOString(),
  };
  await saveLearner({ ...profile, code: id.slice(-8).toUpperCase().padStart(8, 'A') });
  return id;
}

/** Another tab of Hubsteps, with its own connection, writes events for a learner. */
async function otherTabWrites(learnerId: string, stepId: string): Promise<void> {
  const otherTab = await openHubstepsDB();
  const tx = otherTab.transaction([...EVENT_STORES], 'readwrite');
  await Promise.all([writeEventsIn(tx, learnerId, [step(stepId)]), tx.done]);
  otherTab.close();
}

async function stored(): Promise<{ events: LearningEvent[]; outboxSeqs: number[]; nextSeq: unknown }> {
  const database = await openHubstepsDB();
  const events = (await database.getAll('events')).sort((a, b) => a.seq - b.seq);
  const outboxSeqs = (await database.getAll('outbox')).map((o) => o.seq).sort((a, b) => a - b);
  const nextSeq = await database.get('meta', 'nextSeq');
  database.close();
  return { events, outboxSeqs, nextSeq };
}

/** Acknowledged by the server: what a sender will do once there is one. */
async function sent(seqs: number[]): Promise<void> {
  const database = await openHubstepsDB();
  for (const entry of await database.getAll('outbox')) {
    if (seqs.includes(entry.seq)) await database.delete('outbox', entry.id);
  }
  database.close();
}

describe('numbering events on a device', () => {
  it('is gapless and never repeats, even when another tab writes in between', async () => {
    const a = await learner('learner-a');
    const b = await learner('learner-b');
    await appendEvent(a, step('one'));
    await appendEvent(a, step('two'));
    await otherTabWrites(b, 'elsewhere');
    await appendEvent(a, step('three'));
    await appendEvent(a, step('four'));

    const { events, outboxSeqs, nextSeq } = await stored();
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(events.map((e) => e.deviceId)).size).toBe(1);
    expect(outboxSeqs).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(nextSeq).toBe(8);
  });

  it('numbers events written at the same moment one after another', async () => {
    // One write first, so the quick way is ready; then five at once all expect the same next number.
    const a = await learner('learner-a');
    await appendEvent(a, step('a'));
    await Promise.all(['b', 'c', 'd', 'e', 'f'].map((id) => appendEvent(a, step(id))));
    expect((await stored()).events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('writes several events all together with consecutive numbers, or none of them', async () => {
    const a = await learner('learner-a');
    await appendEvent(a, step('one'));
    const [last, done] = await appendEvents(a, [step('two'), { type: 'lesson.completed', lessonId: 'tablet-basics' }]);
    expect([last?.seq, done?.seq]).toEqual([3, 4]);
    // Another tab took the next number: the quick way fails as a whole and the slow way numbers both.
    await otherTabWrites(a, 'elsewhere');
    const both = await appendEvents(a, [step('three'), step('four')]);
    expect(both.map((e) => e.seq)).toEqual([6, 7]);
    expect((await stored()).events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('writes none of several events when the disk refuses one of them', async () => {
    const a = await learner('learner-a');
    await appendEvent(a, step('one'));
    // The disk is full by the time the second event of the write comes, however often it is tried.
    const original = IDBObjectStore.prototype.put;
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'events' && (args[0] as LearningEvent).type === 'lesson.completed') {
        throw new DOMException('The disk is full', 'QuotaExceededError');
      }
      return original.apply(this, args);
    });
    await expect(
      appendEvents(a, [step('two'), { type: 'lesson.completed', lessonId: 'tablet-basics' }]),
    ).rejects.toThrow();
    put.mockRestore();
    expect((await stored()).events.map((e) => e.type)).toEqual(['learner.profiled', 'step.completed']);
  });

  it('never gives out a number twice, even after another tab removed the learner who had it', async () => {
    const a = await learner('learner-a');
    const b = await learner('learner-b');
    await appendEvent(a, step('one'));
    await otherTabWrites(b, 'elsewhere');
    await removeLearner(b);
    await appendEvent(a, step('two'));

    const { events, nextSeq } = await stored();
    // b's profile (2) and step (4) are gone; their removal (5) says so.
    expect(events.map((e) => e.seq)).toEqual([1, 3, 5, 6]);
    expect(nextSeq).toBe(7);
  });
});

describe('a learner removed from the tablet', () => {
  it('gets no more events, even from a tab that had not heard of the removal yet', async () => {
    const a = await learner('learner-a');
    // This tab writes for a, so its next write would take the quick way, with no look at the learners.
    await appendEvent(a, step('one'));
    await removeLearnerInAnotherTab(a);

    await expect(appendEvent(a, step('two'))).rejects.toBeInstanceOf(LearnerGoneError);
    const { events } = await stored();
    expect(events.filter((e) => e.type === 'step.completed')).toEqual([]);
    expect(events.map((e) => e.type)).toEqual(['learner.removed']);
  });

  it('leaves a record of which unsent events were discarded, so every gap in the numbering is explained', async () => {
    const a = await learner('learner-a'); // 1
    const b = await learner('learner-b'); // 2
    await appendEvent(a, step('one')); // 3
    await appendEvent(b, step('one')); // 4
    await appendEvent(a, step('two')); // 5
    await appendEvent(a, step('three')); // 6
    await sent([1, 2, 3, 4]);
    await removeLearner(a); // 7: discards 5 and 6, never sent
    await appendEvent(b, step('two')); // 8
    await clearTablet(); // 9: discards 8 (b's); nothing was left of a

    const { events, outboxSeqs } = await stored();
    const removals = events.filter((e): e is LearnerRemoved => e.type === 'learner.removed');
    expect(removals.map((e) => [e.learnerId, e.reason, e.discardedSeqs])).toEqual([
      [a, 'learner-removed', [5, 6]],
      [b, 'tablet-cleared', [8]],
    ]);
    // What the server will get: the removals, which explain every seq it will never see.
    expect(outboxSeqs).toEqual([7, 9]);
    const sentToServer = [1, 2, 3, 4];
    const explained = new Set([...sentToServer, ...outboxSeqs, ...removals.flatMap((e) => e.discardedSeqs)]);
    expect([...explained].sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('is read back by the sender in seq order, through the outbox index', async () => {
    const a = await learner('learner-a');
    const b = await learner('learner-b');
    for (const id of ['one', 'two', 'three']) {
      await appendEvent(b, step(id));
      await otherTabWrites(a, id);
    }
    await removeLearner(b);
    const order = await outboxInSeqOrder();
    expect(order.map((e) => e.seq)).toEqual([1, 4, 6, 8, 9]);
    expect(order.map((e) => e.type)).toEqual([
      'learner.profiled',
      'step.completed',
      'step.completed',
      'step.completed',
      'learner.removed',
    ]);
    expect((await outboxInSeqOrder(2)).map((e) => e.seq)).toEqual([1, 4]);
  });
});

/** Another tab of Hubsteps (its own copy of the store, its own connection) removes a learner. */
async function removeLearnerInAnotherTab(learnerId: string): Promise<void> {
  vi.resetModules();
  const otherTab = await import('../../src/store/removals');
  await otherTab.removeLearner(learnerId);
  (await import('../../src/store/db')).resetDb();
}
