import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { createApp, LOOPBACK_HOSTS, type AppOptions } from './app.js';

export interface ServerOptions extends AppOptions {
  /** Default 8787; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1: only this machine can connect. */
  host?: string;
}

export interface ServerHandle {
  /** `http://127.0.0.1:8787` */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  /** Stops accepting connections, ends idle keep-alive ones, resolves when the socket is closed. The store stays open. */
  close(): Promise<void>;
}

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';

/**
 * Serves the API and the UI until `close()`. Bound to loopback unless `host` says otherwise; on a
 * loopback address the server also refuses requests naming another host (DNS rebinding).
 */
export async function startServer(options: ServerOptions): Promise<ServerHandle> {
  const host = options.host ?? DEFAULT_HOST;
  const loopback = LOOPBACK_HOSTS.includes(host);
  const hosts = options.hosts !== undefined ? options.hosts : loopback ? LOOPBACK_HOSTS : null;
  const app = createApp({ ...options, hosts });
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    host,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeIdleConnections();
      }),
  };
}
