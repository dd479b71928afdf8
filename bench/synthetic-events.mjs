// Synthetic events written straight into a Dyad SQLite database (schema from the store's own
// migrations), for query benchmarks at a scale no test corpus reaches. Deterministic (fixed seed).
import Database from 'better-sqlite3';
import { openSqliteStore } from '../dist/stores/sqlite/index.js';

// Parties by rough share of news volume; Zipf-like weights follow the order.
const PARTIES = ('USA CHN RUS UKR GBR ISR IRN FRA DEU IND JPN TUR PRK KOR PAK SYR SAU EGY AFG IRQ ' +
  'BRA MEX CAN AUS NGA ZAF ITA ESP POL VEN QAT ARE LBN YEM SDN ETH KEN IDN PHL VNM ' +
  'THA MMR BGD LKA NPL COL ARG CHL PER CUB GRC SRB HUN BLR GEO ARM AZE KAZ UZB MAR').split(' ');
const ROLES = ['GOV', 'MIL', 'COP', 'OPP', 'BUS', 'MED', 'CVL', 'JUD', ''];
const CAMEO = [
  ['010', 1, 0], ['020', 1, 3], ['036', 1, 4], ['040', 1, 1], ['042', 1, 1.9], ['043', 1, 2.8], ['051', 1, 3.4], ['057', 1, 8],
  ['061', 2, 6.4], ['070', 2, 7], ['071', 2, 7.4], ['081', 2, 5], ['100', 3, -5], ['111', 3, -2], ['112', 3, -2], ['120', 3, -4],
  ['130', 3, -4.4], ['138', 3, -7], ['141', 3, -6.5], ['160', 3, -4], ['163', 4, -8], ['172', 4, -5], ['173', 4, -5], ['180', 4, -9],
  ['190', 4, -10], ['193', 4, -10], ['195', 4, -10], ['200', 4, -10],
];

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes `events` synthetic events (one mention each) over `articles` articles into a new database at `path`. */
export async function writeSyntheticEvents(path, { events = 1_000_000, articles = 100_000, seed = 42 } = {}) {
  await (await openSqliteStore(path)).close(); // schema via the store's migrations
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const r = rng(seed);
  const weights = PARTIES.map((_, i) => 1 / (i + 1));
  const cum = weights.map(((s) => (w) => (s += w))(0));
  const total = cum[cum.length - 1];
  const party = () => {
    const x = r() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return PARTIES[lo];
  };
  const start = Date.UTC(2015, 0, 1);
  const days = 3653;
  const dayOf = (k) => new Date(start + k * 86_400_000).toISOString().slice(0, 10);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];

  const t0 = performance.now();
  const articleDay = new Array(articles);
  const volume = new Map();
  db.transaction(() => {
    db.prepare("INSERT INTO coders (id, version, dictionaries) VALUES (1, 'synthetic', '[]')").run();
    const ins = db.prepare(`INSERT INTO articles (id, coded_id, content_hash, source_key, title, published, day, added_at, text, tone,
      tone_positive, tone_negative, words, sentences, dates, warnings, coder_id, meta)
      VALUES (?, ?, ?, ?, ?, ?, ?, '2025-01-01T00:00:00Z', ?, ?, 0, 0, 100, '[]', '[]', '[]', 1, '{}')`);
    for (let i = 1; i <= articles; i++) {
      const day = dayOf(Math.floor(r() * days));
      articleDay[i - 1] = day;
      volume.set(day, (volume.get(day) ?? 0) + 1);
      ins.run(i, `syn${i}`, `synthetic-${i}`, `outlet${i % 500}`, `Synthetic article ${i}`, day, day, `Synthetic article ${i}.`, (r() - 0.6) * 10);
    }
    const vol = db.prepare('INSERT INTO volume (day, articles) VALUES (?, ?)');
    for (const [day, n] of volume) vol.run(day, n);
  })();

  // Bulk loading is faster without secondary indexes: drop them (all but the event key) and rebuild them after.
  const indexes = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('events', 'event_mentions') AND sql IS NOT NULL AND name <> 'events_key'")
    .all();
  for (const ix of indexes) db.exec(`DROP INDEX ${ix.name}`);
  const insEvent = db.prepare(`INSERT OR IGNORE INTO events (date, day, source_code, source_party, source_group, source_country, source_roles,
    target_code, target_party, target_group, target_country, target_roles, cameo, quad_class, goldstein, location_key, place_name, place_country,
    lat, lon, geoname_id, is_root, num_mentions, num_articles, num_sources, tone_sum, first_seen, last_seen, first_mention_id)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insMention = db.prepare(`INSERT INTO event_mentions (id, event_id, article_id, source_key, coded_id, sentence_index, sentence_start,
    sentence_end, evidence, trigger_start, trigger_end, trigger_text, date_basis, modality, confidence, rule_ids)
    VALUES (?, ?, ?, ?, ?, 1, 0, 40, ?, 0, 5, 'event', 'inferred', '{"mood":"asserted","negated":false,"reportedBy":null}', 0.5, '[]')`);
  let n = 0;
  const batch = 50_000;
  while (n < events) {
    db.transaction(() => {
      for (let b = 0; b < batch && n < events; b++) {
        const article = 1 + Math.floor(r() * articles);
        const day = articleDay[article - 1];
        const s = party();
        let t = party();
        if (t === s) t = r() < 0.5 ? '' : party();
        const [code, quad, goldstein] = pick(CAMEO);
        const sr = pick(ROLES);
        const tr = t ? pick(ROLES) : '';
        const place = r() < 0.6 ? Math.floor(r() * 2000) : -1;
        const mentions = 1 + Math.floor(-Math.log(1 - r()) * 2);
        const arts = 1 + Math.floor(r() * mentions);
        const res = insEvent.run(
          day, day, s + sr, s, s, s, sr, t ? t + tr : '', t, t, t || null, tr, code, quad, goldstein,
          place >= 0 ? `g${place}` : '', place >= 0 ? `Place ${place}` : null, place >= 0 ? s : null,
          place >= 0 ? -60 + (place % 120) : null, place >= 0 ? -170 + ((place * 7) % 340) : null, place >= 0 ? place : null,
          r() < 0.3 ? 1 : 0, mentions, arts, 1 + Math.floor(r() * arts), -2 * arts, day, day, n + 1,
        );
        if (!res.changes) continue;
        n++;
        insMention.run(n, Number(res.lastInsertRowid), article, `outlet${article % 500}`, `syn${article}-e${n}`, `Synthetic evidence sentence for event ${n}.`);
      }
    })();
  }
  for (const ix of indexes) db.exec(ix.sql);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('ANALYZE');
  db.close();
  return { events: n, articles, seconds: (performance.now() - t0) / 1000 };
}
