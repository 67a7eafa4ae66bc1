import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { EventBody, LearningEvent } from '../../src/core/events';
import type { ServerDatabase } from '../../src/server/db/schema';

const NOW = '2026-03-04T10:20:30.456Z';

/** A hub with no one in it yet, written straight into its table (enrolment comes later). */
export async function addHub(db: Kysely<ServerDatabase>, name = 'Library hub'): Promise<string> {
  const id = `hub-${uuidv7()}`;
  await db.insertInto('hubs').values({ id, name, created_at: NOW }).execute();
  return id;
}

/** An enrolled tablet of a hub; `alias` is the `local-…` id it wrote under before enrolment. */
export async function addDevice(
  db: Kysely<ServerDatabase>,
  hubId: string,
  { alias }: { alias?: string } = {},
): Promise<string> {
  const id = `device-${uuidv7()}`;
  await db
    .insertInto('devices')
    .values({ id, hub_id: hubId, name: 'Tablet', token_hash: uuidv7(), enrolled_at: NOW })
    .execute();
  if (alias) await db.insertInto('device_aliases').values({ alias, device_id: id, created_at: NOW }).execute();
  return id;
}

/** Writes events as the tablet's store does: a UUIDv7 each, the device's next seq, its clock. */
export class Tablet {
  constructor(
    public deviceId: string = `local-${uuidv7()}`,
    private nextSeq = 1,
  ) {}

  write(learnerId: string, body: EventBody): LearningEvent {
    const seq = this.nextSeq++;
    return {
      ...body,
      id: uuidv7(),
      deviceId: this.deviceId,
      seq,
      learnerId,
      at: new Date().toISOString(),
      v: 1,
    } as LearningEvent;
  }

  /** A seq given out to an event that never leaves the tablet (its learner removed, say). */
  skip(): number {
    return this.nextSeq++;
  }
}

export const newLearner = (): string => `learner-${uuidv7()}`;

export const profiled = (nickname = 'Amina', code = 'ABCD2345'): EventBody => ({
  type: 'learner.profiled',
  nickname,
  avatar: 'avatar-sun',
  secret: null,
  language: 'en',
  textSize: 'normal',
  readAloud: false,
  code,
});

export const started = (lessonId = 'tablet-basics'): EventBody => ({ type: 'lesson.started', lessonId });

export const completed = (stepId: string, lessonId = 'tablet-basics'): EventBody => ({
  type: 'step.completed',
  lessonId,
  stepId,
});
