import type { Basis, Span } from './span.js';

export interface Place extends Span {
  /** Name as the gazetteer gives it. */
  name: string;
  /** The words in the text. */
  text: string;
  /** ISO 3166-1 alpha-3. */
  country: string | null;
  adm1?: string;
  lat: number;
  lon: number;
  geonameId?: number;
  /** GeoNames feature class and code: P/PPLC for a capital, A/PCLI for a country, ... */
  featureCode?: string;
  basis: Basis;
  ruleIds: string[];
}
