import type { CodedArticle } from '../core/index.js';

export type CodedFormat = 'json' | 'jsonl' | 'tsv' | 'table';

/** Renders coded articles for standard output. */
export function formatCoded(articles: CodedArticle[], format: CodedFormat, opts: { header: boolean }): string {
  if (format === 'json') return articles.map((a) => JSON.stringify(a, null, 2)).join('\n') + '\n';
  if (format === 'jsonl') return articles.map((a) => JSON.stringify(a)).join('\n') + '\n';
  if (format === 'tsv') return eventTsv(articles, opts.header);
  return eventTable(articles);
}

const TSV_COLUMNS = [
  'ArticleID', 'EventID', 'Day', 'DatePrecision', 'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1Roles',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2Roles', 'EventCode', 'EventBaseCode', 'EventRootCode',
  'QuadClass', 'GoldsteinScale', 'PloverType', 'PloverMode', 'Mood', 'Confidence', 'ActionGeo_FullName',
  'ActionGeo_CountryCode', 'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_GeoNameID', 'SentenceIndex', 'EvidenceStart',
  'EvidenceEnd', 'Evidence', 'RuleIds',
];

const clean = (v: unknown) => (v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

function eventTsv(articles: CodedArticle[], header: boolean): string {
  const rows: string[] = header ? [TSV_COLUMNS.join('\t')] : [];
  for (const a of articles) {
    for (const e of a.events) {
      rows.push(
        [
          a.id, e.id, e.date, e.datePrecision, e.source?.code, e.source?.name ?? e.source?.text, e.source?.country, e.source?.roles.join(' '),
          e.target?.code, e.target?.name ?? e.target?.text, e.target?.country, e.target?.roles.join(' '), e.cameo.code,
          e.cameo.code.slice(0, 3), e.cameo.root, e.cameo.quadClass, e.cameo.goldstein, e.plover.type, e.plover.mode,
          e.modality.mood, e.confidence, e.location?.name, e.location?.country, e.location?.lat, e.location?.lon,
          e.location?.geonameId, e.evidence.sentenceIndex, e.evidence.start, e.evidence.end, e.evidence.text, e.ruleIds.join(' '),
        ].map(clean).join('\t'),
      );
    }
  }
  return rows.length ? rows.join('\n') + '\n' : '';
}

function eventTable(articles: CodedArticle[]): string {
  const lines: string[] = [];
  for (const a of articles) {
    lines.push(`${a.id}  ${a.article.title ?? ''}  (${a.article.published ?? 'no date'})  ${a.events.length} events`);
    for (const e of a.events) {
      const actor = (x: typeof e.source) => (x ? `${x.code}${x.name ? ` (${x.name})` : ''}` : '-');
      lines.push(
        `  ${(e.date ?? '?').padEnd(10)} ${actor(e.source).padEnd(28)} ${e.cameo.code.padEnd(4)} ${e.cameo.name.slice(0, 34).padEnd(34)} ${actor(e.target).padEnd(28)} ${e.location?.name ?? ''}`,
      );
      lines.push(`             "${e.evidence.text.slice(0, 140)}${e.evidence.text.length > 140 ? '…' : ''}"`);
    }
  }
  return lines.join('\n') + '\n';
}
