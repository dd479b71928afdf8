/**
 * Numbered parameters ($1, $2, …) collected while a query is built from fixed fragments, so values
 * only ever travel as parameters.
 */
export class Params {
  readonly values: unknown[] = [];

  /** The placeholder for `value`. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A WHERE clause over `events e` and its parameters. */
export interface Where {
  clauses: string[];
  params: Params;
}

export function whereSql(w: Where): string {
  return w.clauses.length ? `WHERE ${w.clauses.join(' AND ')}` : '';
}
