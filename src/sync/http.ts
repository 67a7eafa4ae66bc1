/**
 * The tablet's calls to the hub's server (/api/... on the app's own origin), and what their
 * answers must look like. The server is reachable when it answers: a network failure, a 5xx or
 * an answer that cannot be read all count as not reachable, whatever navigator.onLine says.
 */
import * as v from 'valibot';

/** The part of `fetch` the sync code uses (tests pass their own). */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export type Answer<T> =
  | { kind: 'ok'; body: T }
  /** A 4xx: `error` is the server's stable code. */
  | { kind: 'refused'; status: number; error: string }
  | { kind: 'unreachable' };

/** POSTs JSON, with the device token when there is one, and reads the answer against `schema`. */
export async function post<S extends v.GenericSchema>(
  fetch: Fetch,
  path: string,
  body: unknown,
  schema: S,
  { token, headers = {} }: { token?: string; headers?: Record<string, string> } = {},
): Promise<Answer<v.InferOutput<S>>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: JSON.stringify(body),
      // Never an answer from a cache: every call is about this moment.
      cache: 'no-store',
    });
  } catch {
    return { kind: 'unreachable' };
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (response.status >= 400 && response.status < 500) {
    const error = v.safeParse(refusal, json);
    return { kind: 'refused', status: response.status, error: error.success ? error.output.error : '' };
  }
  if (!response.ok) return { kind: 'unreachable' };
  const parsed = v.safeParse(schema, json);
  // A 2xx we cannot read is not the hub's server answering (a captive portal's page, say).
  return parsed.success ? { kind: 'ok', body: parsed.output } : { kind: 'unreachable' };
}

const refusal = v.object({ error: v.string() });

export const hubSettings = v.object({ name: v.string(), wifiOnly: v.boolean() });

export const enrolAnswer = v.object({
  deviceId: v.string(),
  token: v.pipe(v.string(), v.minLength(1)),
  hub: v.optional(hubSettings),
});

export const pushAnswer = v.object({
  accepted: v.array(v.string()),
  rejected: v.array(v.object({ index: v.number(), id: v.nullable(v.string()), reasons: v.array(v.string()) })),
  codeTaken: v.optional(v.array(v.string()), []),
});
export type PushAnswer = v.InferOutput<typeof pushAnswer>;

export const pullAnswer = v.object({
  /** Each event is checked with the shared event schema where it is stored. */
  events: v.array(v.object({ arrival: v.pipe(v.number(), v.integer()), event: v.unknown() })),
  more: v.boolean(),
  hub: v.optional(hubSettings),
});
export type PullAnswer = v.InferOutput<typeof pullAnswer>;

export const restoreAnswer = v.object({ learnerId: v.string() });

/** Refusals that mean this tablet may no longer act for the hub: enrol it again. */
export const deviceRefused = (answer: Answer<unknown>): boolean =>
  answer.kind === 'refused' && (answer.status === 401 || answer.error === 'revoked-device');
