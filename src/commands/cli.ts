import { checkCommand } from './check.js';
import { EXIT, UsageError } from './errors.js';
import type { CommandIo } from './io.js';
import { hookCommand } from './hook.js';
import { initCommand } from './init.js';
import { periodCommand } from './period.js';
import { pricesCommand } from './prices.js';
import { recordCommand } from './record.js';
import { reportCommand } from './report.js';
import { VERSION } from '../version.js';

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
      case 'report':
        return await reportCommand(rest, io, now);
      case 'check':
        return await checkCommand(rest, io, now);
      case 'record':
        return await recordCommand(rest, io);
      case 'hook':
        return await hookCommand(rest, io);
      case 'init':
        return await initCommand(rest, io);
      case 'period':
        return await periodCommand(rest, io, now);
      case 'prices':
        return await pricesCommand(rest, io, now.toISOString().slice(0, 10));
      default:
        throw new UsageError(`unknown command "${command.slice(0, 40)}"; run claude-cost --help`);
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
