/**
 * Requests the fetch-based helpers can't make. `holdRequest`: a request whose body is held back: the headers (and so the token check) go out at once, the
 * last byte only when `release()` is called. It reproduces a request "in flight" while something
 * else changes on the server, e.g. its account being deactivated or demoted.
 */
import { request as httpRequest } from 'node:http';

/**
 * A login sent from a chosen loopback source address (127.0.0.2 reaches a server on 127.0.0.1),
 * with extra headers; resolves to the status.
 */
export function loginFrom(
  baseURL: string,
  localAddress: string,
  username: string,
  password: string,
  headers: Record<string, string> = {},
) {
  return new Promise<number>((resolve, reject) => {
    const req = httpRequest(
      `${baseURL}/api/auth/login`,
      {
        method: 'POST',
        localAddress,
        headers: { 'content-type': 'application/json', ...headers },
        timeout: 15_000,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ username, password }));
  });
}

export interface Held {
  release(): Promise<{ status: number; body: unknown }>;
}

export function holdRequest(
  baseURL: string,
  method: string,
  path: string,
  token: string,
  body: unknown,
): Promise<Held> {
  const text = Buffer.from(JSON.stringify(body));
  return new Promise((resolveHeld, rejectHeld) => {
    let answered: (v: { status: number; body: unknown }) => void = () => {};
    let failed: (e: Error) => void = () => {};
    const result = new Promise<{ status: number; body: unknown }>((res, rej) => {
      answered = res;
      failed = rej;
    });
    result.catch(() => {});
    const req = httpRequest(
      `${baseURL}${path}`,
      {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': String(text.length),
        },
        timeout: 15_000,
      },
      (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (d) => {
          data += d;
        });
        res.on('end', () => {
          let parsed: unknown = data;
          try {
            parsed = JSON.parse(data);
          } catch {
            // keep the text
          }
          answered({ status: res.statusCode ?? 0, body: parsed });
        });
      },
    );
    req.on('error', (e) => {
      failed(e);
      rejectHeld(e);
    });
    req.flushHeaders();
    req.write(text.subarray(0, text.length - 1), () => {
      // Give the server time to run the token check on the headers it has.
      setTimeout(
        () =>
          resolveHeld({
            release() {
              req.end(text.subarray(text.length - 1));
              return result;
            },
          }),
        150,
      );
    });
  });
}
