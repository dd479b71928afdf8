/**
 * PentaClass from a CAMEO root, as the ConfliBERT CAMEO data uses it: 0 statement, 1 verbal
 * cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. It differs from
 * QuadClass in two places, which we checked on the test sentences that are also CAMEO codebook
 * examples (whose codes we know): appeals (02) are labelled 0 with statements, not verbal
 * cooperation, and reducing relations (16) is labelled verbal conflict, not material conflict.
 */
export function pentaClass(root: string): string | null {
  const r = Number(root);
  if (!Number.isInteger(r) || r < 1 || r > 20) return null;
  if (r <= 2) return '0';
  if (r <= 5) return '1';
  if (r <= 8) return '2';
  if (r <= 13 || r === 16) return '3';
  return '4';
}

export const PENTA_CLASSES = ['0', '1', '2', '3', '4'] as const;
