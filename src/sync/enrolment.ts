/**
 * Setting the tablet up for the hub with a code from the coordinator, and bringing a learner
 * from the hub onto this tablet with their learner code.
 */
import { v7 as uuidv7 } from 'uuid';
import { type LearnerProfile, parseLearnerCode } from '../core/learner';
import type { MetaValues } from '../store/schema';
import { readSyncMeta, type SyncContext } from './context';
import { deviceRefused, enrolAnswer, post, pullAnswer, restoreAnswer } from './http';
import { checked, latestProfile, type Pulled, profileFrom } from './puller';

export type EnrolOutcome =
  | { ok: true; hubName: string }
  | {
      ok: false;
      reason:
        | 'invalid-code'
        | 'unknown-code'
        | 'expired-code'
        | 'used-code'
        | 'other-hub'
        | 'too-many-tries'
        | 'unreachable';
    };

export type RestoreOutcome =
  | { ok: true; learner: LearnerProfile; alreadyHere: boolean }
  | {
      ok: false;
      reason: 'not-enrolled' | 'invalid-code' | 'unknown-code' | 'too-many-tries' | 'unreachable' | 'revoked';
    };

const ENROL_REFUSALS: Record<string, Exclude<EnrolOutcome, { ok: true }>['reason']> = {
  'invalid-input': 'invalid-code',
  'unknown-code': 'unknown-code',
  'expired-code': 'expired-code',
  'used-code': 'used-code',
  'already-enrolled': 'other-hub',
  'too-many-tries': 'too-many-tries',
};

/**
 * Enrols the tablet with the hub whose coordinator made the code. The tablet keeps its own id
 * and seq counter: the server takes the `local-…` id as an alias of the enrolled device, so
 * what was written before syncs as it is. Enrolling again (after a revocation) is the same.
 */
export async function enrol(ctx: SyncContext, typedCode: string): Promise<EnrolOutcome> {
  // Enrolment codes are written with the same 8 letters and digits as learner codes.
  const code = parseLearnerCode(typedCode);
  if (!code) return { ok: false, reason: 'invalid-code' };
  const localDeviceId = await ownDeviceId(ctx);
  const answer = await post(ctx.fetch, '/api/enrol', { code, localDeviceId }, enrolAnswer);
  if (answer.kind === 'unreachable') return { ok: false, reason: 'unreachable' };
  if (answer.kind === 'refused') return { ok: false, reason: ENROL_REFUSALS[answer.error] ?? 'unreachable' };
  const { token, hub } = answer.body;
  const tx = (await ctx.database()).transaction('meta', 'readwrite', { durability: 'strict' });
  // (A server without the hub in its answer: the first pull brings it.)
  await Promise.all([tx.store.put(token, 'deviceToken'), ...(hub ? [tx.store.put(hub, 'hub')] : []), tx.done]);
  return { ok: true, hubName: hub?.name ?? '' };
}

/** The tablet's own id, made now if it has written nothing yet (as the first write would). */
async function ownDeviceId(ctx: SyncContext): Promise<string> {
  const tx = (await ctx.database()).transaction('meta', 'readwrite', { durability: 'strict' });
  const known = (await tx.store.get('deviceId')) as string | undefined;
  const id = known ?? `local-${uuidv7()}`;
  if (!known) await tx.store.put(id, 'deviceId');
  await tx.done;
  return id;
}

/**
 * Brings a learner of the hub onto this tablet from their learner code: asks the server whose
 * code it is, pulls everything of theirs, then stores their profile (with its lock), all their
 * events and their cursor in one transaction, so they can carry on at once, or nothing is kept.
 */
export async function restore(ctx: SyncContext, typedCode: string): Promise<RestoreOutcome> {
  const code = parseLearnerCode(typedCode);
  if (!code) return { ok: false, reason: 'invalid-code' };
  const { token } = await readSyncMeta(await ctx.database());
  if (!token) return { ok: false, reason: 'not-enrolled' };
  const found = await post(ctx.fetch, '/api/restore', { code }, restoreAnswer, { token });
  if (deviceRefused(found)) return { ok: false, reason: 'revoked' };
  if (found.kind === 'refused') {
    const reason =
      found.error === 'too-many-tries'
        ? 'too-many-tries'
        : found.error === 'invalid-input'
          ? 'invalid-code'
          : 'unknown-code';
    return { ok: false, reason };
  }
  if (found.kind !== 'ok') return { ok: false, reason: 'unreachable' };
  const { learnerId } = found.body;
  const here = await (await ctx.database()).get('learners', learnerId);
  if (here) return { ok: true, learner: here, alreadyHere: true };

  const pulled: Pulled[] = [];
  let cursor = 0;
  let hub: MetaValues['hub'] | undefined;
  for (;;) {
    const page = await post(ctx.fetch, '/api/pull', { learners: { [learnerId]: cursor } }, pullAnswer, { token });
    if (deviceRefused(page)) return { ok: false, reason: 'revoked' };
    if (page.kind === 'refused') return { ok: false, reason: 'unknown-code' };
    if (page.kind !== 'ok') return { ok: false, reason: 'unreachable' };
    hub = page.body.hub ?? hub;
    const events = checked(page.body, new Set([learnerId]));
    pulled.push(...events);
    cursor = Math.max(cursor, ...page.body.events.map((e) => e.arrival));
    if (!page.body.more || page.body.events.length === 0) break;
  }
  const profile = latestProfile(pulled);
  if (!profile) return { ok: false, reason: 'unknown-code' };
  const first = pulled.find((p) => p.event.type === 'learner.profiled');
  const learner = profileFrom(profile.event, first?.event.at ?? profile.event.at);

  const database = await ctx.database();
  const tx = database.transaction(['learners', 'events', 'pulled', 'meta'], 'readwrite', { durability: 'strict' });
  const learners = tx.objectStore('learners');
  const [already, holder] = await Promise.all([
    learners.get(learnerId),
    learners.index('by-code').getKey(learner.code),
  ]);
  if (already || (holder !== undefined && holder !== learnerId)) {
    // Restored in another tab meanwhile; or (never expected) another learner here has this code.
    tx.abort();
    await tx.done.catch(() => undefined);
    return already ? { ok: true, learner: already, alreadyHere: true } : { ok: false, reason: 'unknown-code' };
  }
  await Promise.all([
    learners.put(learner),
    ...pulled.map(({ event }) => tx.objectStore('events').put(event)),
    tx.objectStore('pulled').put({ cursor, profileArrival: profile.arrival }, learnerId),
    ...(hub ? [tx.objectStore('meta').put(hub, 'hub')] : []),
    tx.objectStore('meta').put(ctx.now().toISOString(), 'lastSyncedAt'),
    tx.done,
  ]);
  return { ok: true, learner, alreadyHere: false };
}
