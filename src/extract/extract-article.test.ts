import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../sources/source.js';
import { extractArticle, toArticleInput } from './extract-article.js';

const fixture = (name: string) => readFileSync(new URL(`../../test/sources/fixtures/html/${name}`, import.meta.url), 'utf8');
const FETCHED = '2024-05-05T12:00:00.000Z';
const doc = (body: string, over: Partial<SourceDocument> = {}): SourceDocument => ({
  kind: 'document', ref: 'x', url: null, source: 'files', contentType: 'text/html', body, meta: {}, fetchedAt: FETCHED, ...over,
});

describe('extractArticle on HTML', () => {
  it('reads a news page: text in paragraphs, JSON-LD date from @graph, metadata', () => {
    const a = extractArticle(doc(fixture('news-jsonld-graph.html'), { url: 'https://courier.example/world/river?utm_source=x' }));
    expect(a.title).toBe('Ministers agree on river treaty');
    expect(a.published).toBe('2023-11-01T21:30:00-05:00'); // JSON-LD beats the meta tag, and keeps its local day
    expect(a).toMatchObject({ publishedBasis: 'stated', publishedFrom: 'json-ld' });
    expect(a.byline).toBe('Ana Ortiz, Lee Park');
    expect(a.siteName).toBe('The Valley Courier');
    expect(a.canonicalUrl).toBe('https://courier.example/world/2023/11/river-treaty');
    expect(a.language).toBe('en-GB');
    const paragraphs = a.text.split('\n\n');
    expect(paragraphs[0]).toBe('Ministers agree on river treaty');
    expect(paragraphs).toContain('Farmers cautious');
    expect(paragraphs.some((p) => p.startsWith('The foreign ministers of two neighbouring states'))).toBe(true);
    expect(paragraphs.some((p) => p.startsWith('Under the agreement'))).toBe(true);
    expect(a.text).not.toMatch(/All rights reserved|Sport/);
    expect(a.text).not.toMatch(/\n{3}/);
  });

  it('never lets script, style, template, noscript or iframe content into the text, nor a javascript: canonical URL', () => {
    const a = extractArticle(doc(fixture('script-injection.html'), { url: 'https://city.example/budget' }));
    expect(a.text).toContain('The city council approved the annual budget');
    expect(a.text).toContain('expected next month & will need a two-thirds majority <script>not a tag</script>.');
    for (const bad of ['SCRIPT-TEXT', 'SCRIPT-WRITTEN', 'STYLE-TEXT', 'NOSCRIPT-TEXT', 'TEMPLATE-TEXT', 'IFRAME-TEXT', 'alert(']) {
      expect(a.text).not.toContain(bad);
    }
    expect(a.canonicalUrl).toBe('https://city.example/budget');
  });

  it('survives malformed HTML and broken JSON-LD, falling back to a meta date', () => {
    const a = extractArticle(doc(fixture('malformed.html')));
    expect(a.text).toContain('Negotiators walked out of the talks');
    expect(a.text).toContain('The mediators said they would try again');
    expect(a.published).toBe('2022-06-14T18:20:00');
    expect(a.publishedFrom).toBe('meta');
  });

  it.each([
    ['<meta property="article:published_time" content="2021-01-02T03:04:05+01:00">', '2021-01-02T03:04:05+01:00', 'meta'],
    ['<meta name="parsely-pub-date" content="2021-02-03T00:00:00Z">', '2021-02-03T00:00:00Z', 'meta'],
    ['<meta name="sailthru.date" content="Wed, 03 Mar 2021 10:00:00 -0500">', '2021-03-03T10:00:00-05:00', 'meta'],
    ['<meta name="DC.date" content="2021-04-05">', '2021-04-05', 'meta'],
    ['<meta name="dcterms.issued" content="2021-04-06">', '2021-04-06', 'meta'],
    ['<meta itemprop="datePublished" content="2021-05-06">', '2021-05-06', 'meta'],
    ['<meta property="og:published_time" content="2021-06-07T08:09:10Z">', '2021-06-07T08:09:10Z', 'meta'],
    ['<script type="application/ld+json">[{"@type":"Organization"},{"@type":"NewsArticle","datePublished":"2021-07-08"}]</script>', '2021-07-08', 'json-ld'],
    ['<script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"ReportageNewsArticle","datePublished":"2021-08-09T10:00:00Z"}}</script>', '2021-08-09T10:00:00Z', 'json-ld'],
  ])('reads the publication date from %s', (head, want, from) => {
    const a = extractArticle(doc(`<html><head>${head}</head><body><p>Short text.</p></body></html>`));
    expect(a.published).toBe(want);
    expect(a.publishedFrom).toBe(from);
    expect(a.publishedBasis).toBe('stated');
  });

  it('reads a <time> marked as the publication date but not an unrelated one', () => {
    const marked = extractArticle(doc('<body><span>2020-01-01</span><time datetime="2019-12-31">old</time><article><time pubdate datetime="2021-09-10T11:00:00Z">Sept 10</time><p>Text.</p></article></body>'));
    expect(marked).toMatchObject({ published: '2021-09-10T11:00:00Z', publishedFrom: 'time-element' });
    const unrelated = extractArticle(doc('<body><aside><time datetime="2019-12-31">old</time></aside><p>Text.</p></body>'));
    expect(unrelated).toMatchObject({ published: FETCHED, publishedBasis: 'inferred', publishedFrom: 'fetch-time' });
  });

  it('ignores modification dates', () => {
    const a = extractArticle(doc('<head><meta property="article:modified_time" content="2021-01-01"></head><body><p>x</p></body>'));
    expect(a.publishedBasis).toBe('inferred');
  });

  it('prefers the page date to the feed date, and uses the feed date when the page has none', () => {
    const page = '<head><meta property="article:published_time" content="2021-01-02"></head><body><p>x</p></body>';
    expect(extractArticle(doc(page, { source: 'feed', meta: { published: '2021-01-05', feedUrl: 'https://f.example/rss' } }))).toMatchObject({ published: '2021-01-02', publishedFrom: 'meta' });
    expect(extractArticle(doc('<p>x</p>', { source: 'feed', meta: { published: 'Tue, 05 Jan 2021 09:00:00 GMT', feedUrl: 'https://f.example/rss' } }))).toMatchObject({
      published: '2021-01-05T09:00:00Z', publishedFrom: 'feed', publishedBasis: 'stated',
    });
  });

  it('ranks a feed date above a bare <time> element', () => {
    const page = '<body><article><time datetime="2020-02-02">x</time><p>Text.</p></article></body>';
    expect(extractArticle(doc(page, { meta: { published: '2021-03-03', feedUrl: 'https://f.example/rss' } }))).toMatchObject({ published: '2021-03-03', publishedFrom: 'feed' });
    expect(extractArticle(doc(page))).toMatchObject({ published: '2020-02-02', publishedFrom: 'time-element' });
  });

  it('bounds very large HTML and reports the cut', () => {
    const big = `<html><body>${'<p>Words of a long page go on and on.</p>'.repeat(20_000)}</body></html>`;
    const a = extractArticle(doc(big), { maxChars: 100_000 });
    expect(a.warnings.join(' ')).toMatch(/cut to the 100000-character limit/);
    expect(a.text.length).toBeGreaterThan(0);
    expect(a.text.length).toBeLessThan(100_000);
  });

  it('does not overflow the stack on absurdly deep markup', () => {
    const deep = `<html><body>${'<div>'.repeat(20_000)}<p>Deep text.</p>${'</div>'.repeat(20_000)}</body></html>`;
    expect(extractArticle(doc(deep)).text).toContain('Deep text.');
  });

  it('returns empty text, not an exception, for empty or non-HTML bodies', () => {
    for (const body of ['', '   ', '\u0000\u0001\u0002', '<<<>>>', '<html>']) {
      const a = extractArticle(doc(body));
      expect(typeof a.text).toBe('string');
      expect(a.publishedBasis).toBe('inferred');
    }
  });

  it('can leave the headline out of the text', () => {
    const a = extractArticle(doc(fixture('news-jsonld-graph.html')), { titleInText: false });
    expect(a.text.startsWith('The foreign ministers')).toBe(true);
  });
});

describe('extractArticle on text and JSON', () => {
  it('passes plain text through with paragraphs normalised', () => {
    const a = extractArticle(doc('\ufeffFirst para\r\nsame para.\r\n\r\n\r\n\r\nSecond para.  \n', { contentType: 'text/plain', meta: { title: 'Headline' } }));
    expect(a.text).toBe('Headline\n\nFirst para\nsame para.\n\nSecond para.');
    expect(a.publishedBasis).toBe('inferred');
  });

  it("uses a record's own date as stated", () => {
    const a = extractArticle(doc('Some text.', { contentType: 'text/plain', source: 'jsonl', meta: { published: '2020-02-02' } }));
    expect(a).toMatchObject({ published: '2020-02-02', publishedFrom: 'record', publishedBasis: 'stated' });
  });

  it('reads a JSON article object, including one that carries HTML', () => {
    const a = extractArticle(doc(JSON.stringify({ title: 'T', maintext: 'Body text.', date_publish: '2019-03-04 05:06:07', authors: ['A', 'B'] }), { contentType: 'application/json' }));
    expect(a).toMatchObject({ text: 'T\n\nBody text.', published: '2019-03-04T05:06:07', byline: 'A, B', publishedFrom: 'record' });
    const h = extractArticle(doc(JSON.stringify({ html: '<article><p>From html.</p></article>', url: 'https://x.example/a' }), { contentType: 'application/json' }));
    expect(h.text).toBe('From html.');
    const bad = extractArticle(doc('{not json', { contentType: 'application/json' }));
    expect(bad.text).toBe('');
    expect(bad.warnings[0]).toMatch(/JSON could not be parsed/);
  });

  it('maps to the coder input with the basis carried through', () => {
    const d = doc('Text.', { contentType: 'text/plain', url: 'https://x.example/1' });
    expect(toArticleInput(d, extractArticle(d))).toMatchObject({ text: 'Text.', published: FETCHED, publishedBasis: 'inferred', url: 'https://x.example/1' });
  });
});
