import type { MiddlewareHandler } from 'hono';
import { errorResponse } from './errors.js';

/**
 * Only our own bundled files may run or style the page: no inline script, no eval, nothing from
 * another origin. Article text is shown with textContent, so even if a page held markup the policy
 * is the second wall, not the first.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function securityHeaders(): MiddlewareHandler {
  return async function securityHeaders(c, next) {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
  };
}

/**
 * Refuses requests whose Host is not one of ours. A server on 127.0.0.1 is reachable from any page
 * the user opens; without this a site could rebind its DNS name to 127.0.0.1 and read the API.
 * `hosts` are host names without port; null disables the check (a server bound to a public address
 * behind a proxy names its own hosts).
 */
export function hostCheck(hosts: readonly string[] | null): MiddlewareHandler {
  const allowed = hosts ? new Set(hosts.map((h) => h.toLowerCase())) : null;
  return async function hostCheck(c, next) {
    if (allowed) {
      // node-server builds the request URL from the Host header.
      const host = new URL(c.req.url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
      if (!allowed.has(host)) return errorResponse(c, 421, `this server does not answer for host '${host}'`);
    }
    await next();
  };
}
