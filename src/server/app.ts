/**
 * The hub server's HTTP API, built as a Fastify app that tests drive with `inject` and main.ts
 * puts on a port. Everything it knows lives in the database, so two processes behind a load
 * balancer answer alike: tries at enrolling and signing in are counted in the database too.
 * @fastify/rate-limit's per-process count only keeps any one address from flooding a process.
 *
 * Every refusal is a 4xx with `{error, message}`: `error` a stable code for programs, `message`
 * what to change. A refused request has written nothing.
 *
 * The built app is served on the same origin (static-files.ts), so a tablet calls `/api/...`
 * with nothing to configure. helmet's headers are on every answer; its Content-Security-Policy
 * allows nothing, except on the app's pages and service worker, which get the app's own.
 */

import type { Server as HttpsServer } from 'node:https';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, {
  type FastifyHttpsOptions,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import type { Kysely } from 'kysely';
import { type Coordinator, cleanEmail, coordinatorOf, signIn, signOut } from './accounts';
import { untilDurable } from './db/durability';
import type { ServerDatabase } from './db/schema';
import { type Device, deviceOf, makeEnrolmentCode, redeemEnrolmentCode, revokeDevice } from './enrolment';
import { hubDevices } from './hub-devices';
import { hubSettings, setWifiOnly } from './hub-settings';
import { pageJson, pullEvents } from './pull';
import { PushRefused, push } from './push';
import { type RefusalCode, Refused } from './refused';
import { enrolBody, hubSettingsBody, parseBody, pullBody, restoreBody, signInBody } from './request-bodies';
import { DEFAULT_RESTORE_LIMITS, type RestoreLimits, restoreLearner } from './restore';
import { sha256 } from './secrets';
import { serveApp } from './static-files';
import { countTry, forgetOldTries, type Limit, TooManyTries } from './tries';

/** The largest body the server reads: a full batch of 500 events is far below it. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface AppOptions {
  db: Kysely<ServerDatabase>;
  /** The server's clock (tests fix it). */
  now?: () => Date;
  /** Fastify's logger: off in tests unless a test reads it. */
  logger?: FastifyServerOptions['logger'];
  /**
   * Behind load balancers: how many proxies stand in front (their X-Forwarded-For entries are
   * believed, one per hop, from the right), or their addresses ("10.0.0.0/8,10.1.2.3"). Never
   * `true` in production: that believes whatever a client writes in the header.
   */
  trustProxy?: boolean | number | string;
  /**
   * Serve HTTPS with this key and certificate (PEM). A tablet's browser gives a page on a
   * network address its service worker (offline use) and its crypto (learners' locks) only
   * over HTTPS; over plain HTTP only on this computer (localhost).
   */
  tls?: { key: Buffer; cert: Buffer } | null;
  /**
   * Tries at enrolling, per client address, and at signing in, per address and per email: in
   * the database, so they hold across processes.
   */
  tryLimit?: Limit;
  /** Requests of any kind from one address to one process (a flood, not a guess). */
  requestLimit?: Limit;
  /** Tries at restoring a learner from their code, per tablet and per hub: in the database. */
  restoreLimits?: RestoreLimits;
  /** The built app to serve at / (main.ts gives dist/); none in tests of the API alone. */
  distDir?: string | null;
}

/** Ten tries in a quarter of an hour: a volunteer mistyping is fine, guessing is not. */
export const DEFAULT_TRY_LIMIT: Limit = { max: 10, windowMs: 15 * 60 * 1000 };
/**
 * Generous: a hub's tablets may all reach a programme's server from one address. Fifty
 * requests a second is still far below what a tablet's sync ever sends.
 */
export const DEFAULT_REQUEST_LIMIT: Limit = { max: 3000, windowMs: 60 * 1000 };

const STATUS: Record<RefusalCode | PushRefused['code'], number> = {
  'invalid-input': 400,
  'not-a-batch': 400,
  'no-credentials': 401,
  'wrong-credentials': 401,
  'no-session': 401,
  'unknown-device': 401,
  'revoked-device': 403,
  'learner-of-another-hub': 403,
  'unknown-code': 404,
  'no-such-device': 404,
  'used-code': 409,
  'already-enrolled': 409,
  'email-taken': 409,
  'expired-code': 410,
  'batch-too-large': 413,
  'too-many-tries': 429,
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
    /**
     * Whether the answer rests only on writes already on disk (a push, answered after its own
     * commit is synced): then it need not wait for later commits of other requests.
     */
    answerDurable: boolean;
  }
}

export async function buildApp({
  db,
  now = () => new Date(),
  logger = false,
  trustProxy = false,
  tryLimit = DEFAULT_TRY_LIMIT,
  requestLimit = DEFAULT_REQUEST_LIMIT,
  restoreLimits = DEFAULT_RESTORE_LIMITS,
  distDir = null,
  tls = null,
}: AppOptions): Promise<FastifyInstance> {
  const options = {
    logger,
    // A count of proxies is believed hop by hop from the right, as proxy-addr counts them.
    trustProxy: typeof trustProxy === 'number' ? (_address: string, hop: number) => hop < trustProxy : trustProxy,
    // Request logs name the method, path and address; never a body or a header (tokens, nicknames).
    bodyLimit: BODY_LIMIT_BYTES,
  };
  // The same app either way; only the server under it differs, which no route sees.
  const app: FastifyInstance = tls
    ? (Fastify({ ...options, https: tls } as FastifyHttpsOptions<HttpsServer>) as unknown as FastifyInstance)
    : Fastify(options);
  // The API takes JSON only: a text body is refused as such rather than read as a string.
  app.removeContentTypeParser('text/plain');
  app.decorateRequest('device', null);
  app.decorateRequest('coordinator', null);
  app.decorateRequest('answerDurable', false);

  await app.register(helmet, {
    // The API answers JSON only: it may load nothing and be framed by nobody.
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
    },
  });
  await app.register(rateLimit, {
    max: requestLimit.max,
    timeWindow: requestLimit.windowMs,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error: 'too-many-requests',
      message: `Too many requests from this address; try again in ${context.after}.`,
    }),
  });

  // Nothing the API says may rest on a write that is not on disk yet: a session, a device, a
  // try counted, or events another tablet's push just stored (a pull must not hand out what a
  // power cut could take back). At once when every commit is already synced.
  app.addHook('onSend', async (request) => {
    if (request.url.startsWith('/api/') && !request.answerDurable) await untilDurable(db);
  });

  app.setErrorHandler((error, request, reply) => answerError(error, request, reply));
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({
      error: 'not-found',
      message: `There is no ${request.method} ${request.url.split('?')[0]?.slice(0, 200)} here.`,
    }),
  );

  /**
   * Who is asking, and tries, are settled before the body is read (preParsing), and after the
   * per-address request limit (onRequest).
   */
  const asDevice = async (request: FastifyRequest) => {
    request.device = await deviceOf(db, bearer(request));
  };
  const asCoordinator = async (request: FastifyRequest) => {
    request.coordinator = await coordinatorOf(db, bearer(request), { now });
  };
  /** Counts a try in the database; refused with 429 once there are too many. */
  const tryAs = (key: string) => countTry(db, key, tryLimit, now());

  /** A tablet enrols with the code a volunteer typed. */
  app.post('/api/enrol', { preParsing: (request) => tryAs(`enrol:address:${request.ip}`) }, async (request, reply) => {
    const body = parseBody(enrolBody, request.body);
    const enrolled = await redeemEnrolmentCode(db, body, { now });
    request.log.info({ deviceId: enrolled.deviceId, hubId: enrolled.hubId }, 'tablet enrolled');
    await forgetOldTries(db, now());
    const hub = await hubSettings(db, enrolled.hubId);
    return reply.code(201).send({ deviceId: enrolled.deviceId, token: enrolled.token, hub });
  });

  /** A tablet pushes a batch of its outbox; answered only once it is committed. */
  app.post('/api/push', { preParsing: asDevice }, async (request) => {
    const { deviceId } = signedIn(request.device);
    const waiting = waitingHeader(request);
    const result = await push(db, deviceId, request.body, { now, waiting });
    // push() resolves once its commit is on disk, and reads nothing committed after it.
    request.answerDurable = true;
    return result;
  });

  /** A tablet pulls its learners' events since its cursors, a page at a time. */
  app.post('/api/pull', { preParsing: asDevice }, async (request, reply) => {
    const device = signedIn(request.device);
    const { learners } = parseBody(pullBody, request.body);
    const page = await pullEvents(db, device, learners, { now });
    const hub = await hubSettings(db, device.hubId);
    // The stored events are JSON already: put in as they are, not parsed and written again.
    return reply.type('application/json; charset=utf-8').send(pageJson(page, hub));
  });

  /** A tablet finds the hub's learner with the code typed or scanned, to pull their events. */
  app.post('/api/restore', { preParsing: asDevice }, async (request) => {
    const device = signedIn(request.device);
    const { code } = parseBody(restoreBody, request.body);
    try {
      const restored = await restoreLearner(db, device, code, { now: now(), limits: restoreLimits });
      request.log.info({ deviceId: device.deviceId, hubId: device.hubId }, 'learner restored');
      return restored;
    } catch (error) {
      // Which tablet tried, never the code it tried.
      if (error instanceof Refused && error.code !== 'invalid-input') {
        request.log.info({ deviceId: device.deviceId, hubId: device.hubId, refused: error.code }, 'restore refused');
      }
      throw error;
    }
  });

  /** A coordinator signs in. */
  app.post(
    '/api/session',
    { preParsing: (request) => tryAs(`sign-in:address:${request.ip}`) },
    async (request, reply) => {
      const body = parseBody(signInBody, request.body);
      // Per account too: guesses from many addresses at one coordinator's password add up.
      await tryAs(`sign-in:email:${sha256(cleanEmail(body.email))}`);
      const session = await signIn(db, body, { now });
      request.log.info({ coordinatorId: session.coordinatorId }, 'coordinator signed in');
      await forgetOldTries(db, now());
      return reply.code(201).send({ token: session.token, expiresAt: session.expiresAt });
    },
  );

  /** A coordinator signs out. */
  app.delete('/api/session', { preParsing: asCoordinator }, async (request, reply) => {
    const { coordinatorId } = signedIn(request.coordinator);
    request.log.info({ coordinatorId }, 'coordinator signed out');
    await signOut(db, bearer(request));
    return reply.code(204).send();
  });

  /** A coordinator makes a one-time code to enrol a tablet with their hub. */
  app.post('/api/enrolment-codes', { preParsing: asCoordinator }, async (request, reply) => {
    const coordinator = signedIn(request.coordinator);
    const made = await makeEnrolmentCode(db, coordinator, { now });
    request.log.info({ coordinatorId: coordinator.coordinatorId }, 'enrolment code made');
    return reply.code(201).send(made);
  });

  /** A coordinator reads their hub's name and settings. */
  app.get('/api/hub', { preParsing: asCoordinator }, async (request) =>
    hubSettings(db, signedIn(request.coordinator).hubId),
  );

  /** A coordinator lets the hub's tablets send on any connection, or on Wi-fi only. */
  app.patch('/api/hub', { preParsing: asCoordinator }, async (request) => {
    const coordinator = signedIn(request.coordinator);
    const { wifiOnly } = parseBody(hubSettingsBody, request.body);
    request.log.info({ coordinatorId: coordinator.coordinatorId, wifiOnly }, 'hub settings changed');
    return setWifiOnly(db, coordinator.hubId, wifiOnly);
  });

  /** A coordinator lists their hub's tablets. */
  app.get('/api/devices', { preParsing: asCoordinator }, async (request) => ({
    devices: await hubDevices(db, signedIn(request.coordinator)),
  }));

  /** A coordinator revokes one of their hub's tablets: its token stops working at once. */
  app.post<{ Params: { deviceId: string } }>(
    '/api/devices/:deviceId/revoke',
    { preParsing: asCoordinator },
    async (request, reply) => {
      const coordinator = signedIn(request.coordinator);
      await revokeDevice(db, coordinator, request.params.deviceId, { now });
      request.log.info(
        { coordinatorId: coordinator.coordinatorId, deviceId: request.params.deviceId },
        'tablet revoked',
      );
      return reply.code(204).send();
    },
  );

  if (distDir !== null && !(await serveApp(app, distDir))) {
    app.log.warn({ distDir }, 'no built app to serve: run npm run build (the API works without it)');
  }

  return app;
}

/** The most a Hubsteps-Waiting header may say: the largest integer both databases store. */
export const MAX_WAITING = 2_147_483_647;

/**
 * The Hubsteps-Waiting header of a push: how many events the tablet will still have to send
 * after this batch. Undefined when it is not sent; refused when it is not a count.
 */
function waitingHeader(request: FastifyRequest): number | undefined {
  const value = request.headers['hubsteps-waiting'];
  if (value === undefined) return undefined;
  const count = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : Number.NaN;
  if (!(count <= MAX_WAITING)) {
    throw new Refused(
      'invalid-input',
      `Hubsteps-Waiting: must be the number of events still to send after this batch, a whole number from 0 to ${MAX_WAITING}, or left out.`,
    );
  }
  return count;
}

/** Who a route's preParsing hook found; a route without the hook is a mistake in this file. */
function signedIn<T>(who: T | null): T {
  if (who === null) throw new Error('route has no preParsing hook to say who is asking');
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
    if (error instanceof TooManyTries) reply.header('retry-after', String(Math.ceil(error.retryAfterMs / 1000)));
    return reply.code(status).send({ error: error.code, message: error.message });
  }
  const known = (typeof error === 'object' && error !== null ? error : {}) as HttpError;
  const status = known.statusCode ?? 500;
  if (status === 429) return reply.code(429).send({ error: known.error, message: known.message });
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
