/**
 * @module
 * The HTTP API and the web UI: thin routes over an EventStore and the coder (docs/api.md).
 */
export { createApp, LOOPBACK_HOSTS, type AppOptions } from './app.js';
export { startServer, DEFAULT_HOST, DEFAULT_PORT, type ServerHandle, type ServerOptions } from './start-server.js';
export { CONTENT_SECURITY_POLICY } from './security.js';
export { articleHighlights, codedHighlights, type Highlight, type HighlightKind } from './highlights.js';
export type { ErrorBody } from './errors.js';
export type { Limits } from './context.js';
