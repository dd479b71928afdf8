// "early", "late", "mid-", "the end of" narrow a month or a year without making it a day; they
// belong to the expression's span ("late November") but not to its value.
const BEFORE = /(?:\b(?:early|late|mid|the\s+(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of)\s*-?\s*|\bmid-)$/i;

/** The start of the expression with a narrowing word before it included. */
export function withModifier(text: string, start: number): number {
  const m = BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  return m ? start - m[0].length : start;
}
