import { markdownTable } from 'markdown-table';
import type { GroupLine, PeriodReport } from '../period/types.js';
import { md } from './escape.js';
import { formatInteger, formatPercent, formatTokens } from './format.js';
import { mermaidBars, mermaidPie } from './mermaid.js';
import {
  budgetsSection,
  notesSection,
  outliersSection,
  scopeSection,
  adviceSection,
  prLabel,
} from './period-markdown-policy.js';
import {
  countChange,
  local,
  periodRange,
  plural,
  pointsChange,
  rowChange,
  shareText,
  STATUS_TEXT,
  usd,
  tokensChange,
  usdChange,
} from './period-format.js';

export interface PeriodMarkdownOptions {
  /** Rows per table before the rest is summed in one row. */
  maxRows?: number;
}

/** GitHub's limit on an issue body; the report shortens its tables to stay under it. */
export const MAX_BODY = 65_536;
const HEADROOM = 1_536;

/**
 * The period report as markdown: the issue body, the job summary and report.md. Every string from
 * data goes through md(). Tables get shorter, never the headline, until the body fits an issue.
 */
export function renderPeriodMarkdown(report: PeriodReport, options: PeriodMarkdownOptions = {}): string {
  let text = '';
  for (const maxRows of [options.maxRows ?? 25, 10, 5, 2]) {
    text = render(report, maxRows);
    if (text.length <= MAX_BODY - HEADROOM) return text;
  }
  return text;
}

/** The hidden marker an issue for this period is found again by. Labels are our own (`2026-10`). */
export function periodMarker(report: PeriodReport): string {
  return `<!-- claude-cost:period:v1 ${report.period.label} ${report.period.timeZone} -->`;
}

export function periodTitle(report: PeriodReport): string {
  return `Claude Code cost: ${report.period.label}`;
}

function render(report: PeriodReport, maxRows: number): string {
  const parts = [headline(report)];
  if (report.totals.sessions > 0 || report.previousTotals.sessions > 0) parts.push(changeTable(report));
  if (report.totals.sessions > 0) {
    parts.push(
      modelSection(report),
      weekSection(report),
      groupSection('By developer', 'Developer', report.byDeveloper, maxRows, (k) =>
        k === null ? '(not named)' : md(k, 60),
      ),
      groupSection('By task kind', 'Task kind', report.byTaskKind, maxRows, (k) => md(k ?? '', 40)),
      topPrs(report),
      topSessions(report),
      budgetsSection(report, maxRows),
      scopeSection(report),
      adviceSection(report),
      outliersSection(report, maxRows),
    );
  }
  parts.push(notesSection(report, maxRows));
  parts.push(
    `<sub>${md(report.generator)} · prices as of ${md(report.priceBook.asOf)} · days in ${md(report.period.timeZone)}; a session counts in the period it started in</sub>`,
  );
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}

function headline(report: PeriodReport): string {
  const t = report.totals;
  const p = report.period;
  const title = `## Claude Code cost: ${md(p.label)}`;
  const when = `${periodRange(report)} (${md(p.timeZone)}).`;
  if (t.sessions === 0) return `${title}\n\nNo Claude Code sessions started in this period: ${when}`;
  const facts = [
    `**${usd(t.costUsd, t.costIsLowerBound)}**`,
    `${formatTokens(t.totalTokens)} tokens`,
    `${plural(t.sessions, 'session')} in ${plural(t.prs, 'PR')} by ${plural(t.developers, 'developer')}`,
    `${usd(t.costPerSessionUsd ?? 0)} per session`,
    `cache hit ${formatPercent(t.cacheHitRate)}`,
  ];
  if (report.currency !== null)
    facts.push(`${local(report, t.costUsd)} at ${report.currency.perUsd} ${report.currency.code}/USD`);
  const lines = [
    title,
    '',
    facts.join(' · '),
    '',
    `${when} Against ${md(p.previous.label)}: **${usdChange(report.change.costUsd)}**.`,
  ];
  const over = report.budgets.overruns.filter((o) => o.status === 'over').length;
  if (over > 0) lines.push('', `${STATUS_TEXT.over}: ${plural(over, 'PR')} over budget (see Budgets).`);
  if (t.costIsLowerBound) {
    lines.push(
      '',
      `> [!WARNING]\n> ${formatTokens(t.unpricedTokens)} tokens are on models the price book does not know, so the cost is a lower bound.`,
    );
  }
  return lines.join('\n');
}

function changeTable(report: PeriodReport): string {
  const c = report.change;
  const t = report.totals;
  const b = report.previousTotals;
  const rate = (r: number | null) => formatPercent(r);
  const rows = [
    ['Cost', usd(t.costUsd, t.costIsLowerBound), usd(b.costUsd, b.costIsLowerBound), usdChange(c.costUsd)],
    ['Sessions', formatInteger(t.sessions), formatInteger(b.sessions), countChange(c.sessions)],
    ['PRs', formatInteger(t.prs), formatInteger(b.prs), countChange(c.prs)],
    ['Cost per session', nullable(t.costPerSessionUsd), nullable(b.costPerSessionUsd), usdChange(c.costPerSessionUsd)],
    ['Tokens', formatTokens(t.totalTokens), formatTokens(b.totalTokens), tokensChange(c.totalTokens)],
    ['Cache hit', rate(t.cacheHitRate), rate(b.cacheHitRate), pointsChange(c.cacheHitRate)],
  ];
  return [
    '#### Against the previous period',
    '',
    markdownTable([['', md(report.period.label), md(report.period.previous.label), 'Change'], ...rows], {
      align: ['l', 'r', 'r', 'r'],
    }),
  ].join('\n');
}

function modelSection(report: PeriodReport): string {
  const priced = report.byModel.filter((m) => m.costUsd !== null);
  const chart = priced.some((m) => (m.costUsd ?? 0) >= 0.005)
    ? mermaidPie(
        'Spend by model (USD)',
        priced.map((m) => ({ label: m.key ?? '', value: m.costUsd ?? 0 })),
      )
    : '';
  const rows = report.byModel.map((m) => [
    md(m.key ?? '', 60),
    formatInteger(m.sessions),
    formatTokens(m.totalTokens),
    formatPercent(m.cacheHitRate),
    m.costUsd === null ? 'unpriced' : usd(m.costUsd),
    shareText(m.share),
    rowChange(m.costUsd, m.previousCostUsd),
  ]);
  const table = markdownTable([['Model', 'Sessions', 'Tokens', 'Cache hit', 'Cost', 'Share', 'vs previous'], ...rows], {
    align: ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
  });
  return ['#### Spend by model', '', ...(chart === '' ? [] : [chart, '']), table].join('\n');
}

function weekSection(report: PeriodReport): string {
  const chart = mermaidBars(
    'Spend by week (USD)',
    report.byWeek.map((w) => ({ label: w.week, value: w.costUsd })),
    'USD',
  );
  const rows = report.byWeek.map((w) => [
    w.week,
    w.start === w.end ? w.start : `${w.start} to ${w.end}`,
    formatInteger(w.sessions),
    formatTokens(w.totalTokens),
    usd(w.costUsd),
  ]);
  const table = markdownTable([['Week', 'Days', 'Sessions', 'Tokens', 'Cost'], ...rows], {
    align: ['l', 'l', 'r', 'r', 'r'],
  });
  return ['#### Spend by week', '', chart, '', table].join('\n');
}

function groupSection(
  heading: string,
  column: string,
  lines: readonly GroupLine[],
  maxRows: number,
  name: (key: string | null) => string,
): string {
  const shown = lines.slice(0, maxRows);
  const rows = shown.map((g) => [
    name(g.key),
    formatInteger(g.sessions),
    formatInteger(g.prs),
    formatTokens(g.totalTokens),
    formatPercent(g.cacheHitRate),
    g.costUsd === null ? 'unpriced' : usd(g.costUsd),
    g.costPerSessionUsd === null ? '–' : usd(g.costPerSessionUsd),
    shareText(g.share),
    rowChange(g.costUsd, g.previousCostUsd),
  ]);
  const rest = lines.slice(maxRows);
  if (rest.length > 0) {
    const cost = rest.reduce((n, g) => n + (g.costUsd ?? 0), 0);
    rows.push([
      `${rest.length} more`,
      formatInteger(rest.reduce((n, g) => n + g.sessions, 0)),
      '',
      '',
      '',
      usd(cost),
      '',
      '',
      '',
    ]);
  }
  return [
    `#### ${heading}`,
    '',
    markdownTable(
      [[column, 'Sessions', 'PRs', 'Tokens', 'Cache hit', 'Cost', 'Per session', 'Share', 'vs previous'], ...rows],
      {
        align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      },
    ),
  ].join('\n');
}

function topPrs(report: PeriodReport): string {
  if (report.topPrs.length === 0) return '';
  const rows = report.topPrs.map((p) => [
    prLabel(p.pr),
    p.title === null ? '–' : md(p.title, 60),
    p.branch === null ? '–' : md(p.branch, 40),
    md(p.taskKind, 40),
    p.developers.map((d) => md(d, 40)).join(', ') || '–',
    formatInteger(p.sessions),
    usd(p.costUsd, p.costIsLowerBound),
    STATUS_TEXT[p.status],
  ]);
  return [
    '#### Top PRs',
    '',
    markdownTable([['PR', 'Title', 'Branch', 'Kind', 'Developers', 'Sessions', 'Cost', 'Budget'], ...rows], {
      align: ['l', 'l', 'l', 'l', 'l', 'r', 'r', 'l'],
    }),
  ].join('\n');
}

function topSessions(report: PeriodReport): string {
  const rows = report.topSessions.map((s) => [
    md(s.sessionId.slice(0, 8)),
    s.developer === null ? '–' : md(s.developer, 40),
    s.pr === null ? '–' : prLabel(s.pr),
    md(s.taskKind, 40),
    s.taskRef === null ? '–' : md(s.taskRef, 40),
    s.models.map((m) => md(m.model, 60)).join(', '),
    s.scope,
    usd(s.costUsd, s.unpricedTokens > 0),
    formatPercent(s.cacheHitRate),
  ]);
  return [
    '#### Top sessions',
    '',
    markdownTable([['Session', 'Developer', 'PR', 'Kind', 'Ref', 'Models', 'Scope', 'Cost', 'Cache hit'], ...rows], {
      align: ['l', 'l', 'l', 'l', 'l', 'l', 'l', 'r', 'r'],
    }),
  ].join('\n');
}

function nullable(value: number | null): string {
  return value === null ? '–' : usd(value);
}
