/**
 * Builds WARC files for tests with warcio's own serializer, the way a crawler writes them: a warcinfo record,
 * then a request and a response per page. Returns the bytes and the offset of each response or resource record.
 */
import { WARCRecord, WARCSerializer } from 'warcio';

export interface PageRecord {
  url: string;
  body: string | Uint8Array;
  contentType?: string;
  status?: number;
  /** `resource` records have no HTTP headers. */
  type?: 'response' | 'resource';
  date?: string;
  headers?: Record<string, string>;
}

export async function buildWarc(pages: PageRecord[], gzip: boolean): Promise<{ bytes: Buffer; offsets: number[] }> {
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let at = 0;
  const add = async (record: WARCRecord, keep: boolean) => {
    const bytes = await WARCSerializer.serialize(record, { gzip });
    if (keep) offsets.push(at);
    parts.push(bytes);
    at += bytes.length;
  };
  await add(WARCRecord.createWARCInfo({ filename: 'test.warc', warcVersion: 'WARC/1.1' }, { software: 'dyad-tests' }), false);
  for (const page of pages) {
    const date = page.date ?? '2024-03-01T10:00:00Z';
    const body = typeof page.body === 'string' ? new TextEncoder().encode(page.body) : page.body;
    await add(WARCRecord.create({ url: page.url, date, type: 'request', warcVersion: 'WARC/1.1', statusline: `GET ${new URL(page.url).pathname} HTTP/1.1`, httpHeaders: { Host: new URL(page.url).host } }, [new Uint8Array()]), false);
    const type = page.type ?? 'response';
    const status = page.status ?? 200;
    const record =
      type === 'response'
        ? WARCRecord.create({ url: page.url, date, type, warcVersion: 'WARC/1.1', statusline: `HTTP/1.1 ${status} X`, httpHeaders: { 'Content-Type': page.contentType ?? 'text/html; charset=utf-8', ...page.headers } }, [body])
        : WARCRecord.create({ url: page.url, date, type, warcVersion: 'WARC/1.1', warcHeaders: { 'Content-Type': page.contentType ?? 'text/html' } }, [body]);
    await add(record, true);
  }
  return { bytes: Buffer.concat(parts), offsets };
}
