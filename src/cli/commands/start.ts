import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleInput } from '../../core/index.js';
import type { Command } from '../main.js';
import { makeCoder } from '../coder-options.js';
import { formatCoded } from '../format-coded.js';

const examplesDir = fileURLToPath(new URL('../../../examples/articles', import.meta.url));

export const command: Command = {
  summary: 'The main job on the bundled examples: codes every article under examples/articles and prints its events.',
  usage: 'usage: dyad start',
  async run() {
    const coder = await makeCoder({});
    const files = readdirSync(examplesDir).filter((f) => f.endsWith('.json')).sort();
    let events = 0;
    for (const f of files) {
      const article = JSON.parse(readFileSync(join(examplesDir, f), 'utf8')) as ArticleInput;
      const coded = coder.code(article);
      events += coded.events.length;
      process.stdout.write(formatCoded([coded], 'table', { header: false }) + '\n');
    }
    console.log(`${files.length} example articles, ${events} events.`);
    return 0;
  },
};
