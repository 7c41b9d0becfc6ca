import type { Report, SessionLine } from '../report/types.js';

const COLUMNS = [
  'sessionId',
  'branch',
  'developer',
  'task',
  'scope',
  'startedAt',
  'endedAt',
  'durationMinutes',
  'turns',
  'requests',
  'compactions',
  'peakContextTokens',
  'models',
  'inputTokens',
  'outputTokens',
  'cacheWrite5mTokens',
  'cacheWrite1hTokens',
  'cacheReadTokens',
  'webSearchRequests',
  'totalTokens',
  'cacheHitRate',
  'costUsd',
  'unpricedTokens',
  'reportedCostUsd',
  'source',
] as const satisfies ReadonlyArray<keyof SessionLine>;

/** One row per session, RFC 4180 (CRLF line ends, quotes doubled). */
export function renderCsv(report: Report): string {
  return csvDocument(
    COLUMNS,
    report.sessions.map((session) => COLUMNS.map((column) => csvField(session[column]))),
  );
}

/** One RFC 4180 field; a cell that a spreadsheet would run as a formula is neutralised. */
export function csvField(value: string | number | readonly string[] | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  let text = typeof value === 'string' ? value : value.join(' ');
  // A cell starting with = + - @ (or tab/CR) is run as a formula by spreadsheets.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Header and rows joined with CRLF, as RFC 4180 has it. */
export function csvDocument(header: readonly string[], rows: readonly string[][]): string {
  return `${[header.join(','), ...rows.map((r) => r.join(','))].join('\r\n')}\r\n`;
}
