/**
 * What a hub tells its tablets about itself: its name, shown on the tablet ("Saved to Library
 * hub"), and whether its tablets send only on Wi-fi (DESIGN.md §5): a coordinator whose hub
 * has no Wi-fi, or pays nothing for mobile data, turns that off.
 */
import type { Kysely } from 'kysely';
import type { ServerDatabase } from './db/schema';

export interface HubSettings {
  name: string;
  /** Tablets that can tell their connection send only on Wi-fi or ethernet. */
  wifiOnly: boolean;
}

/** A hub's settings; the hub is known to exist (its device or coordinator was just found). */
export async function hubSettings(db: Kysely<ServerDatabase>, hubId: string): Promise<HubSettings> {
  const hub = await db
    .selectFrom('hubs')
    .select(['name', 'wifi_only'])
    .where('id', '=', hubId)
    .executeTakeFirstOrThrow(() => new Error('the hub of a signed-in device or coordinator is gone'));
  return { name: hub.name, wifiOnly: hub.wifi_only === 1 };
}

/** Changes whether a hub's tablets send only on Wi-fi; answers the settings as they now are. */
export async function setWifiOnly(db: Kysely<ServerDatabase>, hubId: string, wifiOnly: boolean): Promise<HubSettings> {
  await db
    .updateTable('hubs')
    .set({ wifi_only: wifiOnly ? 1 : 0 })
    .where('id', '=', hubId)
    .execute();
  return hubSettings(db, hubId);
}
