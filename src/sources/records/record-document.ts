import type { ArticleRecord } from '../../extract/article-record.js';
import { documentItem } from '../items.js';
import type { SourceDocument, SourceKind } from '../source.js';

/**
 * A JSON article record as a document: its text as `text/plain` (or its HTML as `text/html` when it has no
 * text), its fields as metadata. The record's own date stays a string; extraction normalises it.
 */
export function recordDocument(record: ArticleRecord, ref: string, source: SourceKind, fetchedAt: string): SourceDocument {
  const html = !record.text && record.html;
  return documentItem({
    ref,
    url: record.url ?? null,
    source,
    contentType: html ? 'text/html' : 'text/plain',
    body: html ? record.html! : record.text!,
    meta: { id: record.id, title: record.title, published: record.published, byline: record.byline, language: record.language },
    fetchedAt,
  });
}
