import type { PeriodReport, PeriodSession } from '../period/types.js';
import { csvDocument, csvField } from './csv.js';

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
  return csvDocument(
    SESSION_COLUMNS,
    report.sessions.map((session) =>
      SESSION_COLUMNS.map((column) =>
        csvField(column === 'models' ? session.models.map((m) => m.model) : session[column]),
      ),
    ),
  );
}
