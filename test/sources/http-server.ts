/**
 * A tiny HTTP server on 127.0.0.1 for tests: routes map a path to a response (or a handler for odd cases
 * such as a slow or endless body). It listens on a free port and records the requests it saw.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

export type Route = Reply | ((req: IncomingMessage, res: ServerResponse) => void);

export interface TestServer {
  /** Absolute URL of a path on this server. */
  url(path: string): string;
  /** Requests seen, in order: path and the headers that matter to tests. */
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  routes: Map<string, Route>;
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Route> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const requests: TestServer['requests'] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const route = table.get(path) ?? table.get(path.split('?')[0]!);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (typeof route === 'function') return route(req, res);
    res.writeHead(route.status ?? 200, route.headers ?? { 'content-type': 'text/html; charset=utf-8' });
    res.end(route.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    routes: table,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
