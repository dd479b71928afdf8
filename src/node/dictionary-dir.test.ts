import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCoder } from '../core/index.js';
import { readDictionaryDir, readDictionaryFiles } from './dictionary-dir.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function dir(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'dyad-dict-'));
  dirs.push(d);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(d, p, '..'), { recursive: true });
    writeFileSync(join(d, p), text);
  }
  return d;
}

describe('readDictionaryDir', () => {
  it('keeps our files and converts PETRARCH ones found by name or content', () => {
    const d = dir({
      'actors/mine.txt': 'country.val | country | Valeria | VAL\n',
      'phoenix/Test.actors.txt': 'OSTRAVIA [OST]\n',
      'phoenix/CAMEO.verbs-like.txt': '--- PARLEY [040] ---\nPARLEY\n- * WITH_+ [040]\n',
    });
    const notes: string[] = [];
    const files = readDictionaryDir(d, { onImport: (r) => notes.push(...r.notes.map((n) => n.construct)) });
    expect(Object.keys(files).sort()).toEqual(['actors/mine.txt', 'actors/petrarch-test-actors.txt', 'verbs/petrarch-cameo-verbs-like.txt', 'verbs/synsets-petrarch-cameo-verbs-like.txt']);
    const coder = createCoder({ dictionaries: [files] });
    const e = coder.code('Valeria parleyed with Ostravia on Monday.').events.map((x) => `${x.source?.code} ${x.target?.code} ${x.cameo.code}`);
    expect(e).toContain('VAL OST 040');
  });

  it('names a .txt file that is no dictionary', () => {
    const d = dir({ 'README.txt': 'These are my dictionaries.\n' });
    expect(() => readDictionaryDir(d)).toThrow(/README\.txt: not a dictionary we know/);
  });

  it('reads single PETRARCH files', () => {
    const d = dir({ 'x/Ours.agents.txt': 'TROOPS {} [~MIL]\n' });
    expect(Object.keys(readDictionaryFiles([join(d, 'x/Ours.agents.txt')]))).toEqual(['agents/petrarch-ours-agents.txt']);
  });
});
