/**
 * The sender (DESIGN.md §5): pushes the outbox to the hub's server in seq order, in batches,
 * and takes an entry out of the outbox only once the server has acknowledged its id. A reply
 * lost after the server committed means the batch is sent again; the server stores each id
 * once, so that costs nothing but the bytes.
 */
import type { IDBPDatabase } from 'idb';
import type { LearningEvent } from '../core/events';
import { learnerCodeFrom } from '../core/learner';
import { type EventTx, writeEventsIn } from '../store/events';
import { EVENT_STORES, type HubstepsDB, type MetaValues, type OutboxEntry } from '../store/schema';
import type { SyncContext } from './context';
import { deviceRefused, type PushAnswer, post, pushAnswer } from './http';

/** Why the sender stopped: all sent, the tablet refused as a device, or the server not answering. */
export type SendOutcome = 'sent' | 'revoked' | 'unreachable';

/** Pushes batches until the outbox is empty, the server stops answering, or refuses the tablet. */
export async function sendOutbox(ctx: SyncContext, token: string, onAcknowledged: () => void): Promise<SendOutcome> {
  for (;;) {
    const database = await ctx.database();
    const { batch, waitingAfter } = await nextBatch(database, ctx.batchSize);
    if (batch.length === 0) return 'sent';
    const answer = await post(ctx.fetch, '/api/push', batch, pushAnswer, {
      token,
      headers: { 'Hubsteps-Waiting': String(waitingAfter) },
    });
    if (deviceRefused(answer)) return 'revoked';
    // Any other refusal of a whole batch (too large, not a batch) is this code's mistake: try
    // again later rather than lose anything.
    if (answer.kind !== 'ok') return 'unreachable';
    const progressed = await acknowledge(ctx, database, batch, answer.body);
    onAcknowledged();
    for (const learnerId of new Set(answer.body.codeTaken)) await giveNewCode(ctx, database, learnerId, batch);
    // An answer that took nothing out of the outbox would have us send the same batch for ever.
    if (!progressed) return 'unreachable';
  }
}

/** The first outbox events in seq order, and how many would still wait after them. */
async function nextBatch(
  database: IDBPDatabase<HubstepsDB>,
  size: number,
): Promise<{ batch: LearningEvent[]; waitingAfter: number }> {
  const tx = database.transaction(['outbox', 'events'], 'readonly');
  const [entries, total] = await Promise.all([
    tx.objectStore('outbox').index('by-seq').getAll(undefined, size),
    tx.objectStore('outbox').count(),
  ]);
  const events = await Promise.all(entries.map((entry) => tx.objectStore('events').get(entry.id)));
  // Every outbox entry has its event (removals keep the records they still have to send).
  const batch = events.filter((e): e is LearningEvent => e !== undefined);
  return { batch, waitingAfter: total - batch.length };
}

/**
 * Takes acknowledged events out of the outbox, in one transaction with the time of the sync.
 * Events the server refused are taken out too, as sending them again would be refused again:
 * the server keeps them in its quarantine with the reasons, and the tablet keeps them in its
 * events and counts them (meta `quarantined`), so none goes without a trace. Returns whether
 * anything left the outbox.
 */
async function acknowledge(
  ctx: SyncContext,
  database: IDBPDatabase<HubstepsDB>,
  batch: readonly LearningEvent[],
  answer: PushAnswer,
): Promise<boolean> {
  const accepted = new Set(answer.accepted);
  const sent = new Map(batch.map((e) => [e.id, e]));
  // An id can be both accepted and rejected (another copy of it was refused): it is on the server.
  const refused = [...new Set(answer.rejected.map((r) => r.id))].filter(
    (id): id is string => id !== null && sent.has(id) && !accepted.has(id),
  );
  const done = [...accepted].filter((id) => sent.has(id));

  const tx = database.transaction(['outbox', 'events', 'learners', 'meta'], 'readwrite', { durability: 'strict' });
  const outbox = tx.objectStore('outbox');
  const writes: Promise<unknown>[] = [...done, ...refused].map((id) => outbox.delete(id));
  for (const id of done) {
    const event = sent.get(id);
    if (event?.type !== 'learner.removed') continue;
    // The record of a removal was kept only to be sent; its learner is gone (unless restored since).
    writes.push(
      tx
        .objectStore('learners')
        .getKey(event.learnerId)
        .then((here) => (here === undefined ? tx.objectStore('events').delete(id) : undefined)),
    );
  }
  if (refused.length > 0) {
    const meta = tx.objectStore('meta');
    writes.push(
      meta.get('quarantined').then((before) => {
        const known = new Set((before as MetaValues['quarantined'] | undefined) ?? []);
        return meta.put([...known, ...refused.filter((id) => !known.has(id))], 'quarantined');
      }),
    );
  }
  writes.push(tx.objectStore('meta').put(ctx.now().toISOString(), 'lastSyncedAt'));
  await Promise.all([...writes, tx.done]);
  return done.length + refused.length > 0;
}

/**
 * The server found this learner's code already taken by another learner of the hub: give them
 * a fresh one, as a new profile (which the next push sends). Not if their code has changed
 * since the profile the server judged (a batch sent again after a lost answer is told again).
 */
async function giveNewCode(
  ctx: SyncContext,
  database: IDBPDatabase<HubstepsDB>,
  learnerId: string,
  batch: readonly LearningEvent[],
): Promise<void> {
  const judged = batch.filter((e) => e.type === 'learner.profiled' && e.learnerId === learnerId).at(-1);
  const tx = database.transaction([...EVENT_STORES], 'readwrite', { durability: 'strict' });
  const learners = tx.objectStore('learners');
  const learner = await learners.get(learnerId);
  const stale =
    judged?.type === 'learner.profiled'
      ? learner?.code !== judged.code
      : await unsentProfile(outboxReader(tx), learnerId);
  if (!learner || stale) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return;
  }
  let code = learnerCodeFrom(ctx.randomBytes);
  while ((await learners.index('by-code').getKey(code)) !== undefined) code = learnerCodeFrom(ctx.randomBytes);
  const { id, createdAt: _createdAt, ...fields } = learner;
  await Promise.all([
    learners.put({ ...learner, code }),
    writeEventsIn(tx, id, [{ type: 'learner.profiled', ...fields, code }]),
    tx.done,
  ]);
}

/** Reads a transaction's outbox and events (whatever else it spans). */
export interface OutboxReader {
  entries: (learnerId: string) => Promise<OutboxEntry[]>;
  event: (id: string) => Promise<LearningEvent | undefined>;
}

export const outboxReader = (tx: EventTx): OutboxReader => ({
  entries: (learnerId) => tx.objectStore('outbox').index('by-learner').getAll(learnerId),
  event: (id) => tx.objectStore('events').get(id),
});

/** Whether a profile of this learner written here is still in the outbox. */
export async function unsentProfile(read: OutboxReader, learnerId: string): Promise<boolean> {
  const events = await Promise.all((await read.entries(learnerId)).map((entry) => read.event(entry.id)));
  return events.some((e) => e?.type === 'learner.profiled');
}
