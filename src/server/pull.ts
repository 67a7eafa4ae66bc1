/**
 * A tablet pulls the events of its learners (DESIGN.md §5): those of each learner that arrived
 * after the tablet's cursor for them, in arrival order, a page at a time. Only the hub's own
 * tablets get a learner's events: their profile carries the derivation of their lock.
 */
import type { Kysely } from 'kysely';
import type { ServerDatabase } from './db/schema';
import type { Device } from './enrolment';
import { learnersOfOtherHubs } from './learners';
import { Refused } from './refused';

/** The most events one page holds; `more` says there are others. */
export const MAX_PULL_EVENTS = 500;

export interface PulledPage {
  /** Each event as the server stored it (JSON text), with its arrival number. */
  events: { arrival: number; body: string }[];
  /** Whether there are more events after this page: ask again with the cursors moved on. */
  more: boolean;
}

/**
 * The events of these learners after each one's cursor, in arrival order, at most a page. A
 * learner the server has never heard of has none; asking for a learner of another hub is
 * refused as a whole, and nothing is sent.
 */
export async function pullEvents(
  db: Kysely<ServerDatabase>,
  device: Device,
  cursors: Readonly<Record<string, number>>,
  { now = () => new Date() }: { now?: () => Date } = {},
): Promise<PulledPage> {
  const ids = Object.keys(cursors);
  const foreign = await learnersOfOtherHubs(db, device.hubId, ids);
  if (foreign.length > 0) {
    throw new Refused(
      'learner-of-another-hub',
      `learners: ${foreign.length} of these learners belong to another hub (${foreign[0]}${foreign.length > 1 ? ', …' : ''}); a tablet pulls only the learners of its own hub. Nothing was sent.`,
    );
  }
  const rows = await db
    .selectFrom('events')
    .select(['arrival', 'body'])
    .where('hub_id', '=', device.hubId)
    .where((eb) =>
      eb.or(
        Object.entries(cursors).map(([learnerId, after]) =>
          eb.and([eb('learner_id', '=', learnerId), eb('arrival', '>', after)]),
        ),
      ),
    )
    .orderBy('arrival')
    .limit(MAX_PULL_EVENTS + 1)
    .execute();
  // The hub heard from the tablet: its coordinator's list shows when it last synced. On SQLite
  // this write, after the read, also makes the answer wait for the disk to hold every event it
  // read (sqlite-thread.ts: a lone read may see a commit not yet synced).
  await db
    .updateTable('devices')
    .set({ last_sync_at: now().toISOString() })
    .where('id', '=', device.deviceId)
    .execute();
  return { events: rows.slice(0, MAX_PULL_EVENTS), more: rows.length > MAX_PULL_EVENTS };
}

/** The page as the API's JSON, each stored event put in as it is (it is already JSON). */
export function pageJson(page: PulledPage, hub: { name: string; wifiOnly: boolean }): string {
  const events = page.events.map((e) => `{"arrival":${Number(e.arrival)},"event":${e.body}}`).join(',');
  return `{"events":[${events}],"more":${page.more},"hub":${JSON.stringify(hub)}}`;
}
