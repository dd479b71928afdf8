/**
 * Something in a PETRARCH/TABARI dictionary that our formats cannot say, and what the importer did
 * about it. `construct` groups notes for the summary ("words before the verb": 41 patterns).
 */
export interface ImportNote {
  file: string;
  line: number;
  construct: string;
  /** What was dropped or approximated. */
  detail: string;
}

/** Collects notes and counts them by construct. */
export class NoteBook {
  readonly notes: ImportNote[] = [];

  add(file: string, line: number, construct: string, detail: string): void {
    this.notes.push({ file, line, construct, detail });
  }

  /** Construct → number of notes, most frequent first. */
  summary(): { construct: string; count: number }[] {
    const counts = new Map<string, number>();
    for (const n of this.notes) counts.set(n.construct, (counts.get(n.construct) ?? 0) + 1);
    return [...counts].map(([construct, count]) => ({ construct, count })).sort((a, b) => b.count - a.count || a.construct.localeCompare(b.construct));
  }
}
