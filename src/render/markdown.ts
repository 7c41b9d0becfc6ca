import { markdownTable } from 'markdown-table';
import type { Report } from '../report/types.js';
import { md } from './escape.js';
import { formatInteger, formatMinutes, formatPercent, formatTokens, formatUsd } from './format.js';
import { renderAdvice, renderBaseline, renderBudgetHeadline, renderLocalTotal } from './policy.js';

export interface MarkdownOptions {
  /** Show at most this many skipped-line entries; the rest are counted. */
  maxSkipped?: number;
  /** Show at most this many sessions; the rest are summed in one row. */
  maxSessions?: number;
  /** Sections rendered by the caller (e.g. the change since the previous push), before the footer. */
  beforeFooter?: readonly string[];
}

/** The PR comment body (also the CLI's default output and the job summary). */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const parts = [headline(report), renderBudgetHeadline(report)];
  if (report.sessions.length > 0) {
    parts.push(modelTable(report), sessionTable(report, options.maxSessions ?? 50));
  }
  parts.push(renderBaseline(report, options.maxSessions ?? 50), renderAdvice(report));
  parts.push(dataNotes(report, options.maxSkipped ?? 20), ...(options.beforeFooter ?? []));
  parts.push(`<sub>${md(report.generator)} · prices as of ${md(report.priceBook.asOf)}</sub>`);
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}

function headline(report: Report): string {
  const t = report.totals;
  if (t.sessions === 0) return '### Claude Code cost\n\nNo Claude Code sessions in this change.';
  const cost = `${formatUsd(t.costUsd)}${t.costIsLowerBound ? '+' : ''}`;
  const facts = [
    `**${cost}**`,
    `${formatTokens(t.totalTokens)} tokens`,
    `${t.sessions} session${t.sessions === 1 ? '' : 's'}`,
    `${t.requests} request${t.requests === 1 ? '' : 's'}`,
    `cache hit ${formatPercent(t.cacheHitRate)}`,
  ];
  const local = renderLocalTotal(report);
  if (local !== '') facts.push(local);
  const lines = [`### Claude Code cost: ${cost}`, '', facts.join(' · ')];
  if (t.costIsLowerBound) {
    lines.push(
      '',
      `> [!WARNING]\n> ${formatTokens(t.unpricedTokens)} tokens are on models the price book does not know, so the cost is a lower bound.`,
    );
  }
  return lines.join('\n');
}

function modelTable(report: Report): string {
  const rows = report.models.map((m) => [
    md(m.model),
    formatInteger(m.requests),
    formatTokens(m.inputTokens),
    formatTokens(m.outputTokens),
    formatTokens(m.cacheWrite5mTokens + m.cacheWrite1hTokens),
    formatTokens(m.cacheReadTokens),
    formatPercent(m.cacheHitRate),
    m.costUsd === null ? 'unpriced' : formatUsd(m.costUsd),
  ]);
  return [
    '#### By model',
    '',
    markdownTable(
      [['Model', 'Requests', 'Input', 'Output', 'Cache write', 'Cache read', 'Cache hit', 'Cost'], ...rows],
      { align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'] },
    ),
  ].join('\n');
}

function sessionTable(report: Report, max: number): string {
  const scopes = new Map((report.baseline?.sessions ?? []).map((b) => [b.sessionId, b.scope]));
  const shown = report.sessions
    .slice()
    .sort((a, b) => b.costUsd - a.costUsd)
    .slice(0, max);
  const rows = shown.map((s) => [
    md(s.sessionId.slice(0, 8)),
    s.developer === null ? '–' : md(s.developer, 40),
    s.models.map((m) => md(m, 60)).join(', '),
    formatMinutes(s.durationMinutes),
    formatInteger(s.turns),
    formatTokens(s.peakContextTokens),
    scopes.get(s.sessionId) ?? s.scope ?? '–',
    `${formatUsd(s.costUsd)}${s.unpricedTokens > 0 ? '+' : ''}`,
    formatPercent(s.cacheHitRate),
  ]);
  const hidden = report.sessions.length - shown.length;
  if (hidden > 0) {
    const rest = report.sessions
      .slice()
      .sort((a, b) => b.costUsd - a.costUsd)
      .slice(max);
    const cost = rest.reduce((sum, s) => sum + s.costUsd, 0);
    rows.push([`${hidden} more`, '', '', '', '', '', '', formatUsd(cost), '']);
  }
  return [
    '#### By session',
    '',
    markdownTable(
      [['Session', 'Developer', 'Models', 'Duration', 'Turns', 'Peak context', 'Scope', 'Cost', 'Cache hit'], ...rows],
      { align: ['l', 'l', 'l', 'r', 'r', 'r', 'l', 'r', 'r'] },
    ),
  ].join('\n');
}

function dataNotes(report: Report, maxSkipped: number): string {
  const lines: string[] = [];
  for (const u of report.unpriced) {
    lines.push(
      `- Unpriced: ${md(u.model)} (${md(u.reason)}): ${formatTokens(u.tokens)} tokens in ${formatInteger(u.requests)} requests, not included in the cost.`,
    );
  }
  for (const note of report.notes) lines.push(`- ${md(note, 400)}`);
  if (report.skipped.length > 0) {
    lines.push(
      `- ${formatInteger(report.skipped.length)} input line${report.skipped.length === 1 ? '' : 's'} could not be used:`,
    );
    for (const s of report.skipped.slice(0, maxSkipped)) {
      lines.push(`  - ${md(s.file, 200)}${s.line > 0 ? ` line ${s.line}` : ''}: ${md(s.reason, 200)}`);
    }
    if (report.skipped.length > maxSkipped) lines.push(`  - and ${report.skipped.length - maxSkipped} more`);
  }
  lines.push(
    `- Prices: the claude-cost price book as of ${md(report.priceBook.asOf)} (\`claude-cost prices\` lists it).`,
  );
  return ['<details><summary>Data notes</summary>', '', ...lines, '', '</details>'].join('\n');
}
