import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { blockedAddressReason } from './address-policy.js';
import { parseContentType } from './content-type.js';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_REDIRECTS,
  DEFAULT_TIMEOUT_MS,
  type FetchFailure,
  type FetchFailureCode,
  type Fetcher,
  type FetcherOptions,
  type FetchRequest,
  type FetchResult,
} from './fetcher.js';
import { BLOCKED, guardedLookup } from './guarded-lookup.js';
import { USER_AGENT } from './user-agent.js';

/**
 * The safe fetcher on node:http(s). Not the global `fetch`: only `http.request` lets us pass our own `lookup`,
 * which is what makes the address check hold against DNS rebinding (see guarded-lookup.ts).
 *
 * @example
 * const fetcher = createFetcher({ allowPrivate: false, cache: new Map() });
 * const res = await fetcher.fetch('https://example.org/feed.xml', { conditional: true });
 * if (res.ok && !res.notModified) decodeBody(res.bytes, res.charset);
 */
export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const opts = {
    allowPrivate: options.allowPrivate ?? false,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    userAgent: options.userAgent ?? USER_AGENT,
  };
  const allowed = new Set(options.allowAddresses ?? []);
  const refusal = (address: string): string | null => (opts.allowPrivate || allowed.has(address) ? null : blockedAddressReason(address));
  const lookup = guardedLookup(refusal);

  return {
    async fetch(startUrl: string, req: FetchRequest = {}): Promise<FetchResult> {
      const timeout = AbortSignal.timeout(opts.timeoutMs);
      const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
      const cached = req.conditional ? await options.cache?.get(startUrl) : undefined;
      let url = startUrl;
      for (let hop = 0; ; hop++) {
        const refused = checkUrl(url, refusal);
        if (refused) return fail(url, 'blocked', refused);
        const headers: Record<string, string> = {
          'user-agent': opts.userAgent,
          accept: req.accept ?? '*/*',
          'accept-encoding': 'gzip, deflate, br',
        };
        if (cached?.etag) headers['if-none-match'] = cached.etag;
        if (cached?.lastModified) headers['if-modified-since'] = cached.lastModified;
        let res: IncomingMessage;
        try {
          res = await send(url, headers, lookup, signal);
        } catch (err) {
          return failFromError(url, err, signal, timeout, opts.timeoutMs);
        }
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        if (status >= 300 && status < 400 && status !== 304 && location) {
          res.resume();
          if (hop >= opts.maxRedirects) return fail(url, 'blocked', `more than ${opts.maxRedirects} redirects`);
          url = new URL(location, url).toString();
          continue;
        }
        const fetchedAt = new Date().toISOString();
        const { type, charset } = parseContentType(res.headers['content-type']);
        const flatHeaders = flatten(res.headers);
        if (status === 304 && cached) {
          res.resume();
          return { ok: true, url, status, contentType: type, charset, headers: flatHeaders, bytes: new Uint8Array(), notModified: true, fetchedAt };
        }
        if (status < 200 || status > 299) {
          res.resume();
          return { ...fail(url, 'http-status', `HTTP ${status} ${res.statusMessage ?? ''}`.trim()), status };
        }
        const declared = Number(res.headers['content-length']);
        if (!res.headers['content-encoding'] && declared > opts.maxBytes) {
          res.destroy();
          return fail(url, 'too-large', `body of ${declared} bytes is over the ${opts.maxBytes}-byte limit`);
        }
        let bytes: Uint8Array;
        try {
          bytes = await readLimited(decompress(res), opts.maxBytes);
        } catch (err) {
          res.destroy();
          if (err instanceof TooLarge) return fail(url, 'too-large', `body over the ${opts.maxBytes}-byte limit`);
          return failFromError(url, err, signal, timeout, opts.timeoutMs);
        }
        if (req.conditional && options.cache) {
          const etag = flatHeaders.etag;
          const lastModified = flatHeaders['last-modified'];
          if (etag || lastModified) await options.cache.set(startUrl, { etag, lastModified });
        }
        return { ok: true, url, status, contentType: type, charset, headers: flatHeaders, bytes, notModified: false, fetchedAt };
      }
    },
  };
}

/** Why a URL may not be requested at all (scheme, or a literal IP the policy refuses), or null. */
function checkUrl(raw: string, refusal: (address: string) => string | null): string | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return `not a URL: ${raw}`;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return `scheme ${u.protocol} is not fetched (only http and https)`;
  const host = u.hostname.replace(/^\[|\]$/g, '');
  // Literal addresses never reach `lookup`, so they are checked here.
  if (isIP(host)) {
    const why = refusal(host);
    if (why) return `refused ${host}: ${why}`;
  }
  return null;
}

function send(url: string, headers: Record<string, string>, lookup: ReturnType<typeof guardedLookup>, signal: AbortSignal): Promise<IncomingMessage> {
  const request = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers, lookup: lookup as never, agent: false, signal }, resolve);
    req.on('error', reject);
    req.end();
  });
}

class TooLarge extends Error {}

async function readLimited(stream: Readable, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      stream.destroy();
      throw new TooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

/** The size limit applies to the decoded bytes, so a small gzip bomb cannot inflate past it. */
function decompress(res: IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : null;
  if (!decoder) return res;
  res.on('error', (err) => decoder.destroy(err));
  return res.pipe(decoder);
}

function flatten(headers: IncomingMessage['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function fail(url: string, code: FetchFailureCode, reason: string): FetchFailure {
  return { ok: false, url, code, reason };
}

function failFromError(url: string, err: unknown, signal: AbortSignal, timeout: AbortSignal, timeoutMs: number): FetchFailure {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === BLOCKED) return fail(url, 'blocked', e.message);
  if (timeout.aborted) return fail(url, 'timeout', `no complete response within ${timeoutMs} ms`);
  if (signal.aborted) return fail(url, 'fetch', 'aborted');
  return fail(url, 'fetch', e?.code ? `${e.code}: ${e.message}` : String(e?.message ?? err));
}
