import { PERIOD_SESSION_SCHEMA, type PeriodReport, type PeriodSession } from '../period/types.js';

/**
 * One line of sessions.ndjson (`claude-cost/period-session@1`): a period session with where it
 * came from, so files from many repositories and months can be loaded into one table. Fields are
 * flat except `models`; every field is always present (null when unknown). The schema is
 * documented in the README ("Period reports → sessions.ndjson"); a new field is a new version.
 */
export interface NdjsonSession extends Omit<PeriodSession, 'models'> {
  schema: typeof PERIOD_SESSION_SCHEMA;
  repository: string | null;
  period: string;
  timeZone: string;
  models: PeriodSession['models'];
}

export function sessionRow(report: PeriodReport, session: PeriodSession): NdjsonSession {
  return {
    schema: PERIOD_SESSION_SCHEMA,
    repository: report.repository,
    period: report.period.label,
    timeZone: report.period.timeZone,
    ...session,
  };
}

/** sessions.ndjson: one JSON object per line, LF line ends, no trailing blank line. */
export function renderSessionsNdjson(report: PeriodReport): string {
  return report.sessions.map((s) => `${JSON.stringify(sessionRow(report, s))}\n`).join('');
}
