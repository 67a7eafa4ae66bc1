import { v7 as uuidv7 } from 'uuid';
import { db } from './db';

/**
 * The learner this tablet records progress for until profiles arrive: a random,
 * pseudonymous id made once and kept.
 */
export async function defaultLearnerId(): Promise<string> {
  const database = await db();
  const tx = database.transaction('meta', 'readwrite', { durability: 'strict' });
  const existing = (await tx.store.get('defaultLearnerId')) as string | undefined;
  if (existing) {
    await tx.done;
    return existing;
  }
  const id = `learner-${uuidv7()}`;
  await Promise.all([tx.store.put(id, 'defaultLearnerId'), tx.done]);
  return id;
}
