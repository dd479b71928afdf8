import { describe, expect, it } from 'vitest';
import { bandKeys } from './lsh.js';
import { estimateJaccard, minhash, signatureFromBytes, signatureToBytes } from './minhash.js';
import { fingerprint, NEAR_DUPLICATE_JACCARD } from './fingerprint.js';
import { shingleHashes } from './shingles.js';

// Texts written for this test. ORIGINAL is a wire story; REWRITE is how a second outlet runs it
// (new headline, a dateline, a few words changed, a sentence dropped and one added); SAME_TOPIC is
// another outlet's own report of the same events; OTHER is unrelated.
const ORIGINAL = `Floods force thousands from their homes in northern Bangladesh

Heavy monsoon rains have flooded large parts of northern Bangladesh, forcing more than 40,000 people
to leave their homes, officials said on Tuesday. The river Teesta rose above the danger mark at three
places overnight and water entered villages in the districts of Lalmonirhat and Nilphamari. The
disaster management ministry said it had sent rice, dry food and drinking water to the worst affected
areas and that army engineers were helping to repair a broken embankment. Local officials said at least
six people had drowned since Sunday, among them two children who were swept away while crossing a
canal. Forecasters expect more rain over the next three days across the upstream catchment in India,
and the government has asked people living on river islands to move to shelters before the water
rises further. Aid groups warned that stagnant water could spread diarrhoea and that many families had
lost their stored grain.`;

const REWRITE = `Thousands flee as floods hit northern Bangladesh

DHAKA (Agencies) - Heavy monsoon rains have flooded large parts of northern Bangladesh, forcing more than
40,000 people to leave their homes, officials said on Tuesday. The Teesta river rose above the danger
mark at three places overnight and water entered villages in the districts of Lalmonirhat and
Nilphamari. The disaster management ministry said it had sent rice, dry food and clean drinking water
to the worst hit areas and that army engineers were helping to repair a broken embankment. Local
officials said at least six people had drowned since Sunday, including two children who were swept
away while crossing a canal. Forecasters expect more rain over the next three days across the upstream
catchment in India, and the government has asked people living on river islands to move to shelters
before the water rises further.`;

const SAME_TOPIC = `Bangladesh army joins flood relief as Teesta bursts its banks

Soldiers were deployed on Tuesday to evacuate villagers in Lalmonirhat after the Teesta river burst its
banks following days of torrential rain, a district administrator told reporters. He said about 40,000
people were now staying in schools and cyclone shelters, and that six deaths had been confirmed. In
Nilphamari, farmers said the water had destroyed their rice seedlings just weeks before planting was
due to finish. The minister for disaster management visited a shelter and promised cash grants to
families whose houses had collapsed, while opposition politicians accused the government of ignoring
warnings about the weak embankment. India's water commission said more rain was expected in the hills
of Sikkim and West Bengal, from where the river flows into Bangladesh.`;

const OTHER = `Central bank holds interest rates steady as inflation slows

The central bank left its main interest rate unchanged on Thursday, saying that inflation had slowed
for a fourth month in a row but remained above its target. The governor told a news conference that
the board would watch wage growth and energy prices closely before deciding whether to cut rates later
in the year. Economists had expected the decision, and the currency barely moved after the
announcement. Retail sales figures published on the same day showed a small rise in spending on food
and clothing.`;

const sig = (t: string) => minhash(shingleHashes(t));
const jaccard = (a: Set<number>, b: Set<number>) => [...a].filter((x) => b.has(x)).length / new Set([...a, ...b]).size;

describe('MinHash and LSH', () => {
  it('estimates Jaccard similarity close to the exact value', () => {
    for (const [a, b] of [[ORIGINAL, REWRITE], [ORIGINAL, SAME_TOPIC], [ORIGINAL, OTHER]] as const) {
      const exact = jaccard(shingleHashes(a), shingleHashes(b));
      expect(Math.abs(estimateJaccard(sig(a), sig(b)) - exact)).toBeLessThan(0.12);
    }
  });

  it('catches a syndicated rewrite and shares an LSH band with it', () => {
    const s = estimateJaccard(sig(ORIGINAL), sig(REWRITE));
    expect(s).toBeGreaterThanOrEqual(NEAR_DUPLICATE_JACCARD);
    const a = new Set(bandKeys(sig(ORIGINAL)));
    expect(bandKeys(sig(REWRITE)).some((k) => a.has(k))).toBe(true);
  });

  it('does not take another report of the same story, or another story, for a copy', () => {
    expect(estimateJaccard(sig(ORIGINAL), sig(SAME_TOPIC))).toBeLessThan(NEAR_DUPLICATE_JACCARD);
    expect(estimateJaccard(sig(REWRITE), sig(SAME_TOPIC))).toBeLessThan(NEAR_DUPLICATE_JACCARD);
    expect(estimateJaccard(sig(ORIGINAL), sig(OTHER))).toBeLessThan(0.1);
  });

  it('is deterministic and survives a round trip through bytes', () => {
    const a = sig(ORIGINAL);
    expect(Array.from(sig(ORIGINAL))).toEqual(Array.from(a));
    expect(Array.from(signatureFromBytes(signatureToBytes(a)))).toEqual(Array.from(a));
    expect(bandKeys(a).every((k) => Number.isSafeInteger(k) && k >= 0)).toBe(true);
  });
});

describe('fingerprint', () => {
  it('gives the same content hash for re-wrapped text and a different one for edited text', () => {
    const rewrapped = ORIGINAL.replace(/\n/g, ' \n  ');
    expect(fingerprint(rewrapped, null).contentHash).toBe(fingerprint(ORIGINAL, null).contentHash);
    expect(fingerprint(REWRITE, null).contentHash).not.toBe(fingerprint(ORIGINAL, null).contentHash);
  });

  it('skips the signature for texts too short to compare', () => {
    const f = fingerprint('Troops fired on protesters.', 'https://www.example.org/x/');
    expect(f.signature).toBeNull();
    expect(f.bands).toEqual([]);
    expect(f.canonicalUrl).toBe('https://example.org/x');
    expect(f.domain).toBe('example.org');
  });
});
