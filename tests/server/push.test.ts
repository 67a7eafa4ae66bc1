import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LearningEvent } from '../../src/core/events';
import { MAX_BATCH_EVENTS, PushRefused, push } from '../../src/server/push';
import { addDevice, addHub, completed, newLearner, profiled, started, Tablet } from './tablet';
import { type TempDatabase, tempDatabase } from './temp-db';

let temp: TempDatabase;
let hub: string;
let device: string;
let tablet: Tablet;
let learner: string;

beforeEach(async () => {
  temp = await tempDatabase();
  hub = await addHub(temp.db);
  device = await addDevice(temp.db, hub);
  tablet = new Tablet(device);
  learner = newLearner();
});
afterEach(async () => {
  await temp.remove();
});

/** A learner's first minutes: their profile, a lesson started, two steps done. */
function firstMinutes(): LearningEvent[] {
  return [
    tablet.write(learner, profiled()),
    tablet.write(learner, started()),
    tablet.write(learner, completed('hold-tablet')),
    tablet.write(learner, completed('how-to-tap')),
  ];
}

/** Everything a push can change, to compare before and after. */
async function everything() {
  const { db } = temp;
  return {
    events: await db.selectFrom('events').selectAll().orderBy('arrival').execute(),
    // By payload: SQLite and PostgreSQL sort a null event id differently.
    quarantine: await db.selectFrom('quarantine').selectAll().orderBy('payload').execute(),
    gaps: await db.selectFrom('seq_gaps').selectAll().orderBy('from_seq').execute(),
    hubs: await db.selectFrom('hubs').selectAll().execute(),
    devices: await db.selectFrom('devices').select(['id', 'last_seq', 'revoked_at']).execute(),
  };
}

const at = (iso: string) => () => new Date(iso);

describe('a tablet pushing its outbox', () => {
  it('stores a batch, in arrival order, and acknowledges every event once it is stored', async () => {
    const batch = firstMinutes();
    const result = await push(temp.db, device, batch, { now: at('2026-03-04T11:00:00.000Z') });

    expect(result).toEqual({ accepted: batch.map((e) => e.id), rejected: [], codeTaken: [] });
    const { events, quarantine, gaps, hubs, devices } = await everything();
    expect(events.map((e) => [e.id, e.seq, e.arrival, e.type, e.learner_id, e.device_id, e.hub_id])).toEqual(
      batch.map((e, i) => [e.id, e.seq, i + 1, e.type, learner, device, hub]),
    );
    expect(events.map((e) => JSON.parse(e.body))).toEqual(batch);
    expect(events.every((e) => e.received_at === '2026-03-04T11:00:00.000Z')).toBe(true);
    expect(quarantine).toEqual([]);
    expect(gaps).toEqual([]);
    expect(hubs[0]?.last_arrival).toBe(4);
    expect(devices).toEqual([{ id: device, last_seq: 4, revoked_at: null }]);
  });

  it('acknowledges the same batch sent again (its answer was lost) and changes nothing', async () => {
    const batch = firstMinutes();
    await push(temp.db, device, batch, { now: at('2026-03-04T11:00:00.000Z') });
    const before = await everything();

    // The same events, their keys in another order as another JSON writer might send them.
    const again = batch.map((e) => Object.fromEntries(Object.entries(e).reverse()));
    const result = await push(temp.db, device, again, { now: at('2026-03-04T11:05:00.000Z') });

    expect(result).toEqual({ accepted: batch.map((e) => e.id), rejected: [], codeTaken: [] });
    expect(await everything()).toEqual(before);
    // Only the tablet's last sync moves on.
    const { last_push_at } = await temp.db.selectFrom('devices').select('last_push_at').executeTakeFirstOrThrow();
    expect(last_push_at).toBe('2026-03-04T11:05:00.000Z');
  });

  it('quarantines an id sent again with different content, and keeps the first', async () => {
    const [profile, step] = [tablet.write(learner, profiled()), tablet.write(learner, completed('hold-tablet'))];
    await push(temp.db, device, [profile, step]);
    const changed = { ...step, stepId: 'how-to-tap' };

    const result = await push(temp.db, device, [changed]);
    expect(result).toEqual({
      accepted: [],
      rejected: [
        { index: 0, id: step.id, reasons: ['id: an event with this id is already stored with different content'] },
      ],
      codeTaken: [],
    });
    // Sent once more, it is refused again but kept once.
    await push(temp.db, device, [changed]);

    const { events, quarantine } = await everything();
    expect(events.map((e) => JSON.parse(e.body))).toEqual([profile, step]);
    expect(quarantine).toEqual([
      expect.objectContaining({
        event_id: step.id,
        device_id: device,
        hub_id: hub,
        reason: 'id: an event with this id is already stored with different content',
      }),
    ]);
    expect(JSON.parse(quarantine[0]?.payload ?? '')).toEqual(changed);
  });

  it("quarantines another device's id, and events written by another device", async () => {
    const other = await addDevice(temp.db, hub);
    const mine = tablet.write(learner, started());
    await push(temp.db, device, [mine]);

    const otherTablet = new Tablet(other);
    const sameId = { ...otherTablet.write(learner, started()), id: mine.id };
    const notTheirs = tablet.write(learner, completed('hold-tablet'));
    const result = await push(temp.db, other, [sameId, notTheirs]);

    expect(result.accepted).toEqual([]);
    expect(result.rejected).toEqual([
      { index: 0, id: mine.id, reasons: ['id: an event with this id was already sent by another device'] },
      {
        index: 1,
        id: notTheirs.id,
        reasons: ['deviceId: this event was written by another device; a tablet pushes only its own'],
      },
    ]);
    const { events, quarantine } = await everything();
    expect(events.map((e) => e.id)).toEqual([mine.id]);
    expect(quarantine.map((q) => [q.event_id, q.device_id]).sort()).toEqual([
      [mine.id, other],
      [notTheirs.id, other],
    ]);
  });

  it('rejects bad events with their reasons, and still stores the good ones of the batch', async () => {
    const [one, two] = [tablet.write(learner, profiled()), tablet.write(learner, started())];
    const unknownType = { ...tablet.write(learner, started()), type: 'lesson.skipped' };
    const four = tablet.write(learner, completed('hold-tablet'));
    const batch = [one, unknownType, two, 42, four];

    const result = await push(temp.db, device, batch);

    expect(result.accepted).toEqual([one.id, two.id, four.id]);
    expect(result.rejected).toEqual([
      {
        index: 1,
        id: unknownType.id,
        reasons: [expect.stringMatching(/^type: must be one of .*; got "lesson.skipped"$/)],
      },
      { index: 3, id: null, reasons: ['an event must be a JSON object; got number 42'] },
    ]);
    const { events, quarantine, gaps } = await everything();
    expect(events.map((e) => e.id)).toEqual([one.id, two.id, four.id]);
    expect(quarantine.map((q) => [q.event_id, JSON.parse(q.payload)])).toEqual([
      [null, 42],
      [unknownType.id, unknownType],
    ]);
    expect(quarantine.map((q) => q.reason)).toEqual([
      'an event must be a JSON object; got number 42',
      expect.stringMatching(/^type: must be one of /),
    ]);
    // The refused event's seq is a gap nobody has explained: the coordinator will see it.
    expect(gaps.map((g) => [g.from_seq, g.to_seq, g.kind])).toEqual([[3, 3, 'unexplained']]);
  });

  it('acknowledges an event twice in one batch once, and refuses a changed copy or a taken seq', async () => {
    const [one, two] = [tablet.write(learner, started()), tablet.write(learner, completed('hold-tablet'))];
    const changedCopy = { ...two, stepId: 'how-to-tap' };
    const sameSeq = { ...tablet.write(learner, completed('how-to-tap')), seq: one.seq };

    const result = await push(temp.db, device, [one, two, two, changedCopy, sameSeq]);
    expect(result.accepted).toEqual([one.id, two.id]);
    expect(result.rejected).toEqual([
      { index: 3, id: two.id, reasons: ['id: this id is twice in the batch with different content'] },
      { index: 4, id: sameSeq.id, reasons: ['seq: 1 of this device is already used by another event'] },
    ]);
    const later = { ...tablet.write(learner, completed('how-to-scroll')), seq: two.seq };
    expect((await push(temp.db, device, [later])).rejected).toEqual([
      { index: 0, id: later.id, reasons: ['seq: 2 of this device is already used by another event'] },
    ]);
    expect((await everything()).events.map((e) => e.id)).toEqual([one.id, two.id]);
  });

  it('records gaps in seq, closes them when the events come late, and tells discarded ones apart', async () => {
    const one = tablet.write(learner, profiled());
    const lost = [tablet.write(learner, started()), tablet.write(learner, completed('hold-tablet'))];
    const four = tablet.write(learner, completed('how-to-tap'));
    const gaps = async () =>
      (await everything()).gaps.map((g) => [g.device_id === device, g.from_seq, g.to_seq, g.kind]);

    await push(temp.db, device, [one, four]);
    expect(await gaps()).toEqual([[true, 2, 3, 'unexplained']]);

    // A batch that had been lost arrives after a later one.
    await push(temp.db, device, [lost[1]]);
    expect(await gaps()).toEqual([[true, 2, 2, 'unexplained']]);

    // Another learner is removed from the tablet with two events never sent: it says so.
    const other = newLearner();
    const discarded = [tablet.skip(), tablet.skip()];
    const removal = tablet.write(other, {
      type: 'learner.removed',
      reason: 'learner-removed',
      discardedSeqs: discarded,
    });
    await push(temp.db, device, [removal]);
    expect(await gaps()).toEqual([
      [true, 2, 2, 'unexplained'],
      [true, 5, 6, 'discarded'],
    ]);
    expect((await everything()).devices[0]?.last_seq).toBe(7);
  });

  it('accepts events a tablet wrote under its local id before enrolment, its seqs running on', async () => {
    const local = `local-${uuidv7()}`;
    const enrolled = await addDevice(temp.db, hub, { alias: local });
    const before = new Tablet(local);
    const early = [before.write(learner, profiled()), before.write(learner, started())];
    // Enrolment keeps the counter: the next event carries the new id and seq 3.
    const after = new Tablet(enrolled, 3);
    const late = after.write(learner, completed('hold-tablet'));

    const result = await push(temp.db, enrolled, [...early, late]);
    expect(result).toEqual({ accepted: [...early, late].map((e) => e.id), rejected: [], codeTaken: [] });
    const { events, gaps } = await everything();
    expect(events.map((e) => [e.device_id, e.seq, JSON.parse(e.body).deviceId])).toEqual([
      [enrolled, 1, local],
      [enrolled, 2, local],
      [enrolled, 3, enrolled],
    ]);
    expect(gaps).toEqual([]);
  });

  it('numbers arrivals in the order pushes commit, across the tablets of a hub', async () => {
    const second = new Tablet(await addDevice(temp.db, hub));
    const a = [tablet.write(learner, profiled()), tablet.write(learner, started())];
    const b = [second.write(learner, completed('hold-tablet'))];
    const c = [tablet.write(learner, completed('how-to-tap'))];
    await Promise.all([push(temp.db, device, a), push(temp.db, second.deviceId, b), push(temp.db, device, c)]);

    const events = (await everything()).events;
    expect(events.map((e) => e.arrival)).toEqual([1, 2, 3, 4]);
    // Each push's events arrive together and in batch order.
    const order = events.map((e) => e.id);
    for (const batch of [a, b, c]) {
      const positions = batch.map((e) => order.indexOf(e.id));
      expect(positions).toEqual(positions.map((_, i) => (positions[0] ?? 0) + i));
    }
  });

  it('stores the pushes of many tablets at once, while ones that fail at the same moment write nothing', async () => {
    // On SQLite pushes waiting for the writer share a commit: a failure must stay its own.
    const tablets = [tablet];
    for (let i = 0; i < 5; i++) tablets.push(new Tablet(await addDevice(temp.db, hub)));
    const revoked = new Tablet(await addDevice(temp.db, hub));
    await temp.db
      .updateTable('devices')
      .set({ revoked_at: '2026-03-04T12:00:00.000Z' })
      .where('id', '=', revoked.deviceId)
      .execute();
    // Pushes with a gap in seq write the device's gaps, and that write fails, as a full disk would.
    const failing = await temp.failInserts('seq_gaps', 'disk failed');
    const gapped = tablets.slice(0, 2).map((t) => {
      t.skip();
      return [t.write(learner, started())];
    });
    const fine = tablets.slice(2).map((t) => [t.write(learner, started()), t.write(learner, completed('how-to-tap'))]);

    const results = await Promise.allSettled([
      ...tablets.map((t, i) => push(temp.db, t.deviceId, i < 2 ? gapped[i] : fine[i - 2])),
      push(temp.db, revoked.deviceId, [revoked.write(learner, started())]),
    ]);
    await failing.undo();

    expect(results.map((r) => r.status)).toEqual([
      'rejected',
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
    ]);
    const stored = (await everything()).events;
    // Only the good pushes' events, numbered from 1 with none skipped: the failed ones took no number.
    expect(stored.map((e) => e.id).sort()).toEqual(
      fine
        .flat()
        .map((e) => e.id)
        .sort(),
    );
    expect(stored.map((e) => e.arrival)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const pushed = await temp.db.selectFrom('devices').select(['id', 'last_push_at']).execute();
    const lastPush = new Map(pushed.map((d) => [d.id, d.last_push_at]));
    expect(tablets.map((t) => lastPush.get(t.deviceId) !== null)).toEqual([false, false, true, true, true, true]);
  });

  it('refuses a whole push from an unknown or revoked device, or too big, and writes nothing', async () => {
    const batch = firstMinutes();
    const before = await everything();
    await expect(push(temp.db, `device-${uuidv7()}`, batch)).rejects.toMatchObject({ code: 'unknown-device' });
    await expect(push(temp.db, device, { events: batch })).rejects.toMatchObject({ code: 'not-a-batch' });
    const tooMany = Array.from({ length: MAX_BATCH_EVENTS + 1 }, () => tablet.write(learner, started()));
    await expect(push(temp.db, device, tooMany)).rejects.toThrow(
      `A push may carry at most ${MAX_BATCH_EVENTS} events; this one has ${MAX_BATCH_EVENTS + 1}.`,
    );
    await temp.db.updateTable('devices').set({ revoked_at: '2026-03-04T12:00:00.000Z' }).execute();
    const revoked = push(temp.db, device, batch);
    await expect(revoked).rejects.toBeInstanceOf(PushRefused);
    await expect(revoked).rejects.toMatchObject({ code: 'revoked-device' });

    const after = await everything();
    expect({ ...after, devices: after.devices.map((d) => ({ ...d, revoked_at: null })) }).toEqual(before);
  });

  it('writes nothing, and acknowledges nothing, when the transaction fails before its commit', async () => {
    // The last write of the push (the device's gaps) fails, after the events and quarantine.
    const failing = await temp.failInserts('seq_gaps', 'disk failed');
    const one = tablet.write(learner, profiled());
    tablet.skip();
    const three = tablet.write(learner, started());
    const before = await everything();

    await expect(push(temp.db, device, [one, 'not an event', three])).rejects.toThrow('disk failed');
    expect(await everything()).toEqual(before);
    const { last_push_at } = await temp.db.selectFrom('devices').select('last_push_at').executeTakeFirstOrThrow();
    expect(last_push_at).toBeNull();

    // The tablet sends the same batch again, and this time it is stored.
    await failing.undo();
    const result = await push(temp.db, device, [one, 'not an event', three]);
    expect(result.accepted).toEqual([one.id, three.id]);
    const after = await everything();
    expect(after.events.map((e) => [e.seq, e.arrival])).toEqual([
      [1, 1],
      [3, 2],
    ]);
    expect(after.quarantine).toHaveLength(1);
    expect(after.gaps.map((g) => [g.from_seq, g.to_seq])).toEqual([[2, 2]]);
  });
});

describe("a hub's learners and their codes", () => {
  /** The learners the server knows, as [learner, hub, code, profile arrival], in a fixed order. */
  async function learners(): Promise<[string, string, string | null, number | null][]> {
    const rows = await temp.db.selectFrom('learners').selectAll().orderBy('learner_id').execute();
    return rows.map((r) => [r.learner_id, r.hub_id, r.code, r.profile_arrival]);
  }
  const sortedBy = <T extends [string, ...unknown[]]>(rows: T[]) => [...rows].sort((a, b) => (a[0] < b[0] ? -1 : 1));

  it('gives a learner the code of their profile, and tells the tablet of a second learner asking for it', async () => {
    const amina = learner;
    const yusuf = newLearner();
    const first = await push(temp.db, device, [tablet.write(amina, profiled('Amina', 'ABCD2345'))]);
    expect(first.codeTaken).toEqual([]);

    // Another tablet of the hub made Yusuf the same code: his profile is stored, his code is not.
    const second = new Tablet(await addDevice(temp.db, hub));
    const clash = [second.write(yusuf, profiled('Yusuf', 'ABCD2345')), second.write(yusuf, started())];
    const answer = await push(temp.db, second.deviceId, clash);
    expect(answer).toEqual({ accepted: clash.map((e) => e.id), rejected: [], codeTaken: [yusuf] });
    expect(await learners()).toEqual(
      sortedBy([
        [amina, hub, 'ABCD2345', 1],
        [yusuf, hub, null, 2],
      ]),
    );

    // Its answer was lost: sent again, the tablet is told again.
    expect((await push(temp.db, second.deviceId, clash)).codeTaken).toEqual([yusuf]);

    // His tablet gives him a new code: now it is his, and nobody is told anything.
    const fresh = second.write(yusuf, profiled('Yusuf', 'WXYZ6789'));
    expect(await push(temp.db, second.deviceId, [fresh])).toEqual({
      accepted: [fresh.id],
      rejected: [],
      codeTaken: [],
    });
    // Amina changes her name: her profile keeps her code, which is still hers.
    const renamed = tablet.write(amina, profiled('Amina K', 'ABCD2345'));
    expect((await push(temp.db, device, [renamed])).codeTaken).toEqual([]);
    expect(await learners()).toEqual(
      sortedBy([
        [amina, hub, 'ABCD2345', 5],
        [yusuf, hub, 'WXYZ6789', 4],
      ]),
    );
  });

  it('settles codes in arrival order within one batch, by each learner’s latest profile', async () => {
    const [amina, yusuf, zainab] = [learner, newLearner(), newLearner()];
    const batch = [
      tablet.write(amina, profiled('Amina', 'ABCD2345')),
      tablet.write(yusuf, profiled('Yusuf', 'ABCD2345')),
      tablet.write(zainab, profiled('Zainab', 'ABCD2345')),
      // Zainab's tablet already gave her a new code, later in the same batch.
      tablet.write(zainab, profiled('Zainab', 'MNPQ2345')),
      // Amina moves to a new code: hers is free now, but Yusuf's profile asked for it before.
      tablet.write(amina, profiled('Amina', 'RSTU6789')),
    ];
    const answer = await push(temp.db, device, batch);
    expect(answer.accepted).toEqual(batch.map((e) => e.id));
    expect(answer.codeTaken).toEqual([yusuf]);
    expect(await learners()).toEqual(
      sortedBy([
        [amina, hub, 'RSTU6789', 5],
        [yusuf, hub, null, 2],
        [zainab, hub, 'MNPQ2345', 4],
      ]),
    );
    // Yusuf asks again for the code Amina left: now it is his.
    const again = tablet.write(yusuf, profiled('Yusuf', 'ABCD2345'));
    expect((await push(temp.db, device, [again])).codeTaken).toEqual([]);
    expect((await learners()).find(([id]) => id === yusuf)).toEqual([yusuf, hub, 'ABCD2345', 6]);
  });

  it('gives a new learner to one hub only when two hubs push their events at the same moment', async () => {
    const otherHub = await addHub(temp.db, 'Clinic hub');
    const theirs = new Tablet(await addDevice(temp.db, otherHub));
    const both = [newLearner(), newLearner(), newLearner()];
    const ours = both.map((id) => tablet.write(id, started()));
    const their = [...both].reverse().map((id) => theirs.write(id, started()));

    const [a, b] = await Promise.all([push(temp.db, device, ours), push(temp.db, theirs.deviceId, their)]);
    const owners = await temp.db.selectFrom('learners').select(['learner_id', 'hub_id']).execute();
    expect(owners).toHaveLength(3);
    for (const { learner_id, hub_id } of owners) {
      const [mine, others] = hub_id === hub ? [a, b] : [b, a];
      const writtenFor = (ids: string[]) =>
        [...ours, ...their].filter((e) => ids.includes(e.id)).map((e) => e.learnerId);
      expect(writtenFor(mine.accepted)).toContain(learner_id);
      expect(writtenFor(others.accepted)).not.toContain(learner_id);
    }
    expect(a.accepted.length + b.accepted.length).toBe(3);
    expect(a.rejected.length + b.rejected.length).toBe(3);
    const stored = await temp.db.selectFrom('events').select(['hub_id', 'learner_id']).execute();
    expect(stored.map((e) => [e.learner_id, e.hub_id]).sort()).toEqual(
      owners.map((o) => [o.learner_id, o.hub_id]).sort(),
    );
  });

  it("quarantines events of another hub's learner, stores the rest, and keeps each hub's codes apart", async () => {
    const otherHub = await addHub(temp.db, 'Clinic hub');
    const theirs = new Tablet(await addDevice(temp.db, otherHub));
    const ours = tablet.write(learner, profiled('Amina', 'ABCD2345'));
    await push(temp.db, device, [ours]);

    // The other hub's tablet sends events of our learner, and a learner of its own with the same code.
    const own = newLearner();
    const batch = [
      theirs.write(learner, started()),
      theirs.write(own, profiled('Maryam', 'ABCD2345')),
      theirs.write(learner, profiled('Amina', 'WXYZ6789')),
    ];
    const before = await temp.db.selectFrom('learners').selectAll().where('learner_id', '=', learner).execute();
    const answer = await push(temp.db, theirs.deviceId, batch);

    const reasons = ['learnerId: this learner belongs to another hub; a tablet syncs only the learners of its own hub'];
    expect(answer).toEqual({
      accepted: [batch[1]?.id],
      rejected: [
        { index: 0, id: batch[0]?.id, reasons },
        { index: 2, id: batch[2]?.id, reasons },
      ],
      codeTaken: [],
    });
    const { events, quarantine } = await everything();
    expect(events.map((e) => [e.id, e.hub_id])).toEqual([
      [ours.id, hub],
      [batch[1]?.id, otherHub],
    ]);
    expect(quarantine.map((q) => [q.event_id, q.hub_id, q.reason]).sort()).toEqual(
      [
        [batch[0]?.id, otherHub, reasons[0]],
        [batch[2]?.id, otherHub, reasons[0]],
      ].sort(),
    );
    // Our learner is as they were; theirs holds the same code in their own hub.
    expect(await temp.db.selectFrom('learners').selectAll().where('learner_id', '=', learner).execute()).toEqual(
      before,
    );
    expect((await learners()).find(([id]) => id === own)).toEqual([own, otherHub, 'ABCD2345', 1]);
  });
});
