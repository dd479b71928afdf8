/**
 * The PLOVER gold standard records were coded with PLOVER 0.5b1 (2016). Later drafts (0.8, 2021,
 * the one our crosswalk follows) renamed or merged four types; the rest kept their names.
 *   DEMAND → REQUEST      demands and appeals became one type
 *   DISAPPROVE → ACCUSE   the type was renamed
 *   INVESTIGATE → ACCUSE  investigations became ACCUSE with mode "investigate" (CAMEO 09x)
 *   FIGHT → ASSAULT       conventional fighting (CAMEO 19x) joined ASSAULT
 */
export const PLOVER_RENAMED: Readonly<Record<string, string>> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};

export const currentPloverType = (t: string): string => PLOVER_RENAMED[t.toUpperCase()] ?? t.toUpperCase();
