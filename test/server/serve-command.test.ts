// `dyad serve` refuses bad options before it opens anything (the serving itself is covered by the
// API, browser and bench runs, which start servers through startServer and the command).
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/args.js';
import { command } from '../../src/cli/commands/serve.js';

describe('dyad serve options', () => {
  it.each([
    [['--port', 'http'], /--port must be a number/],
    [['--port', '70000'], /--port must be a number/],
    [['--token', 'short'], /at least 12 characters/],
    [['extra'], /unexpected argument/],
    [['--colour', 'red'], /colour/],
  ])('refuses %j', async (argv, message) => {
    const err = await command.run(argv).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(message);
  });

  it('will not serve a database that does not exist unless writes are enabled', async () => {
    const missing = join(tmpdir(), `dyad-missing-${process.pid}.db`);
    await expect(command.run(['--db', missing, '--port', '0'])).rejects.toThrow(/no database at/);
  });
});
