import type { FetchResult, FetchSuccess } from '../../net/fetcher.js';
import { decodeBody } from '../../net/decode.js';
import { looksBinary } from '../binary-sniff.js';
import { documentItem, errorItem } from '../items.js';
import type { ItemMeta, SourceItem, SourceKind } from '../source.js';
import { TEXT_TYPES } from '../text-types.js';

/** A fetch failure as an error item under `ref`. */
export function fetchError(res: Exclude<FetchResult, FetchSuccess>, ref: string, source: SourceKind): SourceItem {
  return errorItem(source, ref, res.code, res.reason, res.url);
}

/**
 * A fetched page as a document: decoded by its charset, typed by its Content-Type (or by sniffing when the
 * server sent none or a generic one), refused when it is not text.
 */
export function fetchedDocument(res: FetchSuccess, ref: string, source: SourceKind, meta: ItemMeta = {}): SourceItem {
  if (looksBinary(res.bytes)) return errorItem(source, ref, 'binary', `${res.contentType || 'body'} is not text`, res.url);
  const body = decodeBody(res.bytes, res.charset);
  const type = contentTypeOf(res.contentType, body);
  if (!type) return errorItem(source, ref, 'unsupported', `content type ${res.contentType} is not read`, res.url);
  return documentItem({ ref, url: res.url, source, contentType: type, body, meta, fetchedAt: res.fetchedAt });
}

function contentTypeOf(declared: string, body: string): string | null {
  if (declared === 'application/xhtml+xml') return 'text/html';
  // Servers label pages text/plain surprisingly often; a body that opens like an HTML document is one.
  if (declared === 'text/plain' && /^\s*(<!doctype html|<html[\s>])/i.test(body)) return 'text/html';
  if (TEXT_TYPES.has(declared)) return declared;
  if (declared === '' || declared === 'application/octet-stream' || declared === 'text/xml' || declared === 'application/xml') {
    return /^\s*(<!doctype html|<html|<head|<body)/i.test(body) ? 'text/html' : declared === '' ? 'text/plain' : null;
  }
  return null;
}
