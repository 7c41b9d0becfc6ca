import { markdownTable } from 'markdown-table';
import { lessTimes } from '../policy/arithmetic.js';
import { formatLocal, formatMoney } from '../policy/money.js';
import type { Advice, BaselineSession, BudgetCheck, BudgetVerdict, TaskClassification } from '../policy/types.js';
import type { Report } from '../report/types.js';
import { md } from './escape.js';
import { formatTokens, formatUsd } from './format.js';

/**
 * The policy's pieces of the PR comment: the budget line under the headline, the baseline table
 * and the advice section. Each returns '' when it has nothing to show. Every string that came
 * from data or the config (kinds, labels, branch names, ids, reasons) goes through md().
 */

const BAR_CELLS = 10;
const VERDICT: Record<BudgetVerdict['status'], string> = {
  ok: '✅ **Within budget**',
  warning: '⚠️ **Budget warning**',
  over: '🛑 **Over budget**',
  none: '**No budget set**',
};

/** `▰▰▰▰▰▱▱▱▱▱`: a full bar means the limit is reached; anything under it never shows full. */
export function budgetBar(share: number | null, used: number): string {
  const ratio = share ?? (used > 0 ? 1 : 0);
  const filled = ratio >= 1 ? BAR_CELLS : Math.min(BAR_CELLS - 1, Math.round(ratio * BAR_CELLS));
  return '▰'.repeat(filled) + '▱'.repeat(BAR_CELLS - filled);
}

/** The verdict, the task kind and why, and one bar per limit. */
export function renderBudgetHeadline(report: Report): string {
  const budget = report.budget;
  if (budget === undefined || report.totals.sessions === 0) return '';
  const kind = `${md(budget.kind, 40)} work`;
  const why = report.task === undefined ? '' : ` (${describeTask(report.task)})`;
  const head =
    budget.status === 'none'
      ? `${VERDICT.none} for ${kind}${why}.`
      : `${VERDICT[budget.status]} for ${kind}${why}${budget.budgetKey === 'default' ? ', under the default budget' : ''}.`;
  const lines = budget.checks.map((c) => `- ${budgetBar(c.share, c.used)} ${describeBar(c, report)}`);
  if (budget.disallowedModels.length > 0) {
    const models = budget.disallowedModels.map((m) => md(m, 60)).join(', ');
    lines.push(`- ⚠️ Not allowed for ${kind}: ${models}`);
  }
  if (budget.costIsLowerBound && budget.checks.some((c) => c.unit === 'usd')) {
    lines.push('- ⚠️ The cost is a lower bound (some models are unpriced): USD budgets may be used more than shown.');
  }
  return lines.length === 0 ? head : `${head}\n\n${lines.join('\n')}`;
}

function describeTask(task: TaskClassification): string {
  switch (task.source) {
    case 'record':
      return `declared in the session records, ${md(task.evidence ?? '')}`;
    case 'label':
      return `from label ${md(task.evidence ?? '', 60)}`;
    case 'branch':
      return `from branch prefix ${md(task.evidence ?? '', 60)}`;
    case 'title':
      return `from the PR title's type ${md(task.evidence ?? '', 40)}`;
    case 'default':
      return 'the default kind';
  }
}

/** `52% of $5.00 per-PR budget: $2.60 used`, `… per-session budget: largest session 1a2b3c4d, 620k tokens`. */
function describeBar(check: BudgetCheck, report: Report): string {
  const currency = report.currency ?? null;
  const money = (n: number) => (check.unit === 'usd' ? formatMoney(n, currency) : `${formatTokens(n)} tokens`);
  const atLeast = check.lowerBound ? '≥' : '';
  const share = check.share === null ? '' : `${atLeast}${Math.round(check.share * 100)}% of `;
  const name = check.budget === 'perPr' ? 'per-PR budget' : 'per-session budget';
  const used =
    check.budget === 'perPr'
      ? `${atLeast}${money(check.used)} used`
      : `largest session ${md((check.sessionId ?? '').slice(0, 8))}, ${atLeast}${money(check.used)}`;
  const over = check.status === 'over' ? `, **over by ${atLeast}${money(check.used - check.limit)}**` : '';
  const counts = [
    check.sessionsOver > 0 ? `${check.sessionsOver} session${check.sessionsOver === 1 ? '' : 's'} over` : '',
    check.sessionsWarning > 0 ? `${check.sessionsWarning} past ${Math.round((report.budget?.warnAt ?? 0) * 100)}%` : '',
  ].filter((c) => c !== '');
  return `${share}${money(check.limit)} ${name}: ${used}${over}${counts.length > 0 ? `; ${counts.join(', ')}` : ''}`;
}

/** The total in the display currency, for the headline facts: `HKD 31.98 at 7.8 HKD/USD`; '' without one. */
export function renderLocalTotal(report: Report): string {
  const currency = report.currency;
  if (currency === undefined || currency === null) return '';
  const plus = report.totals.costIsLowerBound ? '+' : '';
  return `${formatLocal(report.totals.costUsd, currency)}${plus} at ${currency.perUsd} ${currency.code}/USD`;
}

/** This PR's sessions against the team's typical scoped and open-ended session. */
export function renderBaseline(report: Report, maxRows = 50): string {
  const baseline = report.baseline;
  if (baseline === undefined || baseline.source === 'none' || baseline.sessions.length === 0) return '';
  const figure = (usd: number | null) => (usd === null ? 'not known' : `**${formatUsd(usd)}**`);
  const lines = [
    '#### Against the team baseline',
    '',
    `Typical ${md(baseline.kind, 40)} session: ${figure(baseline.scopedUsd)} scoped, ${figure(baseline.openEndedUsd)} open-ended; ${describeSource(report)}.`,
    '',
  ];
  const shown = baseline.sessions
    .slice()
    .sort((a, b) => b.costUsd - a.costUsd)
    .slice(0, maxRows);
  const rows = shown.map((s) => [
    md(s.sessionId.slice(0, 8)),
    `${s.scope} (${s.source})`,
    md(s.reason, 100),
    `${formatUsd(s.costUsd)}${s.lowerBound ? '+' : ''}`,
    s.baselineUsd === null ? '–' : formatUsd(s.baselineUsd),
    versus(s),
  ]);
  const hidden = baseline.sessions.length - shown.length;
  if (hidden > 0) rows.push([`${hidden} more`, '', '', '', '', '']);
  lines.push(
    markdownTable([['Session', 'Scope', 'Why', 'Cost', 'Baseline', 'Against it'], ...rows], {
      align: ['l', 'l', 'l', 'r', 'r', 'r'],
    }),
  );
  const estimate = baseline.estimate;
  if (estimate !== null && baseline.scopedUsd !== null) {
    const n = estimate.sessions;
    const which = n === 1 ? 'the open-ended session' : `the ${n} open-ended sessions`;
    const each = n === 1 ? '' : ' each';
    lines.push(
      '',
      `**Estimate:** had ${which} that cost more than a scoped session cost ${formatUsd(baseline.scopedUsd)}${each} instead, this PR would have cost ${lessTimes(estimate.actualUsd, n, baseline.scopedUsd)} less. An estimate from the team's typical scoped session, not a measurement.`,
    );
  }
  return lines.join('\n');
}

function describeSource(report: Report): string {
  const baseline = report.baseline;
  if (baseline === undefined) return '';
  if (baseline.source === 'config') {
    return baseline.configKey === 'default' ? 'from the config (default figures)' : 'from the config';
  }
  const history = baseline.history;
  if (history === null) return '';
  const sample = (s: typeof history.scoped, scope: string) =>
    s === null ? `no ${scope} sessions` : `${s.sessions} ${scope} (${md(s.basis, 40)})`;
  const excluded = history.excludedUnpriced > 0 ? `, ${history.excludedUnpriced} with unpriced models left out` : '';
  return `medians of the last ${history.days} days of merged sessions: ${sample(history.scoped, 'scoped')}, ${sample(history.openEnded, 'open-ended')}${excluded}`;
}

function versus(s: BaselineSession): string {
  if (s.baselineUsd === null) return '–';
  const diff = s.costUsd - s.baselineUsd;
  const ratio = s.baselineUsd > 0 ? ` (${(s.costUsd / s.baselineUsd).toFixed(1)}×)` : '';
  return `${diff > 0 ? '+' : ''}${formatUsd(diff)}${ratio}`;
}

const ADVICE_TITLE: Record<Advice['kind'], string> = {
  'cheaper-model': 'Cheaper model',
  cache: 'Cache',
  'open-ended': 'Scope sessions',
};

/** One item per piece of advice, each with its arithmetic; '' when there is none. */
export function renderAdvice(report: Report): string {
  const advice = report.advice ?? [];
  if (advice.length === 0) return '';
  const items = advice.map((a) =>
    [
      // <br> rather than a bare newline: comments and job summaries treat newlines differently.
      `- **${ADVICE_TITLE[a.kind]}:** ${md(a.summary, 500)}<br>${md(a.arithmetic, 300)}`,
      ...a.details.map((d) => `  - ${md(d, 300)}`),
    ].join('\n'),
  );
  return [
    '#### Advice',
    '',
    "Arithmetic on this PR's own tokens at the same prices, not a prediction.",
    '',
    ...items,
  ].join('\n');
}
