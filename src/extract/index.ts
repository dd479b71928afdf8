/** @module Extraction: a SourceDocument to article text and metadata. */
export type { ExtractedArticle, PublishedFrom } from './extracted.js';
export { extractArticle, toArticleInput, type ExtractOptions } from './extract-article.js';
export { readArticleRecord, type ArticleRecord } from './article-record.js';
export { normalizeDate } from './normalize-date.js';
