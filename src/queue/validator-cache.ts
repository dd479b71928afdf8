import type pg from 'pg';
import type { CacheEntry, ConditionalCache } from '../net/index.js';

/** Feed validators (ETag, Last-Modified) shared by every worker through the database. */
export function pgValidatorCache(pool: pg.Pool): ConditionalCache {
  return {
    async get(url) {
      const r = await pool.query<{ etag: string | null; last_modified: string | null }>('SELECT etag, last_modified FROM fetch_validators WHERE url = $1', [url]);
      const row = r.rows[0];
      if (!row) return undefined;
      const e: CacheEntry = {};
      if (row.etag) e.etag = row.etag;
      if (row.last_modified) e.lastModified = row.last_modified;
      return e;
    },
    async set(url, entry) {
      await pool.query(
        `INSERT INTO fetch_validators (url, etag, last_modified) VALUES ($1, $2, $3)
         ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, updated_at = now()`,
        [url, entry.etag ?? null, entry.lastModified ?? null],
      );
    },
  };
}
