import { markdownTable } from 'markdown-table';
import { OUTLIER_FACTOR, OUTLIER_MIN_SESSIONS } from '../period/groups.js';
import type { PeriodReport } from '../period/types.js';
import { md } from './escape.js';
import { formatInteger, formatTokens, formatUsd } from './format.js';
import { ADVICE_TITLE, plural, STATUS_TEXT, usd } from './period-format.js';

/** The team-policy sections of the period markdown: budgets, scope and baseline, advice, outliers, notes. */

/**
 * `#12` without the link: a monthly report that linked every top PR would add a cross-reference
 * to each PR's timeline, every month. md() breaks the reference as it does for data.
 */
export function prLabel(n: number): string {
  return md(`#${n}`);
}

export function budgetsSection(report: PeriodReport, maxRows: number): string {
  const b = report.budgets;
  const over = b.overruns.filter((o) => o.status === 'over').length;
  const lines = [
    '#### Budgets',
    '',
    `${plural(b.prsChecked, 'PR')} checked against the budget of ${b.prsChecked === 1 ? 'its' : 'their'} task kind: ${formatInteger(over)} over, ${plural(b.warnings, 'warning')}. A PR's budget covers all its sessions, including any outside this period.`,
  ];
  if (b.overruns.length > 0) {
    const rows = b.overruns
      .slice(0, maxRows)
      .map((p) => [
        prLabel(p.pr),
        p.title === null ? '–' : md(p.title, 60),
        md(p.taskKind, 40),
        STATUS_TEXT[p.status],
        usd(p.allCostUsd),
        p.reasons.map((r) => md(r, 200)).join('<br>'),
      ]);
    if (b.overruns.length > maxRows) rows.push([`${b.overruns.length - maxRows} more`, '', '', '', '', '']);
    lines.push(
      '',
      markdownTable([['PR', 'Title', 'Kind', 'Verdict', 'PR cost', 'Why'], ...rows], {
        align: ['l', 'l', 'l', 'l', 'r', 'l'],
      }),
    );
  }
  const limit = b.dailyLimit;
  if (limit.usd === null && limit.tokens === null) {
    lines.push('', 'No per-developer daily limit is set.');
    return lines.join('\n');
  }
  const limits = [
    limit.usd === null ? '' : formatUsd(limit.usd),
    limit.tokens === null ? '' : `${formatTokens(limit.tokens)} tokens`,
  ];
  const days = b.developerDaysOver;
  lines.push(
    '',
    `Daily limit per developer: ${limits.filter((l) => l !== '').join(' or ')}. ${plural(days.length, 'developer-day')} over it.`,
  );
  if (days.length > 0) {
    const rows = days
      .slice(0, maxRows)
      .map((d) => [
        d.developer === null ? '(not named)' : md(d.developer, 60),
        d.date,
        formatInteger(d.sessions),
        formatTokens(d.totalTokens),
        usd(d.costUsd),
        d.over.map((o) => (o === 'usd' ? 'USD' : 'tokens')).join(', '),
      ]);
    if (days.length > maxRows) rows.push([`${days.length - maxRows} more`, '', '', '', '', '']);
    lines.push(
      '',
      markdownTable([['Developer', 'Day', 'Sessions', 'Tokens', 'Cost', 'Over in'], ...rows], {
        align: ['l', 'l', 'r', 'r', 'r', 'l'],
      }),
    );
  }
  return lines.join('\n');
}

export function scopeSection(report: PeriodReport): string {
  const money = (n: number | null) => (n === null ? '–' : usd(n));
  const split = report.scope.split.map((s) => [
    s.scope,
    formatInteger(s.sessions),
    usd(s.costUsd),
    money(s.costPerSessionUsd),
    money(s.medianUsd),
  ]);
  const kinds = report.scope.byTaskKind.map((k) => [
    md(k.taskKind, 40),
    formatInteger(k.scopedSessions),
    formatInteger(k.openEndedSessions),
    money(k.scopedMedianUsd),
    money(k.openEndedMedianUsd),
    money(k.baselineScopedUsd),
    money(k.baselineOpenEndedUsd),
    baselineSource(k.baselineSource, k.baselineBasis),
  ]);
  const lines = [
    '#### Scoped and open-ended sessions',
    '',
    markdownTable([['Scope', 'Sessions', 'Cost', 'Per session', 'Median'], ...split], {
      align: ['l', 'r', 'r', 'r', 'r'],
    }),
    '',
    markdownTable(
      [
        [
          'Task kind',
          'Scoped',
          'Open-ended',
          'Scoped median',
          'Open-ended median',
          'Baseline scoped',
          'Baseline open-ended',
          'Baseline from',
        ],
        ...kinds,
      ],
      { align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'l'] },
    ),
  ];
  if (report.scope.byTaskKind.some((k) => k.baselineSource === 'history')) {
    lines.push(
      '',
      `Baselines from history are medians of the priced sessions of the ${formatInteger(report.scope.historyDays)} days up to ${report.period.end}; a kind with too few sessions uses the median over all kinds.`,
    );
  }
  const saving = report.scope.estimateSavingUsd;
  if (saving !== null && saving >= 0.01) {
    lines.push(
      '',
      `**Estimate:** had every open-ended session that cost more than its kind's scoped baseline cost the baseline instead, the period would have cost ${formatUsd(saving)} less. An estimate, not a measurement.`,
    );
  }
  return lines.join('\n');
}

function baselineSource(source: string, basis: string | null): string {
  if (source === 'none') return 'no baseline';
  if (source === 'config') return basis === 'default' ? 'config (default)' : 'config';
  return `history${basis === null ? '' : ` (${md(basis, 40)})`}`;
}

export function adviceSection(report: PeriodReport): string {
  if (report.advice.length === 0) return '';
  const totals = report.adviceTotals.map((t) => [ADVICE_TITLE[t.kind], formatInteger(t.count), formatUsd(t.savingUsd)]);
  const items = report.advice.map((a) =>
    [
      `- **${ADVICE_TITLE[a.kind]}${a.taskKind === null ? '' : ` (${md(a.taskKind, 40)})`}:** ${md(a.summary, 500)}<br>${md(a.arithmetic, 300)}`,
      ...a.details.map((d) => `  - ${md(d, 300)}`),
    ].join('\n'),
  );
  return [
    '#### Advice',
    '',
    "Arithmetic on this period's own tokens at the same prices, not a prediction.",
    '',
    markdownTable([['Advice', 'Items', 'Saving'], ...totals], { align: ['l', 'r', 'r'] }),
    '',
    ...items,
  ].join('\n');
}

export function outliersSection(report: PeriodReport, maxRows: number): string {
  const intro = `Sessions that cost more than ${OUTLIER_FACTOR}× the median of their task kind this period (kinds with at least ${OUTLIER_MIN_SESSIONS} sessions).`;
  if (report.outliers.length === 0) return ['#### Outliers', '', `${intro} None.`].join('\n');
  const rows = report.outliers
    .slice(0, maxRows)
    .map((o) => [
      md(o.sessionId.slice(0, 8)),
      o.developer === null ? '–' : md(o.developer, 40),
      o.pr === null ? '–' : prLabel(o.pr),
      md(o.taskKind, 40),
      usd(o.costUsd),
      usd(o.kindMedianUsd),
      `${o.times.toFixed(1)}×`,
    ]);
  if (report.outliers.length > maxRows) rows.push([`${report.outliers.length - maxRows} more`, '', '', '', '', '', '']);
  return [
    '#### Outliers',
    '',
    intro,
    '',
    markdownTable([['Session', 'Developer', 'PR', 'Kind', 'Cost', 'Kind median', 'Times'], ...rows], {
      align: ['l', 'l', 'l', 'l', 'r', 'r', 'r'],
    }),
  ].join('\n');
}

export function notesSection(report: PeriodReport, maxRows: number): string {
  const lines: string[] = [];
  const u = report.unattributed;
  if (u.sessions > 0) {
    lines.push(
      `- ${plural(u.sessions, 'session')} (${formatUsd(u.costUsd)}) could not be attributed to a PR (pushed directly, rebase-merged, or not committed).`,
    );
  }
  for (const line of report.unpriced) {
    lines.push(
      `- Unpriced: ${md(line.model)} (${md(line.reason)}): ${formatTokens(line.tokens)} tokens in ${formatInteger(line.requests)} requests, not included in the cost.`,
    );
  }
  for (const note of report.notes) lines.push(`- ${md(note, 400)}`);
  if (report.skipped.length > 0) {
    lines.push(`- ${plural(report.skipped.length, 'file')} could not be used:`);
    for (const s of report.skipped.slice(0, maxRows)) lines.push(`  - ${md(s.file, 200)}: ${md(s.reason, 200)}`);
    if (report.skipped.length > maxRows) lines.push(`  - and ${report.skipped.length - maxRows} more`);
  }
  lines.push(`- Prices: the claude-cost price book as of ${md(report.priceBook.asOf)}.`);
  return ['<details><summary>Data notes</summary>', '', ...lines, '', '</details>'].join('\n');
}
