import { EXIT, UsageError } from './errors.js';
import type { CommandIo } from './io.js';
import { VERSION } from '../version.js';

type Command = (args: string[], io: CommandIo, now: Date) => Promise<number>;

/**
 * Each command's module is imported only when that command runs: the bundle splits along these
 * imports, so `record` or `hook` start without loading yaml, Octokit or the period renderers.
 */
const COMMANDS = new Map<string, Command>([
  ['report', async (args, io, now) => (await import('./report.js')).reportCommand(args, io, now)],
  ['check', async (args, io, now) => (await import('./check.js')).checkCommand(args, io, now)],
  ['record', async (args, io) => (await import('./record.js')).recordCommand(args, io)],
  ['hook', async (args, io) => (await import('./hook.js')).hookCommand(args, io)],
  ['init', async (args, io) => (await import('./init.js')).initCommand(args, io)],
  ['period', async (args, io, now) => (await import('./period.js')).periodCommand(args, io, now)],
  [
    'prices',
    async (args, io, now) => (await import('./prices.js')).pricesCommand(args, io, now.toISOString().slice(0, 10)),
  ],
]);

export const HELP = `Usage: claude-cost <command> [options]

Show what Claude Code work costs, from session records committed with a branch.

Commands:
  init               set up this repository: workflows, policy, and the recording hook
  hook               record the session a Claude Code hook fired for (payload on stdin)
  report [PATH...]   print the cost report (markdown, json or csv)
  check [PATH...]    print the budget verdict; exit 1 when over the team's budget
  record             write session records from Claude Code transcripts
  period [PERIOD]    the team report for a month or week (markdown, json, csv, ndjson, html)
  prices [MODEL]     print the price book, or how a model id is priced

Run "claude-cost <command> --help" for a command's options.
Exit codes: 0 ok, 1 over budget, 2 bad input or usage.
`;

/** Run one CLI invocation; returns the exit code. Never calls process.exit itself. */
export async function runCli(argv: string[], io: CommandIo, now: Date = new Date()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.stdout(HELP);
        return command === undefined ? EXIT.usage : EXIT.ok;
      case '-v':
      case '--version':
        io.stdout(`${VERSION}\n`);
        return EXIT.ok;
      default: {
        const run = COMMANDS.get(command);
        if (run === undefined)
          throw new UsageError(`unknown command "${command.slice(0, 40)}"; run claude-cost --help`);
        return await run(rest, io, now);
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`claude-cost: ${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr(`claude-cost: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.usage;
  }
}
