import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError, errorResponse } from './errors.js';

/** Refuses bodies over `maxBytes` with 413 before anything reads them (Content-Length or streamed count). */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({ maxSize: maxBytes, onError: (c) => errorResponse(c, 413, `request body is over the ${maxBytes}-byte limit`) });
}

/** The body as JSON, or as `{ text }` when it was sent as text/plain; 400/415 when it is neither. */
export async function readBody(c: Context): Promise<unknown> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/plain') return { text: await c.req.text() };
  if (type !== 'application/json') throw new ApiError(415, 'send the body as application/json (or text/plain for just the text)');
  const raw = await c.req.text();
  try {
    return JSON.parse(raw) as unknown;
  } catch (err) {
    throw new ApiError(400, `body is not valid JSON: ${(err as Error).message}`);
  }
}
