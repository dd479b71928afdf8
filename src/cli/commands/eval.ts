import { fileURLToPath } from 'node:url';
import { createCoder, type Coder } from '../../core/index.js';
import { EVAL_SETS } from '../../eval/registry.js';
import type { EvalContext } from '../../eval/eval-set.js';
import { findEvalDir } from '../../eval/find-eval-dir.js';
import { formatMisses, formatTable } from '../../eval/format-table.js';
import { isInRepo, runSets, selectSets, worstMisses } from '../../eval/run.js';
import { readDictionaryDir, readDictionaryFiles } from '../../node/dictionary-dir.js';
import { loadGazetteer } from '../../node/gazetteer.js';
import { parse, UsageError } from '../args.js';
import type { Command } from '../main.js';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export const command: Command = {
  summary: 'Scores the coder on the development sets in ../shared/eval and eval/ and prints one table.',
  usage: [
    'usage: dyad eval [--set NAME[,NAME]] [--errors N] [--json] [--eval-dir DIR]',
    '  --set NAME       run only these sets (comma list); `--set list` names them',
    '  --errors N       also print the N worst misses: sentence, gold, ours, rule ids',
    '  --json           print the rows (and misses) as JSON',
    '  --eval-dir DIR   the evaluation sets (default: $DYAD_EVAL_DIR, else ../shared/eval)',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parse(argv, {
      set: { type: 'string' },
      errors: { type: 'string' },
      json: { type: 'boolean' },
      'eval-dir': { type: 'string' },
    });
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    if (values.set === 'list') {
      console.log(EVAL_SETS.map((s) => s.name).join('\n'));
      return 0;
    }
    const nErrors = values.errors === undefined ? 0 : Number(values.errors);
    if (!Number.isInteger(nErrors) || nErrors < 0) throw new UsageError('--errors must be a whole number');
    let sets;
    try {
      sets = selectSets(EVAL_SETS, values.set);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    const { dir, tried } = findEvalDir({ flag: values['eval-dir'], env: process.env.DYAD_EVAL_DIR, cwd: process.cwd(), repoRoot: REPO_ROOT });
    if (!dir) {
      // The sets kept in this repository (own-news, held-out-2) need nothing from the shared directory.
      sets = sets.filter(isInRepo);
      if (!sets.length) {
        console.log(`dyad eval: no evaluation sets found (looked in ${tried.join(', ')}); nothing to score.`);
        return 0;
      }
      console.error(`dyad eval: no shared evaluation sets (looked in ${tried.join(', ')}); running the in-repo sets only`);
    }
    const gazetteer = await loadGazetteer('full');
    const withGazetteer = gazetteer ? { gazetteer } : {};
    let shared: Coder | null = null;
    const ctx: EvalContext = {
      // Only in-repo sets run without a shared directory, and they resolve their own files.
      evalDir: dir ?? REPO_ROOT,
      // Built on first use: a run of only the PETRARCH unit tests never needs our dictionaries.
      get coder() {
        return (shared ??= createCoder(withGazetteer));
      },
      makeCoder(o) {
        const dictionaries = [
          ...(o.dictionaryDir ? [readDictionaryDir(o.dictionaryDir)] : []),
          ...(o.dictionaryFiles?.length ? [readDictionaryFiles(o.dictionaryFiles)] : []),
          ...(o.dictionaries ?? []),
        ];
        return createCoder({ dictionaries, replaceDefaults: o.replaceDefaults ?? false, ...withGazetteer });
      },
      wantMisses: nErrors > 0,
    };
    const report = await runSets(sets, ctx, (line) => console.error(line));
    const misses = worstMisses(report.misses, nErrors);
    if (values.json) {
      console.log(JSON.stringify({ evalDir: dir, rows: report.rows, skipped: report.skipped, ...(nErrors ? { misses } : {}) }, null, 2));
    } else {
      process.stdout.write(formatTable(report.rows));
      if (nErrors) process.stdout.write(`\nworst ${misses.length} misses:\n\n${formatMisses(misses)}`);
    }
    return report.failed.length ? 1 : 0;
  },
};
