import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openHubstepsDB, resetDb } from '../../src/store/db';
import { appendEvent, writeEventIn } from '../../src/store/events';
import { removeLearner } from '../../src/store/learners';
import { EVENT_STORES } from '../../src/store/schema';

beforeEach(() => {
  resetDb();
  globalThis.indexedDB = new IDBFactory();
});

const step = (stepId: string) => ({ type: 'step.completed' as const, lessonId: 'tablet-basics', stepId });

describe('numbering events on a device', () => {
  it('is gapless and never repeats, even when another tab writes in between', async () => {
    await appendEvent('learner-a', step('one'));
    await appendEvent('learner-a', step('two'));
    // Another tab of Hubsteps, with its own connection, writes an event.
    const otherTab = await openHubstepsDB();
    const tx = otherTab.transaction([...EVENT_STORES], 'readwrite');
    await Promise.all([writeEventIn(tx, 'learner-b', step('elsewhere')), tx.done]);
    otherTab.close();
    await appendEvent('learner-a', step('three'));
    await appendEvent('learner-a', step('four'));

    const mine = await openHubstepsDB();
    const events = await mine.getAll('events');
    expect(events.map((e) => e.seq).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(events.map((e) => e.deviceId)).size).toBe(1);
    const outbox = await mine.getAll('outbox');
    expect(outbox.map((o) => o.seq).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
    expect(await mine.get('meta', 'nextSeq')).toBe(6);
    mine.close();
  });

  it('never gives out a number twice, even after another tab removed the learner who had it', async () => {
    await appendEvent('learner-a', step('one'));
    // Another tab writes the next event, for a learner it then removes from the tablet.
    const otherTab = await openHubstepsDB();
    const tx = otherTab.transaction([...EVENT_STORES], 'readwrite');
    await Promise.all([writeEventIn(tx, 'learner-b', step('elsewhere')), tx.done]);
    otherTab.close();
    await removeLearner('learner-b');
    await appendEvent('learner-a', step('two'));

    const mine = await openHubstepsDB();
    expect((await mine.getAll('events')).map((e) => e.seq).sort((a, b) => a - b)).toEqual([1, 3]);
    expect(await mine.get('meta', 'nextSeq')).toBe(4);
    expect(await mine.getAllKeys('seqs')).toEqual([1, 2, 3]);
    mine.close();
  });

  it('numbers events written at the same moment one after another', async () => {
    // One write first, so the quick way is ready; then five at once all expect the same next number.
    await appendEvent('learner-a', step('a'));
    await Promise.all(['b', 'c', 'd', 'e', 'f'].map((id) => appendEvent('learner-a', step(id))));
    const mine = await openHubstepsDB();
    expect((await mine.getAll('events')).map((e) => e.seq).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
    mine.close();
  });
});
