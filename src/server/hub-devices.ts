/**
 * A hub's tablets as its coordinator sees them: when each enrolled and last synced, whether it
 * was revoked, and the runs of its seqs the server has not received (DESIGN.md §5), so a
 * coordinator sees work that was thrown away on purpose apart from work that went missing.
 */
import type { Kysely } from 'kysely';
import type { Coordinator } from './accounts';
import type { GapKind, ServerDatabase } from './db/schema';

export interface HubDevice {
  deviceId: string;
  name: string;
  enrolledAt: string;
  revokedAt: string | null;
  lastPushAt: string | null;
  /** When it last pushed or pulled. */
  lastSyncAt: string | null;
  /** How many events it said it still had to send after its last push; null if it never said. */
  waiting: number | null;
  /** The highest seq received from it. */
  lastSeq: number;
  gaps: { from: number; to: number; kind: GapKind }[];
}

/** The coordinator's hub's tablets, in the order they enrolled; no other hub's. */
export async function hubDevices(db: Kysely<ServerDatabase>, coordinator: Coordinator): Promise<HubDevice[]> {
  const devices = await db
    .selectFrom('devices')
    .select(['id', 'name', 'enrolled_at', 'revoked_at', 'last_push_at', 'last_sync_at', 'waiting', 'last_seq'])
    .where('hub_id', '=', coordinator.hubId)
    .orderBy('enrolled_at')
    .orderBy('id')
    .execute();
  const gaps = await db
    .selectFrom('seq_gaps')
    .innerJoin('devices', 'devices.id', 'seq_gaps.device_id')
    .select(['seq_gaps.device_id', 'seq_gaps.from_seq', 'seq_gaps.to_seq', 'seq_gaps.kind'])
    .where('devices.hub_id', '=', coordinator.hubId)
    .orderBy('seq_gaps.from_seq')
    .execute();
  return devices.map((d) => ({
    deviceId: d.id,
    name: d.name,
    enrolledAt: d.enrolled_at,
    revokedAt: d.revoked_at,
    lastPushAt: d.last_push_at,
    lastSyncAt: d.last_sync_at,
    waiting: d.waiting,
    lastSeq: d.last_seq,
    gaps: gaps.filter((g) => g.device_id === d.id).map((g) => ({ from: g.from_seq, to: g.to_seq, kind: g.kind })),
  }));
}
