import { UsageError } from './args.js';

/** A subcommand: parses its own arguments, returns the exit status. */
export interface Command {
  summary: string;
  usage: string;
  run(argv: string[]): Promise<number>;
}

const COMMANDS: Record<string, () => Promise<Command>> = {
  code: async () => (await import('./commands/code.js')).command,
  start: async () => (await import('./commands/start.js')).command,
  dict: async () => (await import('./commands/dict.js')).command,
  eval: async () => (await import('./commands/eval.js')).command,
  stats: async () => (await import('./commands/stats.js')).command,
  events: async () => (await import('./commands/events.js')).command,
  export: async () => (await import('./commands/export.js')).command,
  ingest: async () => (await import('./commands/ingest.js')).command,
  serve: async () => (await import('./commands/serve.js')).command,
  watch: async () => (await import('./commands/watch.js')).command,
  migrate: async () => (await import('./commands/migrate.js')).command,
  enqueue: async () => (await import('./commands/enqueue.js')).command,
  worker: async () => (await import('./commands/worker.js')).command,
  queue: async () => (await import('./commands/queue.js')).command,
};

function help(): string {
  return ['usage: dyad <command> [options]', '', 'commands:', ...Object.keys(COMMANDS).map((c) => `  ${c}`), '', 'dyad <command> --help for details.'].join('\n');
}

export async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    console.error(`dyad: unknown command '${name}'\n\n${help()}`);
    return 2;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(`${command.usage}\n\n${command.summary}`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`dyad ${name}: ${err.message}\n\n${command.usage}`);
      return 2;
    }
    console.error(`dyad ${name}: ${(err as Error).message}`);
    return 1;
  }
}
