import { describe, expect, it } from 'vitest';
import { fakeEvent } from '../testing.js';
import { scoreGsrTriples } from './petrarch-gsr.js';
import { readPetrarchRecords, requiresDyad } from './petrarch-records.js';
import { scoreExactTriples } from './petrarch-unittest.js';

// Records of our own writing in both layouts the files use.
const NESTED = `<Validation><!-- <Sentence id="commented-out"> --><Sentences>
<Sentence date="19950101" id="T-01" category="DEMO" sentence="true">
<!-- a note -->
<EventCoding sourcecode="RUR" targetcode="FRE" eventcode="064"></EventCoding>
<EventCoding sourcecode='"THE CROWN"' targetcode="FRE" eventcode="010"></EventCoding>
<Text>
Ruritania restored ties with
Freedonia &amp; its allies.
</Text>
<Parse>(ROOT (S (NP (NNP Ruritania))))</Parse>
</Sentence>
<Sentence date = "20080801" id ="T-02" category="ERROR" sentence="true">
<EventCoding error="storydiscard"></EventCoding>
<Text>Ruritania won the cup.</Text>
</Sentence>
<Sentence date="20080801" id="T-03" category="ERROR" sentence="true">
<EventCoding error="bad_input_parse"></EventCoding>
<Text>Ruritania restored ties with Freedonia.</Text>
</Sentence>
</Sentences></Validation>`;

const FLAT = `<Validation>
# a header that is not XML
<Sentences>
<Sentence category="OTHER" date="20080804" id="G-1" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="USAGOV" targetcode="CHN" />
<Text>The US president visited China.</Text>
<Parse>1 The the DET</Parse>
<Sentence category="OTHER" date="20080804" id="G-2" evaluate="true"/>
<EventCoding noevents="True" />
<Text>It rained.</Text>
</Sentences></Validation>`;

describe('PETRARCH record reader', () => {
  it('reads nested records, attributes with spaces and single quotes, entities, errors', () => {
    const r = readPetrarchRecords(NESTED);
    expect(r.map((x) => x.id)).toEqual(['T-01', 'T-02', 'T-03']);
    expect(r[0]).toMatchObject({ date: '1995-01-01', category: 'DEMO', text: 'Ruritania restored ties with Freedonia & its allies.' });
    expect(r[0]!.codings).toEqual([{ source: 'RUR', target: 'FRE', code: '064' }, { source: '"THE CROWN"', target: 'FRE', code: '010' }]);
    expect(r[1]).toMatchObject({ date: '2008-08-01', error: 'storydiscard', codings: [] });
  });

  it('reads flat records whose codings follow an empty Sentence tag', () => {
    const r = readPetrarchRecords(FLAT);
    expect(r.map((x) => [x.id, x.text, x.noEvents, x.codings.length])).toEqual([
      ['G-1', 'The US president visited China.', false, 1],
      ['G-2', 'It rained.', true, 0],
    ]);
  });
});

describe('PETRARCH scorers', () => {
  it('scores exact triples per record and category, expects no event for discards, skips parse errors', () => {
    const records = readPetrarchRecords(NESTED);
    const ours: Record<string, ReturnType<typeof fakeEvent>[]> = {
      'T-01': [fakeEvent({ source: 'RUR', target: 'FRE', code: '064' })],
      'T-02': [fakeEvent({ source: 'RUR', target: 'FRE', code: '010' })],
    };
    const { rows, misses } = scoreExactTriples('u', records, (r) => ({ events: ours[r.id] ?? [] }));
    expect(rows[0]).toMatchObject({ metric: 'records coded exactly', items: 2, accuracy: 0 });
    // T-01: 1 of 2 gold found, nothing wrong; T-02: one event where none is expected.
    expect(rows[1]).toMatchObject({ precision: 0.5, recall: 0.5 });
    expect(rows.filter((r) => r.metric.includes('category')).map((r) => [r.metric.trim(), r.accuracy])).toEqual([
      ['exact, category DEMO', 0],
      ['exact, category ERROR', 0],
    ]);
    expect(misses.find((m) => m.id.startsWith('T-02'))!.gold).toBe('no event (storydiscard)');
  });

  it("reads PETRARCH's --- (no country) as our bare roles", () => {
    const [r] = readPetrarchRecords('<Config option="require_dyad" value="False"/><Sentence id="a" category="X"><EventCoding sourcecode="---REL" targetcode="---" eventcode="023"/><Text>Clerics said so.</Text></Sentence>');
    const { rows } = scoreExactTriples('u', [r!], () => ({ events: [fakeEvent({ source: 'REL', code: '023' })] }));
    expect(rows[0]!.accuracy).toBe(1);
  });

  it('applies <Config> tags to the records after them: require_dyad (default true) drops one-sided events', () => {
    const xml = `<Config option="stop_on_error" value="True"></Config>
<Sentence id="a" category="X"><EventCoding sourcecode="RUR" targetcode="FRE" eventcode="064"/><Text>One.</Text></Sentence>
<!-- <Config option="require_dyad" value="true"> in a comment is not a tag -->
<Config option="require_dyad" value="FALSE"></Config>
<Sentence id="b" category="X"><EventCoding sourcecode="RUR" targetcode="FRE" eventcode="064"/><Text>Two.</Text></Sentence>`;
    const records = readPetrarchRecords(xml);
    expect(records.map((r) => [r.id, r.config])).toEqual([
      ['a', { stop_on_error: 'true' }],
      ['b', { stop_on_error: 'true', require_dyad: 'false' }],
    ]);
    expect(records.map(requiresDyad)).toEqual([true, false]);
    const events = [fakeEvent({ source: 'RUR', target: 'FRE', code: '064' }), fakeEvent({ source: 'GOV', code: '023' })];
    const { misses } = scoreExactTriples('u', records, () => ({ events }));
    expect(misses.map((m) => m.id)).toEqual(['b (X)']);
  });

  it('scores GSR records on (source country, target country, root) and on exact triples', () => {
    const records = readPetrarchRecords(FLAT);
    const { rows } = scoreGsrTriples(records, (r) => ({
      events: r.id === 'G-1' ? [fakeEvent({ source: 'USA', target: 'CHNGOV', code: '043' }), fakeEvent({ source: 'USA', code: '010' })] : [fakeEvent({ source: 'USA', target: 'GBR', code: '010' })],
    }));
    // G-1 matches on countries and root; the one-sided event is not compared; G-2 expects none.
    expect(rows[0]).toMatchObject({ precision: 0.5, recall: 1 });
    expect(rows[0]!.note).toMatch(/1 one-sided/);
    expect(rows[1]).toMatchObject({ precision: 0, recall: 0 });
  });

  it('matches an actor of unknown country ("---REB") with ours of no country', () => {
    const xml = `<Validation><Sentences>
<Sentence category="X" date="20150101" id="U-1" evaluate="true"/>
<EventCoding eventcode="190" sourcecode="---REB" targetcode="SYR" />
<Text>Rebels attacked Syria.</Text>
</Sentences></Validation>`;
    const e = fakeEvent({ source: 'REB', target: 'SYR', code: '190' });
    const ours = { ...e, source: { ...e.source!, country: null } };
    const { rows } = scoreGsrTriples(readPetrarchRecords(xml), () => ({ events: [ours] }));
    expect(rows[0]).toMatchObject({ precision: 1, recall: 1 });
  });
});

