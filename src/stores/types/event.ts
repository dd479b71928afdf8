import type { Basis, Modality, QuadClass } from '../../core/index.js';

/** An actor of a stored event. `party` is what dyads and the network group by: country, else code. */
export interface StoredActor {
  code: string;
  party: string;
  country: string | null;
  roles: string[];
  /** Name from the first mention ("Vladimir Putin"), when the coder knew one. */
  name: string | null;
}

export interface StoredPlace {
  name: string;
  country: string | null;
  adm1: string | null;
  lat: number;
  lon: number;
  geonameId: number | null;
  featureCode: string | null;
}

/** One distinct event (GDELT's Event table row): all the mentions with the same key, merged. */
export interface EventRecord {
  /** Store-wide integer id (GDELT's GlobalEventID). */
  id: number;
  /** As coded: YYYY-MM-DD, YYYY-MM or YYYY; null when unknown. */
  date: string | null;
  /** First day of `date`, for sorting and ranges; null when unknown. */
  day: string | null;
  source: StoredActor | null;
  target: StoredActor | null;
  cameo: { code: string; base: string; root: string; quadClass: QuadClass; goldstein: number; name: string | null };
  plover: { type: string | null; mode: string | null; context: string | null };
  location: StoredPlace | null;
  /** Mentioned in the lead of at least one article. */
  isRoot: boolean;
  /** Every mention, copies included. */
  numMentions: number;
  /** Distinct articles mentioning it, copies included. */
  numArticles: number;
  /** Distinct independent sources: outlets of original articles (a copy counts as its original's outlet). */
  numSources: number;
  /** Mean tone of the mentioning articles. */
  avgTone: number;
  /** Earliest and latest publication day of the mentioning articles. */
  firstSeen: string | null;
  lastSeen: string | null;
  /** URL of the first article that mentioned it (GDELT's SOURCEURL); null when it had none. */
  sourceUrl: string | null;
  /** The first mention: the sentence that says so. */
  evidence: MentionRecord;
  /** All mentions, in storage order; present when the query asked for them. */
  mentions?: MentionRecord[];
}

/** One mention of an event in one sentence of one article, with offsets into the article text. */
export interface MentionRecord {
  id: number;
  articleId: number;
  articleUrl: string | null;
  articleTitle: string | null;
  published: string | null;
  /** True when the article is a stored copy of another. */
  inCopy: boolean;
  /** The coder's event id within its article (`a1f…-e2`). */
  codedId: string;
  sentenceIndex: number;
  /** Sentence offsets and text. */
  start: number;
  end: number;
  text: string;
  trigger: { start: number; end: number; text: string };
  source: { start: number; end: number; text: string; basis: Basis } | null;
  target: { start: number; end: number; text: string; basis: Basis } | null;
  dateBasis: Basis;
  locationText: string | null;
  modality: Modality;
  confidence: number;
  ruleIds: string[];
}
