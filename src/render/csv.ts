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
  const rows = [COLUMNS.join(',')];
  for (const session of report.sessions) {
    rows.push(COLUMNS.map((column) => csvField(session[column])).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}

function csvField(value: SessionLine[keyof SessionLine]): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  let text = Array.isArray(value) ? value.join(' ') : String(value);
  // A cell starting with = + - @ (or tab/CR) is run as a formula by spreadsheets.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
