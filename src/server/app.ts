/**
 * The hub server's HTTP API, built as a Fastify app that tests drive with `inject` and main.ts
 * puts on a port. Everything it knows lives in the database, so two processes behind a load
 * balancer answer alike (the rate limits of enrol and sign-in are the exception for now: they
 * are counted in each process).
 *
 * Every refusal is a 4xx with `{error, message}`: `error` a stable code for programs, `message`
 * what to change. A refused request has written nothing.
 */
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import type { Kysely } from 'kysely';
import { type Coordinator, coordinatorOf, signIn, signOut } from './accounts';
import type { ServerDatabase } from './db/schema';
import { type Device, deviceOf, redeemEnrolmentCode } from './enrolment';
import { PushRefused, push } from './push';
import { type RefusalCode, Refused } from './refused';
import { enrolBody, parseBody, signInBody } from './request-bodies';

/** The largest body the server reads: a full batch of 500 events is far below it. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface AppOptions {
  db: Kysely<ServerDatabase>;
  /** The server's clock (tests fix it). */
  now?: () => Date;
  /** Fastify's logger: off in tests unless a test reads it. */
  logger?: FastifyServerOptions['logger'];
  /** Behind a load balancer: take the client's address from X-Forwarded-For. */
  trustProxy?: boolean;
  /** Tries at enrolling and at signing in, per client address, per window. */
  authLimit?: { max: number; windowMs: number };
}

const STATUS: Record<RefusalCode | PushRefused['code'], number> = {
  'invalid-input': 400,
  'not-a-batch': 400,
  'no-credentials': 401,
  'wrong-credentials': 401,
  'no-session': 401,
  'unknown-device': 401,
  'revoked-device': 403,
  'unknown-code': 404,
  'used-code': 409,
  'already-enrolled': 409,
  'email-taken': 409,
  'expired-code': 410,
  'batch-too-large': 413,
};

/** Fastify's own refusals (body parsing, routing), in the API's words. */
const FASTIFY_REFUSALS: Record<string, { error: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { error: 'malformed-json', message: 'The body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    error: 'malformed-json',
    message: 'The body is empty; send a JSON body, or no Content-Type: application/json.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    error: 'body-too-large',
    message: `A request body may be at most ${BODY_LIMIT_BYTES} bytes; send fewer events in each push.`,
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    error: 'unsupported-media-type',
    message: 'Send the body as JSON, with Content-Type: application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    error: 'bad-content-length',
    message: 'The Content-Length header does not match the body.',
  },
};

declare module 'fastify' {
  interface FastifyRequest {
    /** The enrolled tablet that sent it, on device routes. */
    device: Device | null;
    /** The signed-in coordinator, on coordinator routes. */
    coordinator: Coordinator | null;
  }
}

export async function buildApp({
  db,
  now = () => new Date(),
  logger = false,
  trustProxy = false,
  authLimit = { max: 10, windowMs: 60_000 },
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    trustProxy,
    // Request logs name the method, path and address; never a body or a header (tokens, nicknames).
    bodyLimit: BODY_LIMIT_BYTES,
  });
  // The API takes JSON only: a text body is refused as such rather than read as a string.
  app.removeContentTypeParser('text/plain');
  app.decorateRequest('device', null);
  app.decorateRequest('coordinator', null);

  await app.register(helmet, {
    // The API answers JSON only: it may load nothing and be framed by nobody.
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
    },
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error: 'too-many-requests',
      message: `Too many tries from this address; try again in ${context.after}.`,
    }),
  });

  app.setErrorHandler((error, request, reply) => answerError(error, request, reply));
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({
      error: 'not-found',
      message: `There is no ${request.method} ${request.url.split('?')[0]?.slice(0, 200)} here.`,
    }),
  );

  /** Device and coordinator routes: who is asking is settled before the body is read. */
  const asDevice = async (request: FastifyRequest) => {
    request.device = await deviceOf(db, bearer(request));
  };
  const asCoordinator = async (request: FastifyRequest) => {
    request.coordinator = await coordinatorOf(db, bearer(request), { now });
  };
  const limited = { rateLimit: { max: authLimit.max, timeWindow: authLimit.windowMs } };

  /** A tablet enrols with the code a volunteer typed. */
  app.post('/api/enrol', { config: limited }, async (request, reply) => {
    const body = parseBody(enrolBody, request.body);
    const enrolled = await redeemEnrolmentCode(db, body, { now });
    request.log.info({ deviceId: enrolled.deviceId, hubId: enrolled.hubId }, 'tablet enrolled');
    return reply.code(201).send({ deviceId: enrolled.deviceId, token: enrolled.token });
  });

  /** A tablet pushes a batch of its outbox; answered only once it is committed. */
  app.post('/api/push', { onRequest: asDevice }, async (request) => {
    const { deviceId } = signedIn(request.device);
    return push(db, deviceId, request.body, { now });
  });

  /** A coordinator signs in. */
  app.post('/api/session', { config: limited }, async (request, reply) => {
    const body = parseBody(signInBody, request.body);
    const session = await signIn(db, body, { now });
    return reply.code(201).send({ token: session.token, expiresAt: session.expiresAt });
  });

  /** A coordinator signs out. */
  app.delete('/api/session', { onRequest: asCoordinator }, async (request, reply) => {
    const { coordinatorId } = signedIn(request.coordinator);
    request.log.info({ coordinatorId }, 'coordinator signed out');
    await signOut(db, bearer(request));
    return reply.code(204).send();
  });

  return app;
}

/** Who a route's onRequest hook found; a route without the hook is a mistake in this file. */
function signedIn<T>(who: T | null): T {
  if (who === null) throw new Error('route has no onRequest hook to say who is asking');
  return who;
}

/** The token of `Authorization: Bearer <token>`. */
function bearer(request: FastifyRequest): string {
  const match = /^Bearer ([^\s]+)$/i.exec(request.headers.authorization ?? '');
  if (!match?.[1]) {
    throw new Refused('no-credentials', 'Send the token as an Authorization: Bearer <token> header.');
  }
  return match[1];
}

interface HttpError {
  statusCode?: number;
  code?: string;
  error?: string;
  message?: string;
}

function answerError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof Refused || error instanceof PushRefused) {
    const status = STATUS[error.code];
    if (status === 401) reply.header('www-authenticate', 'Bearer');
    return reply.code(status).send({ error: error.code, message: error.message });
  }
  const known = (typeof error === 'object' && error !== null ? error : {}) as HttpError;
  const status = known.statusCode ?? 500;
  if (status === 429) return reply.code(429).send({ error: 'too-many-requests', message: known.message });
  if (status >= 400 && status < 500) {
    const refusal = FASTIFY_REFUSALS[known.code ?? ''] ?? {
      error: 'bad-request',
      message: known.message ?? 'The request could not be read.',
    };
    return reply.code(status).send(refusal);
  }
  // Only what the error is, never what was sent: a body may hold a learner's nickname.
  const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
  request.log.error({ failure: { name, message, stack } }, 'request failed');
  return reply.code(500).send({
    error: 'server-error',
    message: 'The server could not do this; nothing was acknowledged. Try again later.',
  });
}
