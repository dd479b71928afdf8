/** `text/html; charset=ISO-8859-1` → `{ type: 'text/html', charset: 'iso-8859-1' }`; an absent header gives `''`. */
export function parseContentType(header: string | null | undefined): { type: string; charset: string | null } {
  const [type = '', ...params] = String(header ?? '').split(';');
  let charset: string | null = null;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p);
    if (m) charset = m[1]!.toLowerCase();
  }
  return { type: type.trim().toLowerCase(), charset };
}
