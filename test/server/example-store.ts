// A store holding the bundled examples, coded with the bundled dictionaries and gazetteer, plus any
// extra articles a test needs (the injected-markup article of the security tests).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createCoder, type ArticleInput, type Coder } from '../../src/core/index.js';
import { openSqliteStore } from '../../src/stores/sqlite/index.js';
import type { EventStore } from '../../src/stores/index.js';

const examples = fileURLToPath(new URL('../../examples/articles/', import.meta.url));

export function exampleArticles(): (ArticleInput & { id: string })[] {
  return readdirSync(examples)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(examples + f, 'utf8')));
}

/**
 * An article whose title and body carry markup and script. It names actors and an event so it gets
 * an evidence view of its own.
 */
export const HOSTILE: ArticleInput & { id: string } = {
  id: 'hostile',
  title: 'Russia <script>window.__pwned = 1</script> criticised <b>bold</b> Ukraine',
  published: '2024-05-02',
  url: 'https://example.org/dyad/hostile',
  text:
    'Russia <script>window.__pwned = 1</script> criticised <b>bold</b> Ukraine\n\n' +
    'MOSCOW, May 1 - Russia accused Ukraine on Wednesday of shelling a border village <img src=x onerror="window.__pwned=2">. ' +
    'The Russian foreign ministry said <a href="javascript:window.__pwned=3">click</a> the attack killed two people.',
};

export async function exampleStore(opts: { path?: string; extra?: (ArticleInput & { id: string })[]; coder?: Coder } = {}): Promise<{ store: EventStore; coder: Coder; ids: Map<string, number> }> {
  const coder = opts.coder ?? createCoder();
  const store = await openSqliteStore(opts.path ?? ':memory:', { now: () => new Date('2024-07-01T00:00:00Z') });
  const ids = new Map<string, number>();
  for (const a of [...exampleArticles(), ...(opts.extra ?? [])]) {
    const coded = coder.code(a);
    const r = await store.putArticle({ text: a.text, coded, url: typeof a.url === 'string' ? a.url : null, ref: `${a.id}.json`, fetchedAt: `${a.published}T12:00:00Z` });
    ids.set(a.id, r.id);
  }
  return { store, coder, ids };
}
