// @vitest-environment node
/**
 * The one HTTP client (src/sync/http.ts) against a real HTTP server on 127.0.0.1: timeouts (no
 * answer, and a body that stops halfway), answers that are not JSON, a 401 to a request that
 * carried a token (the session ended), and a connection refused. Then the users API and login
 * over the same server, which translate those errors into what their screens say.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/schema';
import { getSession, saveSession } from '../../src/db/session-store';
import type { PublicUser } from '../../src/protocol/protocol';
import { useSync } from '../../src/state/sync-status';
import { login } from '../../src/sync/auth';
import { HttpError, requestJson } from '../../src/sync/http';
import { httpTransport } from '../../src/sync/transport';
import { listUsers, UsersApiError } from '../../src/sync/users-api';

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: string;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let server: Server;
let baseUrl = '';
let handler: Handler = (_req, res) => res.end();
const seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
        contentType: req.headers['content-type'],
        body,
      });
      handler(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  seen.length = 0;
  useSync.setState({ sessionExpired: false });
});

function answer(status: number, body: string, contentType = 'application/json'): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': contentType });
    res.end(body);
  };
}

/** The HttpError a request ends with (fails the test when it succeeds). */
async function failure(promise: Promise<unknown>): Promise<HttpError> {
  const outcome = await promise.then(
    () => new Error('the request succeeded'),
    (err: unknown) => err,
  );
  if (!(outcome instanceof HttpError)) throw outcome;
  return outcome;
}

describe('requestJson', () => {
  it('sends the token and the JSON body, and resolves with the answer', async () => {
    handler = answer(200, JSON.stringify({ results: [{ id: 'm1' }] }));
    const result = await requestJson(
      { method: 'POST', path: '/api/sync/push', token: 'tok-1', body: { mutations: [] } },
      { baseUrl },
    );
    expect(result).toEqual({ results: [{ id: 'm1' }] });
    expect(seen).toEqual([
      {
        method: 'POST',
        url: '/api/sync/push',
        authorization: 'Bearer tok-1',
        contentType: 'application/json',
        body: '{"mutations":[]}',
      },
    ]);
  });

  it('gives up with a timeout when the server never answers', async () => {
    handler = () => undefined; // holds the request open
    const startedAt = Date.now();
    const err = await failure(requestJson({ method: 'GET', path: '/slow' }, { baseUrl, timeoutMs: 150 }));
    expect(err).toMatchObject({ kind: 'timeout', code: 'timeout', status: 0 });
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(140);
  });

  it('gives up with a timeout when the body stops halfway (not "unreadable")', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"changes": [');
    };
    const err = await failure(requestJson({ method: 'GET', path: '/half' }, { baseUrl, timeoutMs: 150 }));
    expect(err).toMatchObject({ kind: 'timeout', code: 'timeout' });
  });

  it('maps an error page that is not JSON by its status', async () => {
    handler = answer(502, '<html>Bad Gateway</html>', 'text/html');
    expect(await failure(requestJson({ method: 'GET', path: '/x' }, { baseUrl }))).toMatchObject({
      kind: 'server',
      code: 'internal',
      status: 502,
    });
    handler = answer(404, '<html>Not Found</html>', 'text/html');
    expect(await failure(requestJson({ method: 'GET', path: '/x' }, { baseUrl }))).toMatchObject({
      kind: 'client',
      code: 'not-found',
      status: 404,
    });
  });

  it('treats a success whose body is not JSON as a server fault', async () => {
    handler = answer(200, 'OK', 'text/plain');
    expect(await failure(requestJson({ method: 'GET', path: '/x' }, { baseUrl }))).toMatchObject({
      kind: 'server',
      code: 'internal',
      status: 200,
    });
  });

  it('keeps the error code the server names, and retries later on 429 and 5xx', async () => {
    handler = answer(400, JSON.stringify({ error: 'unsupported-schema', message: 'old app' }));
    expect(await failure(requestJson({ method: 'GET', path: '/x' }, { baseUrl }))).toMatchObject({
      kind: 'client',
      code: 'unsupported-schema',
    });
    handler = answer(429, JSON.stringify({ error: 'too-many-attempts', message: '' }));
    expect(await failure(requestJson({ method: 'GET', path: '/x' }, { baseUrl }))).toMatchObject({
      kind: 'server',
      code: 'too-many-attempts',
    });
  });

  it('reads a 401 to a request with a token as "the session ended", without one as a refusal', async () => {
    handler = answer(401, JSON.stringify({ error: 'token-expired', message: '' }));
    expect(
      await failure(requestJson({ method: 'GET', path: '/x', token: 'old' }, { baseUrl })),
    ).toMatchObject({ kind: 'auth', code: 'token-expired', status: 401 });
    handler = answer(401, JSON.stringify({ error: 'invalid-credentials', message: '' }));
    expect(
      await failure(requestJson({ method: 'POST', path: '/login', body: {} }, { baseUrl })),
    ).toMatchObject({ kind: 'client', code: 'invalid-credentials', status: 401 });
  });

  it('reports a refused connection as a network failure', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const err = await failure(
      requestJson({ method: 'GET', path: '/x' }, { baseUrl: `http://127.0.0.1:${port}` }),
    );
    expect(err).toMatchObject({ kind: 'network', code: 'network', status: 0 });
  });
});

const SITI: PublicUser = { id: 'u-siti', username: 'siti', role: 'coordinator', unitIds: [], active: true };

describe('callers of the client', () => {
  it('sync transport: a pull carries the stored token and its cursor', async () => {
    handler = answer(200, JSON.stringify({ changes: [], cursor: '7', hasMore: false }));
    const transport = httpTransport({ baseUrl, getToken: () => 'tok-2' });
    expect(await transport.pull('3', 50)).toEqual({ changes: [], cursor: '7', hasMore: false });
    expect(seen[0]).toMatchObject({
      method: 'GET',
      url: '/api/sync/pull?cursor=3&limit=50',
      authorization: 'Bearer tok-2',
    });
  });

  it('sync transport: without a token it asks for a login and sends nothing', async () => {
    const transport = httpTransport({ baseUrl, getToken: () => null });
    expect(await failure(transport.pull('0', 50))).toMatchObject({ kind: 'auth', code: 'unauthorized' });
    expect(seen).toEqual([]);
  });

  it('users API: a 401 marks the stored session expired and the header asks to log in again', async () => {
    await saveSession({ token: 'tok-k', expiresAt: '2099-01-01T00:00:00.000Z', user: SITI }, db);
    handler = answer(401, JSON.stringify({ error: 'unauthorized', message: '' }));
    const err = await listUsers({ db, baseUrl }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsersApiError);
    expect((err as UsersApiError).code).toBe('unauthorized');
    expect((await getSession(db))?.expired).toBe(true);
    expect(useSync.getState().sessionExpired).toBe(true);
  });

  it('users API: a timeout is its own code and leaves the session alone', async () => {
    await saveSession({ token: 'tok-k', expiresAt: '2099-01-01T00:00:00.000Z', user: SITI }, db);
    handler = () => undefined;
    const err = await listUsers({ db, baseUrl, timeoutMs: 100 }).catch((e: unknown) => e);
    expect((err as UsersApiError).code).toBe('timeout');
    expect((await getSession(db))?.expired).toBeFalsy();
    expect(useSync.getState().sessionExpired).toBe(false);
  });

  it('login: wrong password, throttled, unreadable answer and no connection each say so', async () => {
    handler = answer(401, JSON.stringify({ error: 'invalid-credentials', message: '' }));
    expect(await login('siti', 'salah', { db, baseUrl })).toEqual({
      ok: false,
      error: 'invalid-credentials',
    });
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/api/auth/login', authorization: undefined });
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual({ username: 'siti', password: 'salah' });
    handler = answer(429, JSON.stringify({ error: 'too-many-attempts', message: '' }));
    expect(await login('siti', 'salah', { db, baseUrl })).toEqual({ ok: false, error: 'too-many-attempts' });
    handler = answer(200, '<html></html>', 'text/html');
    expect(await login('siti', 'rahasia', { db, baseUrl })).toEqual({ ok: false, error: 'server' });
    expect(await login('siti', 'rahasia', { db, baseUrl: 'http://127.0.0.1:1' })).toEqual({
      ok: false,
      error: 'offline',
    });
    expect(await getSession(db)).toBeNull();
  });
});
