/**
 * Calendar dates (`YYYY-MM-DD`) and instants in an IANA time zone, with the runtime's own zone
 * data (Intl.DateTimeFormat): no tz library, and no dependence on the machine's TZ.
 * Date arithmetic is done on UTC midnights, where every day has 24 hours.
 */

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The zone's canonical name (`utc` → `UTC`); throws RangeError for a name the runtime does not know. */
export function canonicalTimeZone(zone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const clockFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(zone: string): Intl.DateTimeFormat {
  let format = dateFormats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(zone, format);
  }
  return format;
}

function parts(format: Intl.DateTimeFormat, ms: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of format.formatToParts(ms)) if (part.type !== 'literal') out[part.type] = Number(part.value);
  return out;
}

/** The calendar date an instant falls on in `zone`. */
export function localDateOf(ms: number, zone: string): string {
  const p = parts(dateFormat(zone), ms);
  return dateString(p.year ?? 1970, p.month ?? 1, p.day ?? 1);
}

/** How far `zone`'s wall clock is ahead of UTC at the instant `ms`. */
function offsetAt(ms: number, zone: string): number {
  let format = clockFormats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    clockFormats.set(zone, format);
  }
  const p = parts(format, ms);
  const wall = Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a local day begins in `zone`. Two passes, because the offset at the guess can differ
 * from the offset at the answer around a DST change; where midnight does not exist, the day
 * begins at the first instant after the gap.
 */
export function startOfLocalDay(date: string, zone: string): number {
  const guess = utcMidnight(date);
  const first = guess - offsetAt(guess, zone);
  const second = guess - offsetAt(first, zone);
  return localDateOf(second, zone) === date ? second : first;
}

export function isDate(text: string): boolean {
  const m = DATE.exec(text);
  if (m === null) return false;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(ms).toISOString().slice(0, 10) === text;
}

export function utcMidnight(date: string): number {
  const m = DATE.exec(date);
  if (m === null) throw new Error(`not a calendar date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function dateString(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(utcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `a` to `b` (`b` − `a`). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utcMidnight(b) - utcMidnight(a)) / DAY_MS);
}

export function lastDayOfMonth(year: number, month: number): string {
  return dateString(year, month + 1, 0);
}

/** ISO 8601 week: weeks start on Monday, and week 1 is the week holding the year's first Thursday. */
export function isoWeekOf(date: string): { year: number; week: number } {
  const ms = utcMidnight(date);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  const thursday = new Date(ms + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return { year, week };
}

export function isoWeekLabel(date: string): string {
  const { year, week } = isoWeekOf(date);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** 52 or 53: 28 December is always in the year's last ISO week. */
export function isoWeeksInYear(year: number): number {
  return isoWeekOf(dateString(year, 12, 28)).week;
}

/** The Monday that starts ISO week `week` of `year`. */
export function isoWeekStart(year: number, week: number): string {
  const jan4 = dateString(year, 1, 4);
  const weekday = (new Date(utcMidnight(jan4)).getUTCDay() + 6) % 7;
  return addDays(jan4, (week - 1) * 7 - weekday);
}
