/**
 * Response compression for API JSON and the app's text assets: a city's first sync is tens of
 * megabytes of JSON over a field connection, and Lighthouse flags uncompressed text. Brotli when
 * the client accepts it (browsers offer it over HTTPS), else gzip; nothing for a client that
 * offers neither, for bodies under 1 KiB (the headers would outweigh the saving) or for types
 * that are compressed already (PNG icons). `hono/compress` has no brotli and cannot tell a small
 * JSON body (no Content-Length yet) from a large one, hence this one.
 *
 * JSON answers are already whole strings in memory: they are compressed in one go on the zlib
 * thread pool. Static files arrive as streams with a Content-Length and are compressed as they
 * stream.
 */
import { Readable } from 'node:stream';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

export const COMPRESS_MIN_BYTES = 1024;

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json|xml)|image\/svg\+xml)/i;
const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
/** Quality 5: most of brotli's gain over gzip at a speed fit for every request. */
const BROTLI_PARAMS = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } };

type Encoding = 'br' | 'gzip';

/** The best encoding the Accept-Encoding header allows (q > 0), brotli first. */
export function pickEncoding(header: string | undefined): Encoding | undefined {
  if (!header) return undefined;
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name.trim(), Number.isFinite(value) ? value : 0);
  }
  const weight = (enc: Encoding) => q.get(enc) ?? q.get('*') ?? 0;
  if (weight('br') > 0 && weight('br') >= weight('gzip')) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return undefined;
}

function compressStream(body: ReadableStream<Uint8Array>, encoding: Encoding): ReadableStream<Uint8Array> {
  const transform = encoding === 'br' ? zlib.createBrotliCompress(BROTLI_PARAMS) : zlib.createGzip();
  const source = Readable.fromWeb(body as NodeWebStream<Uint8Array>);
  source.on('error', (err) => transform.destroy(err));
  return Readable.toWeb(source.pipe(transform)) as unknown as ReadableStream<Uint8Array>;
}

export const compression: MiddlewareHandler = async (c, next) => {
  await next();
  const res = c.res;
  if (c.req.method === 'HEAD' || !res.body || res.status === 204 || res.status === 206) return;
  if (res.headers.has('Content-Encoding')) return;
  if (!COMPRESSIBLE.test(res.headers.get('Content-Type') ?? '')) return;
  const vary = res.headers.get('Vary');
  if (!vary) res.headers.set('Vary', 'Accept-Encoding');
  else if (!/accept-encoding|\*/i.test(vary)) res.headers.set('Vary', `${vary}, Accept-Encoding`);
  const encoding = pickEncoding(c.req.header('Accept-Encoding'));
  if (!encoding) return;

  const length = res.headers.get('Content-Length');
  let body: BodyInit;
  if (length !== null) {
    if (Number(length) < COMPRESS_MIN_BYTES) return;
    body = compressStream(res.body, encoding);
  } else {
    const plain = Buffer.from(await res.arrayBuffer());
    if (plain.byteLength < COMPRESS_MIN_BYTES) {
      c.res = new Response(plain, res);
      return;
    }
    body = Uint8Array.from(encoding === 'br' ? await brotli(plain, BROTLI_PARAMS) : await gzip(plain));
  }
  // Hono copies the old answer's headers onto a new one: adjust them after the swap.
  c.res = new Response(body, res);
  c.res.headers.delete('Content-Length');
  c.res.headers.set('Content-Encoding', encoding);
  const etag = c.res.headers.get('ETag');
  if (etag && !etag.startsWith('W/')) c.res.headers.set('ETag', `W/${etag}`);
};
