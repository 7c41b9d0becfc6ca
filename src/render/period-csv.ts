import type { PeriodReport, PeriodSession } from '../period/types.js';

/** The columns of sessions.csv, in order: the flat fields of a period session. */
export const SESSION_COLUMNS = [
  'sessionId',
  'developer',
  'branch',
  'pr',
  'prTitle',
  'commit',
  'taskKind',
  'taskRef',
  'scope',
  'scopeSource',
  'localDate',
  'week',
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
] as const satisfies ReadonlyArray<keyof PeriodSession>;

/**
 * sessions.csv: one row per session of the period, RFC 4180 (CRLF line ends, fields with a comma,
 * quote or line break quoted, quotes doubled). `models` lists the model ids separated by spaces.
 */
export function renderSessionsCsv(report: PeriodReport): string {
  const rows = [SESSION_COLUMNS.join(',')];
  for (const session of report.sessions) {
    rows.push(
      SESSION_COLUMNS.map((column) =>
        column === 'models' ? csvField(session.models.map((m) => m.model).join(' ')) : csvField(session[column]),
      ).join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}

/** As `claude-cost report --format csv` writes a field: spreadsheet formulas neutralised too. */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  // A cell starting with = + - @ (or tab/CR) is run as a formula by spreadsheets.
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
