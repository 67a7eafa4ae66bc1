import { v7 as uuidv7 } from 'uuid';
import type { LearningEvent } from '../core/events';
import { db } from './db';

export interface StoredLearner {
  learnerId: string;
  events: LearningEvent[];
}

/**
 * The learner this tablet records progress for until profiles arrive (a random,
 * pseudonymous id made once and kept), with all their events. One read-only transaction
 * on every start; only the very first start writes.
 */
export async function loadDefaultLearner(): Promise<StoredLearner> {
  const database = await db();
  const tx = database.transaction(['meta', 'events'], 'readonly');
  const existing = (await tx.objectStore('meta').get('defaultLearnerId')) as string | undefined;
  if (existing) {
    const events = await tx.objectStore('events').index('by-learner').getAll(existing);
    return { learnerId: existing, events };
  }
  await tx.done;
  return { learnerId: await createDefaultLearner(), events: [] };
}

async function createDefaultLearner(): Promise<string> {
  const database = await db();
  const tx = database.transaction('meta', 'readwrite', { durability: 'strict' });
  // Another tab may have made one meanwhile; keep theirs.
  const existing = (await tx.store.get('defaultLearnerId')) as string | undefined;
  if (existing) {
    await tx.done;
    return existing;
  }
  const id = `learner-${uuidv7()}`;
  await Promise.all([tx.store.put(id, 'defaultLearnerId'), tx.done]);
  return id;
}
