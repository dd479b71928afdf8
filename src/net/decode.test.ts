import { describe, expect, it } from 'vitest';
import { decodeBody } from './decode.js';

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeBody', () => {
  it('uses the charset the server sent', () => {
    expect(decodeBody(latin1('Caf\u00e9 na\u00efve'), 'iso-8859-1')).toBe('Café naïve');
  });
  it('reads <meta charset> when the server sent none', () => {
    const bytes = latin1('<html><head><meta charset="ISO-8859-1"></head><body>S\u00e3o Paulo</body></html>');
    expect(decodeBody(bytes)).toContain('São Paulo');
  });
  it('reads <meta http-equiv content-type>', () => {
    const bytes = latin1('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>\u0093quoted\u0094</p>');
    expect(decodeBody(bytes)).toContain('\u201cquoted\u201d');
  });
  it('reads the XML declaration of a feed', () => {
    expect(decodeBody(latin1('<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Z\u00fcrich</title></rss>'))).toContain('Zürich');
  });
  it('lets a byte-order mark win over a wrong declaration', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<meta charset="iso-8859-1">Kyiv – Київ')]);
    expect(decodeBody(bytes, 'iso-8859-1')).toContain('Київ');
  });
  it('decodes UTF-16 with a BOM', () => {
    const body = 'Hello Ünïcode';
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < body.length; i++) bytes[2 + 2 * i] = body.charCodeAt(i);
    expect(decodeBody(bytes)).toBe(body);
  });
  it('reads undeclared non-UTF-8 bytes as windows-1252', () => {
    expect(decodeBody(latin1('Bogot\u00e1 and M\u00e9xico'))).toBe('Bogotá and México');
  });
  it('replaces invalid UTF-8 in a page declared UTF-8 instead of failing', () => {
    const bytes = new Uint8Array([...utf8('ok '), 0xff, 0xfe, 0x80, ...utf8(' still ok')]);
    const text = decodeBody(bytes, 'utf-8');
    expect(text).toContain('\ufffd');
    expect(text).toContain('still ok');
  });
  it('falls back when the declared charset is unknown', () => {
    expect(decodeBody(utf8('Łódź'), 'x-no-such-charset')).toBe('Łódź');
  });
});
