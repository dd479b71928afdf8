/**
 * A trie over word keys. Dictionaries compile their phrases into one, and matching finds the
 * longest phrase starting at each position of a key stream.
 */
interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}

export interface PhraseMatch<T> {
  /** Key positions, half-open. */
  from: number;
  to: number;
  values: readonly T[];
}

export class PhraseTrie<T> {
  private root: Node<T> = { next: new Map(), values: [] };
  private longest = 0;
  size = 0;

  add(keys: readonly string[], value: T): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(k, child);
      }
      node = child;
    }
    node.values.push(value);
    this.size++;
    if (keys.length > this.longest) this.longest = keys.length;
  }

  get maxLength(): number {
    return this.longest;
  }

  /** Every phrase that starts at `from`, shortest first. `accept` can veto a value (case rules). */
  matchesAt(keys: readonly string[], from: number, accept?: (value: T, from: number, to: number) => boolean): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let node: Node<T> | undefined = this.root;
    for (let i = from; i < keys.length; i++) {
      node = node.next.get(keys[i]!);
      if (!node) break;
      if (node.values.length) {
        const values = accept ? node.values.filter((v) => accept(v, from, i + 1)) : node.values;
        if (values.length) out.push({ from, to: i + 1, values });
      }
    }
    return out;
  }

  /** The longest phrase starting at `from`, or null. */
  longestAt(keys: readonly string[], from: number, accept?: (value: T, from: number, to: number) => boolean): PhraseMatch<T> | null {
    const all = this.matchesAt(keys, from, accept);
    return all.length ? all[all.length - 1]! : null;
  }

  /** Non-overlapping longest matches, scanning left to right. */
  scan(keys: readonly string[], accept?: (value: T, from: number, to: number) => boolean): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < keys.length; ) {
      const m = this.longestAt(keys, i, accept);
      if (m) {
        out.push(m);
        i = m.to;
      } else i++;
    }
    return out;
  }
}
