import type { Report } from '../report/types.js';
import { renderMarkdown, type MarkdownOptions } from '../render/markdown.js';
import { md } from '../render/escape.js';
import { formatPercent, formatTokens, formatUsd } from '../render/format.js';
import { describeBudgetStatus, type BudgetStatus } from './budget.js';
import { DATA_LEVELS, encodeCommentData, withoutDetail, type CommentData, type DataLevel } from './comment-data.js';

/**
 * The sticky comment's text. It starts with a hidden, versioned marker naming the report key;
 * the comment is found again by that marker *at the start of the body* and by our own bot login,
 * so neither another user's comment nor text inside a record can pose as it (record text is
 * escaped by `md()`, which turns `<` into `&lt;`).
 */
export function markerFor(reportKey: string): string {
  return `<!-- claude-cost:v1 key=${reportKey} -->`;
}

/** GitHub refuses bodies over 65,536 characters; stay below with room for its own counting. */
export const COMMENT_MAX_CHARS = 65_000;
/** GitHub shows at most 1 MiB of job summary per step. */
export const SUMMARY_MAX_BYTES = 1_000_000;

/** The run link changes on every run; it is left out when deciding whether an edit is needed. */
const RUN_LINE_PREFIX = '<sub>Posted by ';

/** From most to least detail. The headline and verdict are in every level. */
const DETAIL_LEVELS: readonly Required<Pick<MarkdownOptions, 'maxSessions' | 'maxSkipped'>>[] = [
  { maxSessions: 50, maxSkipped: 20 },
  { maxSessions: 20, maxSkipped: 10 },
  { maxSessions: 10, maxSkipped: 3 },
  { maxSessions: 3, maxSkipped: 0 },
  { maxSessions: 0, maxSkipped: 0 },
];

export interface CommentInput {
  reportKey: string;
  report: Report;
  budgetStatus: BudgetStatus;
  /** The "since the previous push" section, already rendered from our own numbers. */
  change: string | undefined;
  data: CommentData;
  runUrl: string | undefined;
}

export function renderCommentBody(input: CommentInput, maxChars = COMMENT_MAX_CHARS): string {
  // The hidden per-session numbers go before any row a reader sees; then rows, level by level.
  for (const options of DETAIL_LEVELS) {
    const markdown = renderMarkdown(input.report, {
      ...options,
      beforeFooter: input.change === undefined ? [] : [input.change],
    });
    for (const dataLevel of DATA_LEVELS) {
      const body = assemble(input, markdown, dataLevel);
      if (body.length <= maxChars) return body;
    }
  }
  return renderMinimalBody(input);
}

/**
 * The last resort, built from numbers only (a hostile PR can make even the model table huge):
 * the headline and the verdict, and where the details went.
 */
export function renderMinimalBody(input: CommentInput): string {
  const markdown = `${headlineOnly(input.report, input.budgetStatus)}\n\nThe full report is too long for a comment; it is in the job summary${input.runUrl === undefined ? '' : ` of the [workflow run](${input.runUrl})`}.\n`;
  return assemble(input, markdown, 3);
}

/** The whole body for a PR that adds no records: the check passes with one line. */
export function renderNoRecordsBody(input: Omit<CommentInput, 'report' | 'change'>): string {
  const parts = [markerFor(input.reportKey), 'No Claude Code sessions in this PR.'];
  if (input.runUrl !== undefined) parts.push(runLine(input.runUrl));
  parts.push(encodeCommentData(withoutDetail(input.data, 3)));
  return `${parts.join('\n\n')}\n`;
}

function assemble(input: CommentInput, markdown: string, dataLevel: DataLevel): string {
  const parts = [markerFor(input.reportKey), markdown.trimEnd()];
  if (input.runUrl !== undefined) parts.push(runLine(input.runUrl));
  parts.push(encodeCommentData(withoutDetail(input.data, dataLevel)));
  return `${parts.join('\n\n')}\n`;
}

/** The footer line with the run link; `sameContent` ignores it. */
export function runLine(runUrl: string): string {
  return `${RUN_LINE_PREFIX}[this workflow run](${runUrl})</sub>`;
}

function headlineOnly(report: Report, status: BudgetStatus): string {
  const t = report.totals;
  const cost = `${formatUsd(t.costUsd)}${t.costIsLowerBound ? '+' : ''}`;
  const verdict = describeBudgetStatus(status);
  const facts = [
    `**${cost}**`,
    `${formatTokens(t.totalTokens)} tokens`,
    `${t.sessions} session${t.sessions === 1 ? '' : 's'}`,
    `cache hit ${formatPercent(t.cacheHitRate)}`,
  ];
  if (verdict !== undefined) facts.push(`**${verdict}**`);
  const lines = [`### Claude Code cost: ${cost}`, '', facts.join(' · ')];
  // Why the verdict is what it is: a few sentences the policy wrote, bounded and escaped.
  const reasons = report.budget?.reasons ?? [];
  if (reasons.length > 0) lines.push('', ...reasons.slice(0, 5).map((reason) => `- ${md(reason, 300)}`));
  if (t.costIsLowerBound)
    lines.push(
      '',
      `${formatTokens(t.unpricedTokens)} tokens are on models the price book does not know: the cost is a lower bound.`,
    );
  return lines.join('\n');
}

/** Two bodies that differ only in the run link say the same thing: no edit, no notification. */
export function sameContent(a: string, b: string): boolean {
  const strip = (body: string) =>
    body
      .replace(/\r\n/g, '\n')
      .split('\n')
      .filter((line) => !line.startsWith(RUN_LINE_PREFIX))
      .join('\n')
      .trim();
  return strip(a) === strip(b);
}

export function renderNoRecordsSummary(notices: readonly string[]): string {
  return (
    [...['### Claude Code cost', 'No Claude Code sessions in this PR.'], ...notices.map(warningBlock)].join('\n\n') +
    '\n'
  );
}

function warningBlock(notice: string): string {
  return `> [!WARNING]\n> ${notice}`;
}

/** The job summary: the same report, plus any warnings the run wants a reader to see. */
export function renderSummary(
  report: Report,
  budgetStatus: BudgetStatus,
  change: string | undefined,
  notices: readonly string[],
  maxBytes = SUMMARY_MAX_BYTES,
): string {
  const extra = [...(change === undefined ? [] : [change]), ...notices.map(warningBlock)];
  for (const options of DETAIL_LEVELS) {
    const text = [renderMarkdown(report, options).trimEnd(), ...extra].join('\n\n') + '\n';
    if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  }
  return (
    [
      headlineOnly(report, budgetStatus),
      'The full report is too large for the job summary; it is in the JSON report (output `report-path`).',
      ...extra,
    ].join('\n\n') + '\n'
  );
}
