/** The local server the feed, URL and URL-list tests share: four feeds, a few articles, a redirect, a 404. */
import { readFileSync } from 'node:fs';
import { startServer, type Route, type TestServer } from './http-server.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/feeds/${name}`, import.meta.url), 'utf8');

export const page = (title: string, para: string, head = '') =>
  `<!doctype html><html lang="en"><head><title>${title}</title>${head}</head><body><article><h1>${title}</h1><p>${para}</p></article></body></html>`;

export async function startFeedServer(extra: Record<string, Route> = {}): Promise<TestServer> {
  const server = await startServer(extra);
  const base = server.url('').replace(/\/$/, '');
  const fill = (name: string) => fixture(name).replaceAll('{{BASE}}', base);
  const html = (body: string): Route => ({ headers: { 'content-type': 'text/html; charset=utf-8' }, body });
  const routes: Record<string, Route> = {
    '/rss2.xml': { headers: { 'content-type': 'application/rss+xml' }, body: Buffer.from(fill('rss2.xml'), 'latin1') },
    '/atom.xml': { headers: { 'content-type': 'application/atom+xml; charset=utf-8' }, body: fill('atom.xml') },
    '/rdf.xml': { headers: { 'content-type': 'application/rdf+xml' }, body: fill('rdf.xml') },
    '/feed.json': { headers: { 'content-type': 'application/feed+json' }, body: fill('feed.json') },
    // A feed served with a misleading type: recognised by its content.
    '/mislabelled': { headers: { 'content-type': 'text/plain' }, body: fill('atom.xml') },
    '/articles/1.html': html(page('Acuerdo', 'Los negociadores firmaron el acuerdo en Bogotá.')),
    '/articles/2.html': html(page('Second', 'The second article has no date of its own.')),
    '/articles/3.html': html(page('Third', 'Third article text.', '<meta property="article:published_time" content="2024-03-05T12:00:00Z">')),
    '/go/4': { status: 302, headers: { location: '/articles/2.html' } },
    '/image.png': { headers: { 'content-type': 'image/png' }, body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]) },
  };
  for (const [path, route] of Object.entries(routes)) if (!server.routes.has(path)) server.routes.set(path, route);
  return server;
}
