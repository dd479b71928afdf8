import { BUNDLED_FILES } from './dictionaries/bundled.generated.js';
import { type DictionaryFiles, loadResources } from './dictionaries/load.js';
import type { Gazetteer } from './geo/gazetteer.js';
import { bundledGazetteer } from './geo/bundled-gazetteer.js';
import type { ArticleInput, CodedArticle } from './model/article.js';
import type { CoderContext, Day } from './pipeline/context.js';
import type { Resources } from './pipeline/resources.js';
import type { Stage } from './pipeline/stage.js';
import { STAGES } from './pipeline/stages.js';
import { hashText } from './text/hash.js';
import { checkInput } from './text/input-check.js';

export const CODER_VERSION = '0.1.0';

export interface CoderOptions {
  /** Extra dictionary files (our format, or PETRARCH files converted by `importPetrarch`), loaded after ours. */
  dictionaries?: DictionaryFiles[];
  /** Use only `dictionaries`, not the bundled ones (the codebook is always kept). */
  replaceDefaults?: boolean;
  /** A place database; the default is the small bundled one (countries, capitals, large cities). */
  gazetteer?: Gazetteer;
  /** Text longer than this is cut, with a warning. */
  maxChars?: number;
  /** Receives debug messages from the stages. */
  debug?: (stage: string, message: string) => void;
  /** Replace the stage list (tests, experiments). */
  stages?: readonly Stage[];
}

export interface Coder {
  readonly resources: Resources;
  code(input: ArticleInput | string): CodedArticle;
}

const DEFAULT_MAX_CHARS = 1_000_000;

/** Builds a coder: compiles the dictionaries once, then codes any number of articles. */
export function createCoder(options: CoderOptions = {}): Coder {
  const base: DictionaryFiles = options.replaceDefaults ? codebookOnly(BUNDLED_FILES) : BUNDLED_FILES;
  const resources = loadResources([base, ...(options.dictionaries ?? [])], options.gazetteer ?? bundledGazetteer());
  const stages = options.stages ?? STAGES;
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  return {
    resources,
    code(raw) {
      const input: ArticleInput = typeof raw === 'string' ? { text: raw } : raw;
      const { text, warnings } = checkInput(input.text, maxChars);
      const ctx = newContext({ ...input, text }, resources, options.debug);
      ctx.warnings.push(...warnings);
      if (text.trim()) for (const stage of stages) stage.run(ctx);
      return assemble(ctx, input);
    },
  };
}

let defaultCoder: Coder | null = null;

/** Codes one article with the bundled dictionaries. The coder is built on first use and reused. */
export function codeArticle(input: ArticleInput | string, options?: Omit<ArticleInput, 'text'>): CodedArticle {
  defaultCoder ??= createCoder();
  const article = typeof input === 'string' ? { ...options, text: input } : { ...options, ...input };
  return defaultCoder.code(article);
}

function codebookOnly(files: DictionaryFiles): DictionaryFiles {
  return Object.fromEntries(Object.entries(files).filter(([p]) => p.startsWith('codebook/') || p.startsWith('lexicon/')));
}

/** YYYY-MM-DD (or a longer ISO timestamp) to a Day; null when absent or malformed. */
export function parseDay(s: string | undefined | null): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(s ?? ''));
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day };
}

function newContext(input: ArticleInput, resources: Resources, sink?: (stage: string, message: string) => void): CoderContext {
  return {
    text: input.text,
    input,
    refDate: parseDay(input.published),
    resources,
    tokens: [],
    sentences: [],
    mentions: [],
    entities: [],
    dates: [],
    places: [],
    adjectivalPlaces: [],
    quotes: [],
    counts: [],
    events: [],
    suppressed: [],
    tone: { score: 0, positive: 0, negative: 0, words: 0 },
    warnings: [],
    debug: sink ? (stage, message) => sink(stage, message()) : () => {},
  };
}

function assemble(ctx: CoderContext, input: ArticleInput): CodedArticle {
  const { text: _text, id, title, published, publishedBasis, ...meta } = input;
  const day = parseDay(published);
  const articleId = id ?? `a${hashText(ctx.text)}`;
  ctx.events.forEach((e, i) => (e.id = `${articleId}-e${i + 1}`));
  return {
    id: articleId,
    article: {
      ...meta,
      title: title ?? null,
      published: day ? published!.slice(0, 10) : null,
      publishedBasis: day ? (publishedBasis === 'inferred' ? 'inferred' : 'stated') : null,
    },
    textLength: ctx.text.length,
    events: ctx.events,
    suppressedEvents: ctx.suppressed,
    entities: ctx.entities,
    places: [...ctx.places, ...ctx.adjectivalPlaces].sort((a, b) => a.start - b.start),
    dates: ctx.dates,
    quotes: ctx.quotes,
    counts: ctx.counts,
    tone: ctx.tone,
    sentences: ctx.sentences.map((s) => ({ index: s.index, start: s.start, end: s.end })),
    warnings: ctx.warnings,
    coder: { version: CODER_VERSION, dictionaries: ctx.resources.sources },
  };
}
