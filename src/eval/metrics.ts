/** Counts of true positives, false positives and false negatives, with the figures they give. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function precision(c: Counts): number | undefined {
  return c.tp + c.fp ? c.tp / (c.tp + c.fp) : undefined;
}

export function recall(c: Counts): number | undefined {
  return c.tp + c.fn ? c.tp / (c.tp + c.fn) : undefined;
}

/** F1; when there is nothing to find and nothing was found, undefined rather than a flattering 1. */
export function f1(c: Counts): number | undefined {
  const denom = 2 * c.tp + c.fp + c.fn;
  return denom ? (2 * c.tp) / denom : undefined;
}

/** Adds one item's comparison of two sets (of codes, of spans as keys) to the counts. */
export function addSets(into: Counts, gold: Iterable<string>, ours: Iterable<string>): void {
  const g = new Set(gold);
  const o = new Set(ours);
  for (const x of o) {
    if (g.has(x)) into.tp++;
    else into.fp++;
  }
  for (const x of g) if (!o.has(x)) into.fn++;
}

/** Like addSets, for multisets: two gold triples that are equal need two matching triples of ours. */
export function addBags(into: Counts, gold: readonly string[], ours: readonly string[]): void {
  const left = new Map<string, number>();
  for (const x of gold) left.set(x, (left.get(x) ?? 0) + 1);
  for (const x of ours) {
    const n = left.get(x) ?? 0;
    if (n > 0) {
      into.tp++;
      left.set(x, n - 1);
    } else into.fp++;
  }
  for (const n of left.values()) into.fn += n;
}

/**
 * Per-class counts for single-label classification, where "no answer" is allowed: a missing
 * prediction is a false negative for the gold class and no false positive for any class.
 */
export class ClassTally {
  readonly byClass = new Map<string, Counts>();
  items = 0;
  correct = 0;

  add(gold: string, ours: string | null): void {
    this.items++;
    const g = this.counts(gold);
    if (ours === gold) {
      g.tp++;
      this.correct++;
      return;
    }
    g.fn++;
    if (ours !== null) this.counts(ours).fp++;
  }

  accuracy(): number | undefined {
    return this.items ? this.correct / this.items : undefined;
  }

  /** Macro-averaged F1 over the given classes (all gold classes when none are given). */
  macroF1(classes: readonly string[] = [...this.byClass.keys()]): number | undefined {
    if (!classes.length) return undefined;
    let sum = 0;
    for (const c of classes) sum += f1(this.byClass.get(c) ?? emptyCounts()) ?? 0;
    return sum / classes.length;
  }

  private counts(c: string): Counts {
    let x = this.byClass.get(c);
    if (!x) this.byClass.set(c, (x = emptyCounts()));
    return x;
  }
}
