export type PetrarchKind = 'actors' | 'agents' | 'verbs' | 'discards' | 'issues';

/**
 * Which PETRARCH/TABARI dictionary a file is, from its name (`PETR.Validate.verbs.txt`,
 * `Phoenix.Countries.actors.txt`, `PETR.Internal.Discards.txt`), else from its content: verb
 * files have `--- NAME [code] ---` blocks, agent files `[~CODE]` codes or `!SET! =` lines, actor
 * files `NAME [CODE]` lines. Null when it is none of these.
 */
export function detectPetrarchKind(path: string, text: string): PetrarchKind | null {
  const name = path.split('/').pop()!.toLowerCase();
  for (const kind of ['verbs', 'agents', 'actors', 'discards', 'issues'] as const) {
    if (name.includes(kind.slice(0, -1))) return kind;
  }
  const sample = text.slice(0, 200_000);
  if (/^---\s*[A-Z][^\n[]*\[[^\]\n]*\]\s*(?:---)?\s*$/m.test(sample)) return 'verbs';
  if (/\[\s*~[A-Z]{3}|\[[A-Z]{3}~\]|^![A-Z]+!\s*=/m.test(sample)) return 'agents';
  const codeLines = sample.match(/^[A-Z][A-Z0-9_.'\-]*(?: [A-Z][A-Z0-9_.'\-]*)*\s+\[[A-Z]{3}[A-Z]*(?:\s[^\]]*)?\]/gm)?.length ?? 0;
  if (codeLines >= 3) return 'actors';
  return null;
}
