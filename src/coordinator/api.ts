/**
 * The hub server's coordinator API, as the page calls it: same origin, relative URLs, the session
 * token as `Authorization: Bearer`. Every refusal is `{error, message}` (src/server/app.ts).
 */
import { words } from './words';

/** A tablet as GET /api/devices lists it. Fields a server may not send yet are optional. */
export interface Tablet {
  deviceId: string;
  name: string;
  enrolledAt: string;
  revokedAt: string | null;
  /** The last push or pull it made; null if it has not synced since it was set up. */
  lastSyncAt?: string | null;
  /** Steps it said it still has to send (Hubsteps-Waiting), null if it never said. */
  waiting?: number | null;
  /** Runs of its seqs the hub never received. */
  gaps?: { from: number; to: number; kind: 'unexplained' | 'discarded' }[];
}

export interface Hub {
  name: string;
  wifiOnly: boolean;
}

export interface EnrolmentCode {
  code: string;
  expiresAt: string;
}

export interface Session {
  token: string;
  expiresAt: string;
}

/** A refusal from the server, or `unreachable` when no answer came. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** From Retry-After, on 429. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Thrown instead of an ApiError for a 401 on a signed-in call: the session is over. */
export class SessionEnded extends Error {
  constructor() {
    super('The session has ended.');
    this.name = 'SessionEnded';
  }
}

async function call<T>(method: string, path: string, token: string | null, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(0, 'unreachable', words.unreachable);
  }
  const text = await response.text().catch(() => '');
  const json = parseJson(text);
  if (response.ok) return json as T;
  if (response.status === 401 && token !== null) throw new SessionEnded();
  const refusal = (typeof json === 'object' && json !== null ? json : {}) as { error?: unknown; message?: unknown };
  const retryAfter = Number(response.headers.get('retry-after'));
  throw new ApiError(
    response.status,
    typeof refusal.error === 'string' ? refusal.error : `http-${response.status}`,
    // A proxy's error page, say: no message of the server's own.
    typeof refusal.message === 'string' ? refusal.message : words.serverAnswered(response.status),
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  );
}

function parseJson(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export const signIn = (email: string, password: string): Promise<Session> =>
  call('POST', '/api/session', null, { email, password });

export const signOut = (token: string): Promise<void> => call('DELETE', '/api/session', token);

export const listTablets = async (token: string): Promise<Tablet[]> =>
  (await call<{ devices: Tablet[] }>('GET', '/api/devices', token)).devices;

export const makeEnrolmentCode = (token: string): Promise<EnrolmentCode> => call('POST', '/api/enrolment-codes', token);

export const revokeTablet = (token: string, deviceId: string): Promise<void> =>
  call('POST', `/api/devices/${encodeURIComponent(deviceId)}/revoke`, token);

export const getHub = (token: string): Promise<Hub> => call('GET', '/api/hub', token);

export const setWifiOnly = (token: string, wifiOnly: boolean): Promise<Hub> =>
  call('PATCH', '/api/hub', token, { wifiOnly });
