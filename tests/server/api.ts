import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { expect } from 'vitest';
import { type Coordinator, createHub } from '../../src/server/accounts';
import type { ServerDatabase } from '../../src/server/db/schema';
import { makeEnrolmentCode, redeemEnrolmentCode } from '../../src/server/enrolment';
import { Tablet } from './tablet';

/** A hub with its coordinator, made as `npm run hub:create` makes one. */
export function hubOf(db: Kysely<ServerDatabase>, hubName: string): Promise<Coordinator> {
  const slug = hubName.toLowerCase().replace(/\W+/g, '-');
  return createHub(db, { hubName, email: `${slug}-${uuidv7()}@example.org`, password: 'correct horse battery' });
}

export interface EnrolledTablet {
  tablet: Tablet;
  deviceId: string;
  token: string;
}

/**
 * A tablet enrolled with the coordinator's hub, writing under its enrolled id. Enrolled straight
 * through the server's code: tests of other routes are not held up by the tries at enrolling.
 */
export async function enrolledTablet(db: Kysely<ServerDatabase>, coordinator: Coordinator): Promise<EnrolledTablet> {
  const { code } = await makeEnrolmentCode(db, coordinator);
  const { deviceId, token } = await redeemEnrolmentCode(db, { code, localDeviceId: `local-${uuidv7()}` });
  return { tablet: new Tablet(deviceId), deviceId, token };
}

/** A device's JSON request to the API. */
export function deviceCall(app: FastifyInstance, url: string, token: string | null, payload: string | object) {
  return app.inject({
    method: 'POST',
    url,
    headers: {
      'content-type': 'application/json',
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
    },
    payload,
  });
}

/** An answer that refused the request: its status, and the body every refusal has; answers the message. */
export function refusedWith(answer: { statusCode: number; json: () => unknown }, status: number, error: string) {
  expect({ status: answer.statusCode, body: answer.json() }).toEqual({
    status,
    body: { error, message: expect.any(String) },
  });
  return (answer.json() as { message: string }).message;
}
