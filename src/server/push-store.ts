/**
 * The part of a push (push.ts) that reads and writes the database, in one transaction: which
 * events are new, repeats or conflicts; the inserts with the hub's arrival numbers; quarantine;
 * the device's seq gaps; the learners' profiles and codes. On SQLite it runs on the database's
 * own thread (sqlite-thread.ts), so it imports nothing the thread cannot bundle: no schema
 * checks, no HTTP.
 */
import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { LearningEvent } from '../core/events';
import type { ServerDatabase } from './db/schema';
import { inWriteTransaction } from './db/shared-commit';
import { claimLearners, codesTaken, recordProfiles, type StoredProfile } from './learners';
import { type Gap, gapsAfter } from './seq-gaps';

export interface Rejection {
  /** Where it was in the batch. */
  index: number;
  /** Its id, if it had a usable one. */
  id: string | null;
  reasons: string[];
}

export interface PushResult {
  /**
   * Ids now stored as sent, each once, in batch order: new ones, and ones stored before with
   * the same content (sent again after a lost answer). The tablet may drop these from its
   * outbox. An id can be here and in `rejected` too, when a different copy of it was refused.
   */
  accepted: string[];
  /** Events refused, each kept in quarantine with its reasons. */
  rejected: Rejection[];
  /**
   * Learners of this batch whose latest profile asks for a learner code that another learner
   * of the hub already holds: the tablet must give them a new code (a new `learner.profiled`).
   * The server keeps the code they held before, if any.
   */
  codeTaken: string[];
}

/** Why an event of a learner of another hub is refused. */
export const OTHER_HUB_LEARNER =
  'learnerId: this learner belongs to another hub; a tablet syncs only the learners of its own hub';

/** A push refused as a whole: nothing was written. */
export class PushRefused extends Error {
  constructor(
    readonly code: 'not-a-batch' | 'batch-too-large' | 'unknown-device' | 'revoked-device',
    message: string,
  ) {
    super(message);
    this.name = 'PushRefused';
  }
}

type Tx = Transaction<ServerDatabase>;

/** An event that passed the schema, with its stored text. */
export interface Checked {
  index: number;
  event: LearningEvent;
  body: string;
}

/** A refusal on its way to quarantine and to the answer. */
export interface Refused {
  index: number;
  id: string | null;
  reasons: string[];
  payload: string;
}

/** A batch checked against the schema, to store. */
export interface StoreRequest {
  deviceId: string;
  valid: Checked[];
  refused: Refused[];
  /** When the server received it, ISO 8601. */
  receivedAt: string;
  /** How many events the tablet says it still has to send, if it says. */
  waiting?: number;
}

/**
 * Stores the valid events of a batch, quarantines what is refused, and answers what the tablet
 * is told. Resolves after the commit; rejects (writing nothing) if the device may not push or
 * the transaction fails.
 */
export async function storePush(
  db: Kysely<ServerDatabase>,
  { deviceId, valid, refused, receivedAt, waiting }: StoreRequest,
): Promise<PushResult> {
  // Its own transaction, or on SQLite one shared with other pushes waiting for the writer.
  const { accepted, codeTaken } = await inWriteTransaction(db, async (tx) => {
    const device = await takeHubTurn(tx, deviceId);
    const ownIds = new Set([device.id, ...(await aliasesOf(tx, device.id))]);
    const sorted = await sortOut(tx, device.id, ownIds, valid);
    const { duplicates, conflicts } = sorted;
    refused.push(...conflicts);
    // Claimed before the events are stored: a learner's events all go to one hub.
    const foreign = await claimLearners(
      tx,
      device.hub_id,
      sorted.fresh.map((c) => c.event.learnerId),
    );
    const fresh = sorted.fresh.filter((c) => !foreign.has(c.event.learnerId));
    for (const c of sorted.fresh.filter((c) => foreign.has(c.event.learnerId))) {
      refused.push({ index: c.index, id: c.event.id, reasons: [OTHER_HUB_LEARNER], payload: c.body });
    }

    const inserted = await insertEvents(tx, device, fresh, receivedAt);
    // Another hub may have stored one of these ids since we looked (its turn is not ours).
    const late = fresh.filter((c) => !inserted.has(c.event.id));
    if (late.length > 0) {
      const again = await sortOut(tx, device.id, ownIds, late);
      duplicates.push(...again.duplicates);
      refused.push(...again.conflicts);
    }
    await quarantine(tx, device, refused, receivedAt);

    const stored = fresh.filter((c) => inserted.has(c.event.id));
    await recordGaps(tx, device, stored, receivedAt, waiting);
    await recordProfiles(
      tx,
      device.hub_id,
      stored.flatMap((c) => profileOf(c, inserted)),
    );

    const acknowledged = [...stored, ...duplicates].sort((a, b) => a.index - b.index);
    // Duplicates too: the answer that told the tablet may be the one that was lost.
    const profiledLearners = acknowledged
      .filter((c) => c.event.type === 'learner.profiled')
      .map((c) => c.event.learnerId);
    const taken = await codesTaken(tx, device.hub_id, profiledLearners);
    return { accepted: acknowledged, codeTaken: [...new Set(profiledLearners.filter((id) => taken.has(id)))] };
  });

  return {
    accepted: [...new Set(accepted.map((c) => c.event.id))],
    rejected: refused.sort((a, b) => a.index - b.index).map(({ index, id, reasons }) => ({ index, id, reasons })),
    codeTaken,
  };
}

interface PushingDevice {
  id: string;
  hub_id: string;
  last_seq: number;
  last_arrival: number;
}

/**
 * Takes the device's hub's turn (its row, held until commit) and reads the device. The turn is
 * the transaction's first write, so SQLite takes its write lock at once and PostgreSQL orders
 * the pushes of one hub: arrival numbers are then handed out in the order pushes commit.
 */
async function takeHubTurn(tx: Tx, deviceId: string): Promise<PushingDevice> {
  const hub = await tx
    .updateTable('hubs')
    .set((eb) => ({ last_arrival: eb.ref('last_arrival') }))
    .where('id', '=', (eb) => eb.selectFrom('devices').select('hub_id').where('id', '=', deviceId))
    .returning(['id', 'last_arrival'])
    .executeTakeFirst();
  const device = await tx
    .selectFrom('devices')
    .select(['id', 'hub_id', 'last_seq', 'revoked_at'])
    .where('id', '=', deviceId)
    .executeTakeFirst();
  if (!hub || !device) throw new PushRefused('unknown-device', 'This device is not enrolled with the hub.');
  if (device.revoked_at !== null) {
    throw new PushRefused('revoked-device', 'This device was revoked by a coordinator; enrol it again to sync.');
  }
  return { id: device.id, hub_id: device.hub_id, last_seq: device.last_seq, last_arrival: hub.last_arrival };
}

async function aliasesOf(tx: Tx, deviceId: string): Promise<string[]> {
  const rows = await tx.selectFrom('device_aliases').select('alias').where('device_id', '=', deviceId).execute();
  return rows.map((r) => r.alias);
}

/**
 * Which valid events are new, which are exact repeats of stored ones, and which conflict: an
 * event of another device; an id already stored with other content or from another device;
 * a seq of this device already taken by another event; or the same clashes within the batch.
 */
async function sortOut(
  tx: Tx,
  deviceId: string,
  ownIds: ReadonlySet<string>,
  candidates: readonly Checked[],
): Promise<{ fresh: Checked[]; duplicates: Checked[]; conflicts: Refused[] }> {
  const fresh: Checked[] = [];
  const duplicates: Checked[] = [];
  const conflicts: Refused[] = [];
  const refuse = (c: Checked, reason: string) =>
    conflicts.push({ index: c.index, id: c.event.id, reasons: [reason], payload: c.body });

  const ids = [...new Set(candidates.map((c) => c.event.id))];
  const seqs = [...new Set(candidates.map((c) => c.event.seq))];
  const [storedById, storedBySeq] = await Promise.all([
    ids.length ? tx.selectFrom('events').select(['id', 'device_id', 'body']).where('id', 'in', ids).execute() : [],
    seqs.length
      ? tx
          .selectFrom('events')
          .select(['id', 'seq'])
          .where('device_id', '=', deviceId)
          .where('seq', 'in', seqs)
          .execute()
      : [],
  ]);
  const byId = new Map(storedById.map((row) => [row.id, row]));
  const seqTaken = new Map(storedBySeq.map((row) => [row.seq, row.id]));
  const inBatch = new Map<string, Checked>();
  const seqInBatch = new Map<number, string>();

  for (const c of candidates) {
    const { id, seq, deviceId: writtenBy } = c.event;
    const stored = byId.get(id);
    const earlier = inBatch.get(id);
    if (!ownIds.has(writtenBy))
      refuse(c, 'deviceId: this event was written by another device; a tablet pushes only its own');
    else if (stored && stored.device_id !== deviceId)
      refuse(c, 'id: an event with this id was already sent by another device');
    else if (stored && stored.body !== c.body)
      refuse(c, 'id: an event with this id is already stored with different content');
    else if (stored) duplicates.push(c);
    else if (earlier && earlier.body === c.body) duplicates.push(c);
    else if (earlier) refuse(c, 'id: this id is twice in the batch with different content');
    else if (seqTaken.has(seq) || seqInBatch.has(seq))
      refuse(c, `seq: ${seq} of this device is already used by another event`);
    else {
      fresh.push(c);
      inBatch.set(id, c);
      seqInBatch.set(seq, id);
    }
  }
  return { fresh, duplicates, conflicts };
}

/** A profile just stored, with its arrival number. */
function profileOf(c: Checked, inserted: ReadonlyMap<string, number>): StoredProfile[] {
  const arrival = inserted.get(c.event.id);
  return c.event.type === 'learner.profiled' && arrival !== undefined ? [{ event: c.event, arrival }] : [];
}

/**
 * Inserts the new events in batch order with the hub's next arrival numbers; answers the ids
 * stored, each with its arrival number.
 */
async function insertEvents(
  tx: Tx,
  device: PushingDevice,
  fresh: readonly Checked[],
  receivedAt: string,
): Promise<Map<string, number>> {
  if (fresh.length === 0) return new Map();
  const rows = fresh.map((c, i) => ({
    id: c.event.id,
    hub_id: device.hub_id,
    device_id: device.id,
    seq: c.event.seq,
    learner_id: c.event.learnerId,
    type: c.event.type,
    body: c.body,
    arrival: device.last_arrival + 1 + i,
    received_at: receivedAt,
  }));
  const inserted = await tx
    .insertInto('events')
    .values(rows)
    .onConflict((oc) => oc.column('id').doNothing())
    .returning(['id', 'arrival'])
    .execute();
  // Numbers of rows that were not inserted are skipped: arrival only ever increases.
  await tx
    .updateTable('hubs')
    .set({ last_arrival: device.last_arrival + fresh.length })
    .where('id', '=', device.hub_id)
    .execute();
  return new Map(inserted.map((r) => [r.id, r.arrival]));
}

/** Keeps every refusal with its reasons; the same payload refused again is kept once. */
async function quarantine(tx: Tx, device: PushingDevice, refused: readonly Refused[], receivedAt: string) {
  if (refused.length === 0) return;
  const rows = refused.map((r) => ({
    id: createHash('sha256').update(`${device.id}\n${r.payload}`).digest('hex'),
    hub_id: device.hub_id,
    device_id: device.id,
    event_id: r.id,
    reason: r.reasons.join('\n'),
    payload: r.payload,
    received_at: receivedAt,
  }));
  await tx
    .insertInto('quarantine')
    .values(rows)
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/** Brings the device's gaps and highest seq up to date with the events just stored. */
async function recordGaps(
  tx: Tx,
  device: PushingDevice,
  stored: readonly Checked[],
  receivedAt: string,
  waiting: number | undefined,
) {
  const seqs = stored.map((c) => c.event.seq);
  const discarded = stored.flatMap((c) => (c.event.type === 'learner.removed' ? c.event.discardedSeqs : []));
  const lastSeq = Math.max(device.last_seq, ...seqs);
  await tx
    .updateTable('devices')
    .set({
      last_seq: lastSeq,
      last_push_at: receivedAt,
      last_sync_at: receivedAt,
      ...(waiting === undefined ? {} : { waiting }),
    })
    .where('id', '=', device.id)
    .execute();
  if (stored.length === 0) return;

  const rows = await tx
    .selectFrom('seq_gaps')
    .select(['from_seq', 'to_seq', 'kind', 'recorded_at'])
    .where('device_id', '=', device.id)
    .execute();
  const before: Gap[] = rows.map((r) => ({ from: r.from_seq, to: r.to_seq, kind: r.kind }));
  const after = gapsAfter(before, device.last_seq, seqs, discarded);
  const same = (a: Gap, b: Gap) => a.from === b.from && a.to === b.to && a.kind === b.kind;
  if (after.length === before.length && after.every((gap, i) => same(gap, before[i] as Gap))) return;

  // A gap that is unchanged keeps the time it was first recorded.
  const since = new Map(rows.map((r) => [`${r.from_seq}:${r.to_seq}:${r.kind}`, r.recorded_at]));
  await tx.deleteFrom('seq_gaps').where('device_id', '=', device.id).execute();
  if (after.length === 0) return;
  await tx
    .insertInto('seq_gaps')
    .values(
      after.map((gap) => ({
        device_id: device.id,
        from_seq: gap.from,
        to_seq: gap.to,
        kind: gap.kind,
        recorded_at: since.get(`${gap.from}:${gap.to}:${gap.kind}`) ?? receivedAt,
      })),
    )
    .execute();
}
