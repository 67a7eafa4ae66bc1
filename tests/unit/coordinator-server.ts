import type { Hub, Tablet } from '../../src/coordinator/api';

/** One request the page made, as the server saw it. */
export interface SeenRequest {
  method: string;
  path: string;
  authorization: string | null;
  body: unknown;
}

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Handler = (request: SeenRequest) => Answer | 'no-answer';

export const EMAIL = 'sam@example.org';
export const PASSWORD = 'correct horse battery';
export const TOKEN = 'session-token-1';

/**
 * The hub server's coordinator API as src/server/app.ts answers it (and as the sync contract
 * adds: GET/PATCH /api/hub, lastSyncAt and waiting), in memory, for the page's fetch. A test
 * changes its data, or replaces one route's answer.
 */
export class FakeHubServer {
  tablets: Tablet[] = [];
  hub: Hub = { name: 'Library hub', wifiOnly: true };
  code = { code: 'ABCDEFGH', expiresAt: new Date(2026, 11, 1, 14, 5).toISOString() };
  readonly requests: SeenRequest[] = [];
  private readonly sessions = new Set<string>();
  private readonly routes: Record<string, Handler> = {
    'POST /api/session': ({ body }) => {
      const { email, password } = body as { email: string; password: string };
      if (email !== EMAIL || password !== PASSWORD) return refusal(401, 'wrong-credentials');
      this.sessions.add(TOKEN);
      return { status: 201, body: { token: TOKEN, expiresAt: '2026-12-01T00:00:00.000Z' } };
    },
    'DELETE /api/session': (request) => this.signedIn(request, () => ({ status: 204 })),
    'GET /api/devices': (request) => this.signedIn(request, () => ({ status: 200, body: { devices: this.tablets } })),
    'POST /api/enrolment-codes': (request) => this.signedIn(request, () => ({ status: 201, body: this.code })),
    'GET /api/hub': (request) => this.signedIn(request, () => ({ status: 200, body: this.hub })),
    'PATCH /api/hub': (request) =>
      this.signedIn(request, () => {
        this.hub = { ...this.hub, wifiOnly: (request.body as { wifiOnly: boolean }).wifiOnly };
        return { status: 200, body: this.hub };
      }),
  };

  /** A session the page already has (a reload while signed in). */
  knowsSession(token = TOKEN): void {
    this.sessions.add(token);
  }

  /** Ends every session, as when it runs out. */
  endSessions(): void {
    this.sessions.clear();
  }

  /** From now on, answer `route` ("METHOD /path") so. */
  answer(route: string, handler: Handler): void {
    this.routes[route] = handler;
  }

  /** The requests made to one route. */
  made(route: string): SeenRequest[] {
    return this.requests.filter((r) => `${r.method} ${r.path}` === route);
  }

  readonly fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input), 'http://hub.test/coordinator/');
    const headers = new Headers(init.headers);
    const request: SeenRequest = {
      method: init.method ?? 'GET',
      path: url.pathname,
      authorization: headers.get('authorization'),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : null,
    };
    this.requests.push(request);
    const revoke = /^\/api\/devices\/([^/]+)\/revoke$/.exec(url.pathname);
    const handler =
      this.routes[`${request.method} ${url.pathname}`] ??
      (revoke && request.method === 'POST' ? (r: SeenRequest) => this.revoke(r, revoke[1] ?? '') : undefined);
    const answer: Answer | 'no-answer' = handler ? handler(request) : refusal(404, 'not-found');
    if (answer === 'no-answer') throw new TypeError('Failed to fetch');
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': 'application/json', ...answer.headers },
    });
  };

  private revoke(request: SeenRequest, deviceId: string): Answer {
    return this.signedIn(request, () => {
      const tablet = this.tablets.find((t) => t.deviceId === decodeURIComponent(deviceId));
      if (!tablet) return refusal(404, 'no-such-device');
      tablet.revokedAt ??= new Date(2026, 10, 30, 10, 0).toISOString();
      return { status: 204 };
    });
  }

  private signedIn(request: SeenRequest, then: () => Answer): Answer {
    const token = /^Bearer (.+)$/.exec(request.authorization ?? '')?.[1];
    if (!token) return refusal(401, 'no-credentials');
    if (!this.sessions.has(token)) return refusal(401, 'no-session');
    return then();
  }
}

/** A refusal as the server words it: `{error, message}`, with the headers it sends. */
export function refusal(status: number, error: string, headers: Record<string, string> = {}): Answer {
  return {
    status,
    body: { error, message: `The server's own words for ${error}.` },
    headers: status === 401 ? { 'www-authenticate': 'Bearer', ...headers } : headers,
  };
}
