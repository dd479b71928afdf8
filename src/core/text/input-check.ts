/**
 * Makes any string safe to code: binary data gives an empty text and a warning, control
 * characters and stray surrogates become spaces (offsets are kept), and very long text is cut.
 */
export function checkInput(raw: unknown, maxChars: number): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  if (typeof raw !== 'string') return { text: '', warnings: ['input text is not a string; nothing coded'] };
  let text = raw;
  if (text.length > maxChars) {
    warnings.push(`text is ${text.length} characters; only the first ${maxChars} were coded`);
    text = text.slice(0, maxChars);
  }
  const sample = text.slice(0, 65536);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  if (bad > 8 && bad / sample.length > 0.05) {
    warnings.push(`input looks binary (${Math.round((100 * bad) / sample.length)}% control or replacement characters); nothing coded`);
    return { text: '', warnings };
  }
  if (bad > 0) warnings.push(`${bad} control or invalid characters replaced by spaces`);
  // Same length replacement keeps every offset valid against the caller's text.
  // eslint-disable-next-line no-control-regex
  text = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/g, ' ').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ' ');
  return { text, warnings };
}
