/** One line of a PETRARCH dictionary with comments removed. */
export interface SourceLine {
  /** 1-based line number in the file. */
  line: number;
  /** The text without comments, trailing space removed; may be empty. */
  text: string;
  /** The line started with a space or tab (actor code lines are indented). */
  indented: boolean;
}

/**
 * Strips the comments PETRARCH files use: `#` to the end of the line (outside brackets), and `<!-- ... -->` blocks
 * that may span lines (also the sloppy `<! -- ... -->` found in old files). Line numbers are kept
 * so errors and notes can point at the file.
 */
export function* sourceLines(text: string): Generator<SourceLine> {
  const lines = text.split(/\r?\n/);
  let inBlock = false;
  for (let i = 0; i < lines.length; i++) {
    let s = lines[i]!;
    let out = '';
    while (s.length) {
      if (inBlock) {
        const end = s.indexOf('-->');
        if (end < 0) {
          s = '';
          break;
        }
        s = s.slice(end + 3);
        inBlock = false;
        continue;
      }
      const open = s.search(/<!\s*--|<!/);
      const hash = commentHash(s);
      if (hash >= 0 && (open < 0 || hash < open)) {
        out += s.slice(0, hash);
        s = '';
        break;
      }
      if (open < 0) {
        out += s;
        break;
      }
      out += s.slice(0, open);
      s = s.slice(open);
      inBlock = true;
    }
    yield { line: i + 1, text: out.trimEnd(), indented: /^[ \t]/.test(lines[i]!) };
  }
}

/** The first `#` outside brackets: old files use codes such as `[###]`. */
function commentHash(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '[') depth++;
    else if (s[i] === ']') depth = Math.max(0, depth - 1);
    else if (s[i] === '#' && depth === 0) return i;
  }
  return -1;
}

/** PETRARCH phrases join words with `_` (and sometimes spaces): `NORTH_KOREA` → [NORTH, KOREA]. */
export function phraseParts(s: string): string[] {
  return s.split(/[_\s]+/).filter(Boolean);
}
