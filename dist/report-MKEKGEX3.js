import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  POLICY_HELP,
  POLICY_OPTIONS,
  buildPolicyReport,
  loadPolicyOptions
} from "./chunk-XPZ76Y3E.js";
import {
  renderCsv,
  renderMarkdown
} from "./chunk-EF7WRJTY.js";
import "./chunk-PWZEJDDN.js";
import {
  priceBookFrom
} from "./chunk-AOJALAX5.js";
import "./chunk-CDBLOWXU.js";
import "./chunk-WH6X3ZJS.js";
import "./chunk-BJAOUQM4.js";
import {
  outputFormat,
  parseCommandArgs
} from "./chunk-ZKXKXHQW.js";
import "./chunk-ICSKGCHV.js";
import {
  repoRoot
} from "./chunk-IG6NQODR.js";
import "./chunk-CCFM3K6G.js";
import {
  EXIT,
  UsageError
} from "./chunk-HRLD7PK4.js";
import "./chunk-LQK3ML4U.js";

// src/commands/report.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
import { resolve } from "node:path";

// src/render/json.ts
function renderJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/commands/report.ts
var REPORT_HELP = `Usage: claude-cost report [PATH...] [options]

Print the cost report for session records, Claude Code transcripts, result objects
or per-message exports. PATHs are files or directories (searched recursively).
Default PATH: .claude-cost/sessions at the top of the current git repository.

Options:
  --format FORMAT        markdown (default; the PR comment), json or csv (one row per session)
  --pricing-file FILE    a price book (JSON) that overrides or extends the shipped one
${POLICY_HELP}
  -h, --help             show this help

Exit codes: 0 success, 2 bad usage, an unreadable path or an invalid config.
Use claude-cost check for a verdict as the exit code.
`;
async function reportCommand(argv, io, now = /* @__PURE__ */ new Date()) {
  const { values, positionals } = parseCommandArgs(argv, {
    ...POLICY_OPTIONS,
    format: { type: "string" },
    "pricing-file": { type: "string" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout(REPORT_HELP);
    return EXIT.ok;
  }
  const format = outputFormat(values.format);
  const policy = await loadPolicyOptions(values, io);
  const book = await priceBookFrom(values["pricing-file"], policy.config.pricing);
  const paths = positionals.length > 0 ? positionals.map((p) => resolve(io.cwd, p)) : [await defaultRecordsDir(io.cwd)];
  const report = await buildPolicyReport(paths, { book, policy, now });
  io.stdout(render(report, format));
  return EXIT.ok;
}
function render(report, format) {
  switch (format) {
    case "json":
      return renderJson(report);
    case "csv":
      return renderCsv(report);
    case "markdown":
      return renderMarkdown(report);
  }
}
async function defaultRecordsDir(cwd) {
  const dir = join(await repoRoot(cwd) ?? cwd, ".claude-cost", "sessions");
  if (!existsSync(dir)) {
    throw new UsageError(`no PATH given and ${dir} does not exist; pass the records or transcripts to report`);
  }
  return dir;
}
export {
  REPORT_HELP,
  render,
  reportCommand
};
