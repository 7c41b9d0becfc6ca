import {
  addDays,
  canonicalTimeZone,
  daysBetween,
  isDate,
  isoWeekOf,
  isoWeeksInYear,
  isoWeekStart,
  lastDayOfMonth,
  localDateOf,
  startOfLocalDay,
} from './calendar.js';

/**
 * What a period report covers: whole local days in one IANA time zone, so "October" means October
 * where the team works, not in UTC. A session belongs to the period its start falls in.
 */
export interface Period {
  kind: 'month' | 'week' | 'range';
  /** `2026-10`, `2026-W44`, or `2026-10-01..2026-10-15`. */
  label: string;
  timeZone: string;
  /** First and last local day, both inclusive. */
  start: string;
  end: string;
  days: number;
  /** The instants the period begins and ends (exclusive), in UTC. */
  startUtc: string;
  endUtc: string;
}

/** `2026-10` or `2026-W44`; a date range; or undefined for the previous calendar month. */
export type PeriodSpec = string | { since: string; until?: string | undefined } | undefined;

/** A period the user asked for that cannot be: a usage error, the message says what to write. */
export class PeriodSpecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PeriodSpecError';
  }
}

const MONTH = /^(\d{4})-(\d{2})$/;
const WEEK = /^(\d{4})-W(\d{2})$/i;
const MAX_DAYS = 3_700;

/**
 * Turn what the user wrote into a period. `now` is passed in (the core never reads the clock): the
 * default is the calendar month before the one `now` falls in, in `timeZone`, which is what a
 * report scheduled early in the month wants. A range's `until` is its last day, inclusive, and
 * defaults to today.
 */
export function resolvePeriod(spec: PeriodSpec, timeZone: string, now: Date): Period {
  const zone = checkZone(timeZone);
  const today = localDateOf(now.getTime(), zone);
  if (spec === undefined) {
    const [year, month] = today.split('-').map(Number) as [number, number];
    return monthPeriod(month === 1 ? year - 1 : year, month === 1 ? 12 : month - 1, zone);
  }
  if (typeof spec !== 'string') return rangePeriod(spec.since, spec.until ?? today, zone);
  const month = MONTH.exec(spec);
  if (month !== null) {
    const m = Number(month[2]);
    if (m < 1 || m > 12) throw new PeriodSpecError(`"${spec}" is not a month: write YYYY-MM, e.g. 2026-10`);
    return monthPeriod(Number(month[1]), m, zone);
  }
  const week = WEEK.exec(spec);
  if (week !== null) {
    const year = Number(week[1]);
    const w = Number(week[2]);
    const weeks = isoWeeksInYear(year);
    if (w < 1 || w > weeks) {
      throw new PeriodSpecError(`"${spec.slice(0, 20)}": ${year} has ISO weeks 01 to ${weeks}`);
    }
    const start = isoWeekStart(year, w);
    return period('week', `${year}-W${String(w).padStart(2, '0')}`, start, addDays(start, 6), zone);
  }
  throw new PeriodSpecError(
    `"${spec.slice(0, 40)}" is not a period: write a month (2026-10), an ISO week (2026-W44) or use --since/--until`,
  );
}

/** The period just before: the previous month or week, or as many days as the range, just before it. */
export function previousPeriod(p: Period): Period {
  if (p.kind === 'month') {
    const [year, month] = p.start.split('-').map(Number) as [number, number];
    return monthPeriod(month === 1 ? year - 1 : year, month === 1 ? 12 : month - 1, p.timeZone);
  }
  if (p.kind === 'week') {
    const start = addDays(p.start, -7);
    const { year, week } = isoWeekOf(start);
    return period('week', `${year}-W${String(week).padStart(2, '0')}`, start, addDays(start, 6), p.timeZone);
  }
  return rangePeriod(addDays(p.start, -p.days), addDays(p.start, -1), p.timeZone);
}

export function inPeriod(p: Pick<Period, 'start' | 'end'>, localDate: string): boolean {
  return localDate >= p.start && localDate <= p.end;
}

function checkZone(zone: string): string {
  try {
    return canonicalTimeZone(zone);
  } catch {
    throw new PeriodSpecError(
      `"${zone.slice(0, 60)}" is not an IANA time zone (e.g. UTC, Europe/Berlin, Asia/Hong_Kong)`,
    );
  }
}

function monthPeriod(year: number, month: number, zone: string): Period {
  const start = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
  return period('month', start.slice(0, 7), start, lastDayOfMonth(year, month), zone);
}

function rangePeriod(since: string, until: string, zone: string): Period {
  for (const [flag, value] of [
    ['--since', since],
    ['--until', until],
  ] as const) {
    if (!isDate(value)) throw new PeriodSpecError(`${flag} must be a date, YYYY-MM-DD (got "${value.slice(0, 40)}")`);
  }
  if (until < since) throw new PeriodSpecError(`--until ${until} is before --since ${since}`);
  if (daysBetween(since, until) >= MAX_DAYS) throw new PeriodSpecError(`a period can cover at most ${MAX_DAYS} days`);
  return period('range', `${since}..${until}`, since, until, zone);
}

function period(kind: Period['kind'], label: string, start: string, end: string, zone: string): Period {
  return {
    kind,
    label,
    timeZone: zone,
    start,
    end,
    days: daysBetween(start, end) + 1,
    startUtc: new Date(startOfLocalDay(start, zone)).toISOString(),
    endUtc: new Date(startOfLocalDay(addDays(end, 1), zone)).toISOString(),
  };
}
