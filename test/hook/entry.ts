// A stand-in for dist/cli.js until cli.ts dispatches `hook` and `init`: the same command
// functions, the same process wiring and the same error-to-exit-code rule as src/cli.ts.
import { EXIT, UsageError } from '../../src/commands/errors.js';
import { hookCommand } from '../../src/commands/hook.js';
import { initCommand } from '../../src/commands/init.js';
import type { CommandIo } from '../../src/commands/io.js';

const io: CommandIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'hook') return await hookCommand(rest, io);
    if (command === 'init') return await initCommand(rest, io);
    throw new UsageError(`unknown command "${command ?? ''}"`);
  } catch (error) {
    io.stderr(`claude-cost: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.usage;
  }
}

process.exitCode = await main(process.argv.slice(2));
