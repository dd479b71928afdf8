import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { StoreError } from '../stores/index.js';

/** An error with the HTTP status to answer with; its message is shown to the client. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** The body of every error response. */
export interface ErrorBody {
  status: number;
  message: string;
}

export function errorResponse(c: Context, status: ContentfulStatusCode, message: string, headers: Record<string, string> = {}): Response {
  for (const [k, v] of Object.entries(headers)) c.header(k, v);
  return c.json({ status, message } satisfies ErrorBody, status);
}

/**
 * Maps what a route threw to a JSON error: our ApiError as it is, bad parameters (zod, or the store's
 * own checks) to 400 with what was wrong, anything else to 500 without internals (logged instead).
 */
export function onError(log: (message: string) => void) {
  return (err: Error, c: Context): Response => {
    if (err instanceof ApiError) return errorResponse(c, err.status, err.message, err.headers);
    if (err instanceof ZodError) return errorResponse(c, 400, zodMessage(err));
    if (err instanceof StoreError && err.code === 'bad-query') return errorResponse(c, 400, err.message);
    if (err instanceof StoreError && err.code === 'unsupported') return errorResponse(c, 501, err.message);
    log(`${c.req.method} ${new URL(c.req.url).pathname}: ${err.stack ?? err.message}`);
    return errorResponse(c, 500, 'internal error; the server log has the details');
  };
}

function zodMessage(err: ZodError): string {
  return err.issues
    .map((i) => {
      const where = i.path.length ? i.path.join('.') : '';
      if (i.code === 'unrecognized_keys') return `unknown parameter${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `'${k}'`).join(', ')}`;
      return where ? `${where}: ${i.message}` : i.message;
    })
    .join('; ');
}
