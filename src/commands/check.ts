import { describeCheck } from '../policy/budget.js';
import type { BudgetVerdict, TaskClassification } from '../policy/types.js';
import type { Report } from '../report/types.js';
import { formatTokens, formatUsd } from '../render/format.js';
import { EXIT, UsageError } from './errors.js';
import type { CommandIo } from './io.js';
import { parseCommandArgs } from './options.js';
import { buildPolicyReport, POLICY_HELP, POLICY_OPTIONS } from './policy-options.js';

export const FAIL_ON = ['over', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export const CHECK_HELP = `Usage: claude-cost check [PATH...] [options]

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

export async function checkCommand(argv: string[], io: CommandIo, now: Date = new Date()): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    ...POLICY_OPTIONS,
    'fail-on': { type: 'string' },
    'pricing-file': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(CHECK_HELP);
    return EXIT.ok;
  }
  const failOn = values['fail-on'] ?? 'over';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) {
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')} (got "${failOn.slice(0, 40)}")`);
  }
  const report = await buildPolicyReport(values, positionals, io, now, 'check');
  io.stdout(describeVerdict(report));
  return exitCodeFor(report.budget?.status ?? 'none', failOn as FailOn);
}

export function exitCodeFor(status: BudgetVerdict['status'], failOn: FailOn): number {
  if (failOn === 'never') return EXIT.ok;
  if (status === 'over' || (status === 'warning' && failOn === 'warning')) return EXIT.overBudget;
  return EXIT.ok;
}

/** Plain text for a terminal: the verdict, the task kind and why, each limit, then the total. */
export function describeVerdict(report: Report): string {
  const budget = report.budget;
  const task = report.task;
  if (budget === undefined || task === undefined) return 'none: no policy applied\n';
  const t = report.totals;
  const lines = [`${budget.status}: ${plain(budget.kind)} work (${describeTaskPlain(task)})${budgetFrom(budget)}`];
  // Reasons cover every limit that is not ok, and the rest (disallowed models, the lower bound).
  for (const check of budget.checks.filter((c) => c.status === 'ok')) {
    lines.push(`  ${describeCheck(check, budget.warnAt, report.currency ?? null)}`);
  }
  for (const reason of budget.reasons) lines.push(`  ${plain(reason)}`);
  const sessions = `${t.sessions} session${t.sessions === 1 ? '' : 's'}`;
  lines.push(
    `Total: ${formatUsd(t.costUsd)}${t.costIsLowerBound ? ' (lower bound)' : ''}, ${formatTokens(t.totalTokens)} tokens, ${sessions}.`,
  );
  return `${lines.join('\n')}\n`;
}

function budgetFrom(budget: BudgetVerdict): string {
  if (budget.status === 'none') return ': no budget applies';
  return budget.budgetKey === 'default' ? ', default budget' : '';
}

function describeTaskPlain(task: TaskClassification): string {
  const evidence = plain(task.evidence ?? '');
  switch (task.source) {
    case 'record':
      return `declared in ${evidence}`;
    case 'label':
      return `label "${evidence}"`;
    case 'branch':
      return `branch prefix "${evidence}"`;
    case 'title':
      return `PR title type "${evidence}"`;
    case 'default':
      return 'the default kind';
  }
}

/** Data printed to a terminal: no control characters, so no escape sequences. */
function plain(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
}
