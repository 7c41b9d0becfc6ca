import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  POLICY_HELP,
  POLICY_OPTIONS,
  buildPolicyReport
} from "./chunk-NBKT7EPK.js";
import {
  renderCsv,
  renderMarkdown
} from "./chunk-LV3UTBPG.js";
import "./chunk-QSYUSC3B.js";
import "./chunk-EU4B5VDZ.js";
import "./chunk-LLHTNJT7.js";
import "./chunk-W4OCLY3P.js";
import "./chunk-BJAOUQM4.js";
import {
  outputFormat,
  parseCommandArgs
} from "./chunk-ZKXKXHQW.js";
import "./chunk-ICSKGCHV.js";
import "./chunk-IG6NQODR.js";
import "./chunk-CCFM3K6G.js";
import {
  EXIT
} from "./chunk-HRLD7PK4.js";
import "./chunk-LQK3ML4U.js";

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
  const report = await buildPolicyReport(values, positionals, io, now, "report");
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
export {
  REPORT_HELP,
  render,
  reportCommand
};
