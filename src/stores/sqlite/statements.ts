import type Database from 'better-sqlite3';

/**
 * Prepared statements by SQL text, compiled on first use. Filtered queries build their SQL from a
 * fixed set of clauses, so the number of distinct texts stays small; the cap is a safety net.
 */
export class Statements {
  private readonly cache = new Map<string, Database.Statement>();
  constructor(readonly db: Database.Database) {}

  get(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      if (this.cache.size > 500) this.cache.clear();
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  all<T>(sql: string, params: unknown[] = []): T[] {
    return this.get(sql).all(...params) as T[];
  }

  one<T>(sql: string, params: unknown[] = []): T | undefined {
    return this.get(sql).get(...params) as T | undefined;
  }

  run(sql: string, params: unknown[] = []): Database.RunResult {
    return this.get(sql).run(...params);
  }

  /**
   * Changes whenever the database does: `data_version` moves when another connection commits,
   * `total_changes()` when this one writes. For answers kept until then.
   */
  changeKey(): string {
    return `${this.db.pragma('data_version', { simple: true })}:${this.one<{ n: number }>('SELECT total_changes() AS n')!.n}`;
  }
}
