import { join } from 'node:path';
import { BUNDLED_FILES } from '../../core/dictionaries/bundled.generated.js';
import { checkDictionaries, type DictionaryIssue } from '../../core/dictionaries/check.js';
import type { DictionaryFiles } from '../../core/index.js';
import { readDictionaryDir } from '../../node/dictionary-dir.js';
import { parse, UsageError } from '../args.js';
import type { Command } from '../main.js';

export const command: Command = {
  summary: [
    'Checks dictionaries: parse errors, duplicate ids, one name for two actors, bad codes, two holders',
    'of one office on the same day. Without DIR, checks the bundled dictionaries. Exit status 1 when',
    'there are errors; warnings are printed but do not fail.',
  ].join('\n'),
  usage: [
    'usage: dyad dict check [DIR] [--with-bundled] [--errors-only]',
    '  DIR             a dictionary directory in our format (actors/, agents/, verbs/, ...) or PETRARCH files',
    '  --with-bundled  check DIR on top of the bundled dictionaries (finds names that clash with ours)',
    '  --errors-only   do not print warnings',
  ].join('\n'),
  async run(argv) {
    const [sub, ...rest] = argv;
    if (sub !== 'check') throw new UsageError(sub ? `unknown subcommand '${sub}'` : 'missing subcommand');
    const { values, positionals } = parse(rest, { 'with-bundled': { type: 'boolean' }, 'errors-only': { type: 'boolean' } });
    if (positionals.length > 1) throw new UsageError('one DIR at a time');
    const dir = positionals[0];
    if (values['with-bundled'] && !dir) throw new UsageError('--with-bundled needs a DIR');
    const sets: { files: DictionaryFiles; root: string }[] = [];
    if (!dir || values['with-bundled']) sets.push({ files: BUNDLED_FILES, root: 'dictionaries' });
    if (dir) sets.push({ files: readDictionaryDir(dir), root: dir });
    const issues = checkDictionaries(sets.map((s) => s.files));
    const errors = issues.filter((i) => i.severity === 'error');
    for (const i of issues) {
      if (i.severity === 'warning' && values['errors-only']) continue;
      console.log(formatIssue(i, sets[i.set]!.root));
    }
    const fileCount = sets.reduce((n, s) => n + Object.keys(s.files).length, 0);
    console.error(`dyad dict check: ${errors.length} error(s), ${issues.length - errors.length} warning(s) in ${fileCount} file(s)`);
    return errors.length ? 1 : 0;
  },
};

function formatIssue(i: DictionaryIssue, root: string): string {
  const where = i.line ? `${join(root, i.file)}:${i.line}` : join(root, i.file);
  return `${where}: ${i.severity} [${i.kind}]: ${i.message}`;
}
