import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { errorResponse } from './errors.js';

/**
 * Write routes: refused (403) when the server has no token, 401 unless the request carries
 * `Authorization: Bearer <token>`. Compared as hashes in constant time so the answer time says
 * nothing about how much of a guess was right.
 */
export function requireToken(token: string | null): MiddlewareHandler {
  const want = token ? digest(token) : null;
  return async function requireToken(c, next) {
    if (!want) return errorResponse(c, 403, 'writes are disabled: start the server with --token (or DYAD_TOKEN) to enable POST /api/ingest');
    const m = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    if (!m || !timingSafeEqual(digest(m[1]!), want)) {
      return errorResponse(c, 401, 'a valid token is required: send Authorization: Bearer <token>', { 'WWW-Authenticate': 'Bearer realm="dyad"' });
    }
    await next();
  };
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
