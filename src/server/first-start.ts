/**
 * The server's first start on a new database: there is no hub yet, so no coordinator can sign
 * in and no tablet can enrol. At a terminal the server offers to make the hub and its first
 * coordinator right there (what `npm run hub:create` does); otherwise it says how.
 */
import type { Kysely } from 'kysely';
import { cleanEmail, createHub } from './accounts';
import type { ServerDatabase } from './db/schema';
import { Refused } from './refused';
import { type Asker, newPassword } from './terminal';

export const HUB_CREATE_USAGE = 'npm run hub:create -- --name "Library hub" --email coordinator@example.org';

/** Whether the database has a hub yet. */
export async function hasHub(db: Kysely<ServerDatabase>): Promise<boolean> {
  return (await db.selectFrom('hubs').select('id').limit(1).executeTakeFirst()) !== undefined;
}

const YES = /^\s*(y|yes)?\s*$/i;

/**
 * Asks whether to make the hub now and, if so, its name, the coordinator's email and a
 * password (twice, hidden), until they make a hub or the person says no. Resolves with the
 * coordinator's email, or null if no hub was made. Rejects with Stopped on Ctrl+C.
 */
export async function offerToCreateHub(
  db: Kysely<ServerDatabase>,
  ask: Asker,
  say: (line: string) => void,
): Promise<string | null> {
  say('There is no hub yet. A hub has a name and a coordinator, who signs in to enrol its tablets.');
  const answer = await ask.line('Make the hub and its coordinator now? (yes/no, Enter for yes) ');
  if (!YES.test(answer)) {
    say(`Make them later with:\n  ${HUB_CREATE_USAGE}`);
    return null;
  }
  for (;;) {
    const hubName = await ask.line('The hub\'s name (for example "Library hub"): ');
    const email = await ask.line("The coordinator's email (they sign in with it): ");
    try {
      const password = await newPassword(ask);
      await createHub(db, { hubName, email, password });
      say(`Made the hub "${hubName.trim()}". Its coordinator signs in as ${cleanEmail(email)}.`);
      return cleanEmail(email);
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      say(`${error.message} Nothing was made; try again (Ctrl+C to stop).`);
    }
  }
}
