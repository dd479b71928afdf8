import { actorsStage } from '../stages/actors/index.js';
import { corefStage } from '../stages/coref/index.js';
import { countsStage } from '../stages/counts/index.js';
import { datesStage } from '../stages/dates/index.js';
import { discardsStage } from '../stages/discards/index.js';
import { eventsStage } from '../stages/events/index.js';
import { pairedEventsStage } from '../stages/paired/index.js';
import { placesStage } from '../stages/places/index.js';
import { quotesStage } from '../stages/quotes/index.js';
import { tokenizeStage } from '../stages/tokenize/index.js';
import { toneStage } from '../stages/tone/index.js';
import type { Stage } from './stage.js';

/**
 * The order in which an article is coded. Each stage reads what the stages above it wrote.
 */
export const STAGES: readonly Stage[] = [
  // Sentences, tokens, POS and lemmas: everything below works on them.
  tokenizeStage,
  // Dates early: an office-holder's code depends on the date ("Putin" was prime minister in 2010),
  // and events take their date from the expressions found here.
  datesStage,
  // Named actors and agent nouns from the dictionaries, combined ("Russia's National Guard").
  actorsStage,
  // Places after actors, so the countries the article names can disambiguate place names.
  placesStage,
  // Pronouns, titles and short forms resolved to the entities above ("Mr. Kim", "he", "its").
  corefStage,
  // Quotes need resolved speakers; events use quotes to know who reports what.
  quotesStage,
  countsStage,
  // Events last among the structural stages: they need actors, dates, places and quotes.
  eventsStage,
  // Paired codes (a visit and its hosting) read the events just coded.
  pairedEventsStage,
  // Discards right after events: a sports result or weather report keeps its events out of the data.
  discardsStage,
  // Tone reads only tokens; it runs last so it never delays the structural stages' debug output.
  toneStage,
];
