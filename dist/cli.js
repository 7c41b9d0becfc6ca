#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  VERSION
} from "./chunk-CCFM3K6G.js";
import {
  EXIT,
  UsageError
} from "./chunk-HRLD7PK4.js";
import "./chunk-LQK3ML4U.js";

// src/cli.ts
import module from "node:module";

// src/commands/cli.ts
var COMMANDS = /* @__PURE__ */ new Map([
  ["report", async (args, io, now) => (await import("./report-DBFUWDCG.js")).reportCommand(args, io, now)],
  ["check", async (args, io, now) => (await import("./check-GZJ6SHPZ.js")).checkCommand(args, io, now)],
  ["record", async (args, io) => (await import("./record-EZBXCSNM.js")).recordCommand(args, io)],
  ["hook", async (args, io) => (await import("./hook-3ZE67FIS.js")).hookCommand(args, io)],
  ["init", async (args, io) => (await import("./init-TOBMTFG4.js")).initCommand(args, io)],
  ["period", async (args, io, now) => (await import("./period-S7DZM73H.js")).periodCommand(args, io, now)],
  [
    "prices",
    async (args, io, now) => (await import("./prices-LVQVGIWQ.js")).pricesCommand(args, io, now.toISOString().slice(0, 10))
  ]
]);
var HELP = `Usage: claude-cost <command> [options]

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
async function runCli(argv, io, now = /* @__PURE__ */ new Date()) {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case void 0:
      case "-h":
      case "--help":
      case "help":
        io.stdout(HELP);
        return command === void 0 ? EXIT.usage : EXIT.ok;
      case "-v":
      case "--version":
        io.stdout(`${VERSION}
`);
        return EXIT.ok;
      default: {
        const run = COMMANDS.get(command);
        if (run === void 0)
          throw new UsageError(`unknown command "${command.slice(0, 40)}"; run claude-cost --help`);
        return await run(rest, io, now);
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`claude-cost: ${error.message}
`);
      return EXIT.usage;
    }
    io.stderr(`claude-cost: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`);
    return EXIT.usage;
  }
}

// src/cli.ts
module.enableCompileCache?.();
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env
});
