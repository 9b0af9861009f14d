/**
 * The load generator's HTTP client: node:http over one keep-alive Agent, so the generator
 * stays cheap (undici's fetch costs several times more CPU per request) and every simulated
 * device reuses its connection like a browser does. Never throws: a failure comes back as a
 * `kind` the report counts (`http-401:unauthorized`, `timeout`, `network:ECONNRESET`, …).
 */
import { Agent, request } from 'node:http';

export interface HttpAnswer {
  status: number;
  /** The parsed JSON body of a 2xx answer. */
  json?: unknown;
  /** Set when the request failed: what kind of failure. */
  kind?: string;
}

export interface HttpClient {
  /** `token` null: no Authorization header (the login request). */
  send(method: 'GET' | 'POST', path: string, token: string | null, body?: unknown): Promise<HttpAnswer>;
  /** Requests sent and not answered yet. */
  inFlight(): number;
  /** Aborts what is in flight and closes every socket. */
  close(): void;
}

export interface HttpClientOptions {
  /** One request longer than this is aborted and counted as `timeout`. */
  timeoutMs: number;
  maxSockets: number;
}

export function createHttpClient(baseURL: string, options: HttpClientOptions): HttpClient {
  const url = new URL(baseURL);
  const agent = new Agent({
    keepAlive: true,
    maxSockets: options.maxSockets,
    maxFreeSockets: options.maxSockets,
  });
  const pending = new Set<() => void>();

  function send(
    method: 'GET' | 'POST',
    path: string,
    token: string | null,
    body?: unknown,
  ): Promise<HttpAnswer> {
    return new Promise((resolve) => {
      const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
      const headers: Record<string, string | number> = {};
      if (token) headers.authorization = `Bearer ${token}`;
      if (payload) {
        headers['content-type'] = 'application/json';
        headers['content-length'] = payload.length;
      }
      let settled = false;
      const done = (answer: HttpAnswer) => {
        if (settled) return;
        settled = true;
        pending.delete(abort);
        clearTimeout(timer);
        resolve(answer);
      };
      const req = request({ agent, host: url.hostname, port: url.port, method, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', (err: NodeJS.ErrnoException) =>
          done({ status: 0, kind: `network:${err.code ?? err.message}` }),
        );
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            return done({ status, kind: `bad-json:${status}` });
          }
          if (status >= 200 && status < 300) return done({ status, json });
          const code = (json as { error?: unknown } | null)?.error;
          done({ status, kind: `http-${status}:${typeof code === 'string' ? code : '?'}` });
        });
      });
      const abort = () => {
        req.destroy();
        done({ status: 0, kind: 'aborted' });
      };
      const timer = setTimeout(() => {
        req.destroy();
        done({ status: 0, kind: 'timeout' });
      }, options.timeoutMs);
      pending.add(abort);
      req.on('error', (err: NodeJS.ErrnoException) =>
        done({ status: 0, kind: `network:${err.code ?? err.message}` }),
      );
      req.end(payload);
    });
  }

  return {
    send,
    inFlight: () => pending.size,
    close() {
      for (const abort of [...pending]) abort();
      agent.destroy();
    },
  };
}
