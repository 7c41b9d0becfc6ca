import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  POLICY_HELP,
  POLICY_OPTIONS,
  buildPolicyReport
} from "./chunk-NBKT7EPK.js";
import {
  describeCheck,
  formatTokens,
  formatUsd
} from "./chunk-QSYUSC3B.js";
import "./chunk-EU4B5VDZ.js";
import "./chunk-LLHTNJT7.js";
import "./chunk-W4OCLY3P.js";
import "./chunk-BJAOUQM4.js";
import {
  parseCommandArgs
} from "./chunk-ZKXKXHQW.js";
import "./chunk-ICSKGCHV.js";
import "./chunk-IG6NQODR.js";
import "./chunk-CCFM3K6G.js";
import {
  EXIT,
  UsageError
} from "./chunk-HRLD7PK4.js";
import "./chunk-LQK3ML4U.js";

// src/commands/check.ts
var FAIL_ON = ["over", "warning", "never"];
var CHECK_HELP = `Usage: claude-cost check [PATH...] [options]

Check the sessions against the team's budgets, as the PR's required check will, and print
the verdict (ok, warning, over or none) with its reasons. PATHs are as for "report"
(default: .claude-cost/sessions at the top of the current git repository).

Options:
${POLICY_HELP}
  --fail-on LEVEL        over (default), warning (also fail on a warning) or never
  --pricing-file FILE    a price book (JSON) that overrides or extends the shipped one
  -h, --help             show this help

Exit codes: 0 within budget (or no budget), 1 over budget (or a warning with
--fail-on warning), 2 bad usage, unreadable path or invalid config.
`;
async function checkCommand(argv, io, now = /* @__PURE__ */ new Date()) {
  const { values, positionals } = parseCommandArgs(argv, {
    ...POLICY_OPTIONS,
    "fail-on": { type: "string" },
    "pricing-file": { type: "string" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout(CHECK_HELP);
    return EXIT.ok;
  }
  const failOn = values["fail-on"] ?? "over";
  if (!FAIL_ON.includes(failOn)) {
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")} (got "${failOn.slice(0, 40)}")`);
  }
  const report = await buildPolicyReport(values, positionals, io, now, "check");
  io.stdout(describeVerdict(report));
  return exitCodeFor(report.budget?.status ?? "none", failOn);
}
function exitCodeFor(status, failOn) {
  if (failOn === "never") return EXIT.ok;
  if (status === "over" || status === "warning" && failOn === "warning") return EXIT.overBudget;
  return EXIT.ok;
}
function describeVerdict(report) {
  const budget = report.budget;
  const task = report.task;
  if (budget === void 0 || task === void 0) return "none: no policy applied\n";
  const t = report.totals;
  const lines = [`${budget.status}: ${plain(budget.kind)} work (${describeTaskPlain(task)})${budgetFrom(budget)}`];
  for (const check of budget.checks.filter((c) => c.status === "ok")) {
    lines.push(`  ${describeCheck(check, budget.warnAt, report.currency ?? null)}`);
  }
  for (const reason of budget.reasons) lines.push(`  ${plain(reason)}`);
  const sessions = `${t.sessions} session${t.sessions === 1 ? "" : "s"}`;
  lines.push(
    `Total: ${formatUsd(t.costUsd)}${t.costIsLowerBound ? " (lower bound)" : ""}, ${formatTokens(t.totalTokens)} tokens, ${sessions}.`
  );
  return `${lines.join("\n")}
`;
}
function budgetFrom(budget) {
  if (budget.status === "none") return ": no budget applies";
  return budget.budgetKey === "default" ? ", default budget" : "";
}
function describeTaskPlain(task) {
  const evidence = plain(task.evidence ?? "");
  switch (task.source) {
    case "record":
      return `declared in ${evidence}`;
    case "label":
      return `label "${evidence}"`;
    case "branch":
      return `branch prefix "${evidence}"`;
    case "title":
      return `PR title type "${evidence}"`;
    case "default":
      return "the default kind";
  }
}
function plain(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ");
}
export {
  CHECK_HELP,
  FAIL_ON,
  checkCommand,
  describeVerdict,
  exitCodeFor
};
