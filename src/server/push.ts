/**
 * A tablet's push (DESIGN.md §5): a batch of its outbox events, stored in one transaction.
 * Each event is validated with the shared schema; the new ones are inserted with
 * `ON CONFLICT (id) DO NOTHING`; everything refused goes to quarantine with its reason; the
 * device's seq gaps are brought up to date. The answer is given only once all of it is
 * committed, so an acknowledged event is on disk, and one not acknowledged is sent again.
 */
import type { Kysely } from 'kysely';
import { EVENT_ID, validateEvent } from '../core/event-schema';
import { canonicalJson } from './canonical-json';
import { untilDurable } from './db/durability';
import type { ServerDatabase } from './db/schema';
import { sqliteThreadOf } from './db/sqlite-thread';
import { type Checked, PushRefused, type PushResult, type Refused, type StoreRequest, storePush } from './push-store';

/** The most events one push may carry: a tablet with more sends several batches. */
export const MAX_BATCH_EVENTS = 500;

export {
  OTHER_HUB_LEARNER,
  PushRefused,
  type PushResult,
  type Rejection,
} from './push-store';

interface PushOptions {
  /** The server's clock, for received times (tests fix it). */
  now?: () => Date;
  /**
   * How many events the tablet says it still has to send after this batch (its Hubsteps-Waiting
   * header), kept for the coordinator; left as it was when the tablet does not say.
   */
  waiting?: number;
}

/**
 * Stores a batch pushed by an enrolled device. Resolves after the commit, with what was
 * accepted and what was refused; rejects (writing nothing) if the batch is refused as a whole
 * or the transaction fails.
 */
export async function push(
  db: Kysely<ServerDatabase>,
  deviceId: string,
  batch: unknown,
  { now = () => new Date(), waiting }: PushOptions = {},
): Promise<PushResult> {
  if (!Array.isArray(batch)) throw new PushRefused('not-a-batch', 'A push must be a JSON array of events.');
  if (batch.length > MAX_BATCH_EVENTS) {
    throw new PushRefused(
      'batch-too-large',
      `A push may carry at most ${MAX_BATCH_EVENTS} events; this one has ${batch.length}. Send them in several pushes, in seq order.`,
    );
  }
  // Checked before the transaction: the hub's turn is held only for the writes.
  const valid: Checked[] = [];
  const refused: Refused[] = [];
  batch.forEach((value: unknown, index) => {
    const check = validateEvent(value);
    if (check.ok) valid.push({ index, event: check.event, body: canonicalJson(check.event) });
    else refused.push({ index, id: idOf(value), reasons: check.reasons, payload: payloadOf(value) });
  });

  const request: StoreRequest = { deviceId, valid, refused, receivedAt: now().toISOString(), waiting };
  // On SQLite, on the database's own thread, which answers once committed; the answer to the
  // tablet still waits for the disk, here.
  const thread = sqliteThreadOf(db);
  if (!thread) return storePush(db, request);
  const result = await thread.storePush(request);
  await untilDurable(db);
  return result;
}

/** The id of something refused, when it has one that looks like an event's. */
function idOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !('id' in value)) return null;
  return typeof value.id === 'string' && EVENT_ID.test(value.id) ? value.id : null;
}

/** What was sent, as JSON, to keep in quarantine. */
function payloadOf(value: unknown): string {
  return JSON.stringify(value) ?? 'null';
}
