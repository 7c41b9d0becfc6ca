import { describe, expect, it } from 'vitest';
import { isoWeekOf, isoWeeksInYear, localDateOf, startOfLocalDay } from '../../src/period/calendar.js';
import { sessionDate } from '../../src/period/build.js';
import { PeriodSpecError, previousPeriod, resolvePeriod } from '../../src/period/resolve.js';
import { record } from '../policy/fixtures.js';

const NOW = new Date('2026-11-05T12:00:00Z');

describe('resolvePeriod', () => {
  it('a month is its local days, from local midnight to local midnight', () => {
    expect(resolvePeriod('2026-10', 'UTC', NOW)).toEqual({
      kind: 'month',
      label: '2026-10',
      timeZone: 'UTC',
      start: '2026-10-01',
      end: '2026-10-31',
      days: 31,
      startUtc: '2026-10-01T00:00:00.000Z',
      endUtc: '2026-11-01T00:00:00.000Z',
    });
    const hk = resolvePeriod('2026-10', 'Asia/Hong_Kong', NOW);
    expect([hk.startUtc, hk.endUtc]).toEqual(['2026-09-30T16:00:00.000Z', '2026-10-31T16:00:00.000Z']);
    expect(resolvePeriod('2028-02', 'UTC', NOW)).toMatchObject({ end: '2028-02-29', days: 29 });
  });

  it('follows daylight saving time at both ends of a month', () => {
    // New York leaves DST on 1 November 2026: the month starts at UTC−4 and ends at UTC−5.
    const ny = resolvePeriod('2026-11', 'America/New_York', NOW);
    expect([ny.startUtc, ny.endUtc]).toEqual(['2026-11-01T04:00:00.000Z', '2026-12-01T05:00:00.000Z']);
    const berlin = resolvePeriod('2026-03', 'Europe/Berlin', NOW);
    expect([berlin.startUtc, berlin.endUtc]).toEqual(['2026-02-28T23:00:00.000Z', '2026-03-31T22:00:00.000Z']);
  });

  it('an ISO week runs Monday to Sunday, week 1 holding the first Thursday', () => {
    expect(resolvePeriod('2026-W44', 'UTC', NOW)).toMatchObject({
      kind: 'week',
      label: '2026-W44',
      start: '2026-10-26',
      end: '2026-11-01',
      days: 7,
    });
    // 2025-W01 starts in December 2024; 2026 has a week 53 that ends in January 2027.
    expect(resolvePeriod('2025-W01', 'UTC', NOW)).toMatchObject({ start: '2024-12-30', end: '2025-01-05' });
    expect(resolvePeriod('2026-W53', 'UTC', NOW)).toMatchObject({ start: '2026-12-28', end: '2027-01-03' });
    expect(resolvePeriod('2026-w05', 'UTC', NOW).label).toBe('2026-W05');
    expect(isoWeeksInYear(2026)).toBe(53);
    expect(isoWeeksInYear(2025)).toBe(52);
    expect(isoWeekOf('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf('2024-12-30')).toEqual({ year: 2025, week: 1 });
  });

  it('the previous period is the previous month, week, or as many days just before', () => {
    expect(previousPeriod(resolvePeriod('2026-01', 'UTC', NOW))).toMatchObject({
      label: '2025-12',
      start: '2025-12-01',
      end: '2025-12-31',
    });
    expect(previousPeriod(resolvePeriod('2027-W01', 'UTC', NOW))).toMatchObject({
      label: '2026-W53',
      start: '2026-12-28',
    });
    expect(previousPeriod(resolvePeriod('2026-W01', 'UTC', NOW))).toMatchObject({
      label: '2025-W52',
      start: '2025-12-22',
    });
    const range = resolvePeriod({ since: '2026-10-10', until: '2026-10-19' }, 'UTC', NOW);
    expect(range).toMatchObject({ kind: 'range', label: '2026-10-10..2026-10-19', days: 10 });
    expect(previousPeriod(range)).toMatchObject({ start: '2026-09-30', end: '2026-10-09', days: 10 });
  });

  it('without a period it is the previous calendar month where the team is', () => {
    // 02:00 UTC on 1 November is already November in Hong Kong, still October in Los Angeles.
    const now = new Date('2026-11-01T02:00:00Z');
    expect(resolvePeriod(undefined, 'Asia/Hong_Kong', now).label).toBe('2026-10');
    expect(resolvePeriod(undefined, 'America/Los_Angeles', now).label).toBe('2026-09');
    expect(resolvePeriod(undefined, 'UTC', new Date('2027-01-15T00:00:00Z')).label).toBe('2026-12');
    expect(resolvePeriod({ since: '2026-11-01' }, 'UTC', NOW)).toMatchObject({ end: '2026-11-05' });
  });

  it('refuses what it cannot read, saying what to write', () => {
    const bad =
      (spec: Parameters<typeof resolvePeriod>[0], zone = 'UTC') =>
      () =>
        resolvePeriod(spec, zone, NOW);
    expect(bad('2026-13')).toThrow(/not a month/);
    expect(bad('2026-W54')).toThrow(/2026 has ISO weeks 01 to 53/);
    expect(bad('2025-W53')).toThrow(/2025 has ISO weeks 01 to 52/);
    expect(bad('october')).toThrow(PeriodSpecError);
    expect(bad('2026-10', 'Mars/Olympus')).toThrow(/not an IANA time zone/);
    expect(bad({ since: '2026-10-31', until: '2026-10-01' })).toThrow(/before --since/);
    expect(bad({ since: '2026-02-30', until: '2026-03-01' })).toThrow(/--since must be a date/);
  });

  it('canonicalises the zone name', () => {
    expect(resolvePeriod('2026-10', 'utc', NOW).timeZone).toBe('UTC');
  });
});

describe('the day a session counts on', () => {
  it('is its start in the period time zone', () => {
    const late = record({ startedAt: '2026-10-31T23:30:00.000Z' });
    expect(sessionDate(late, 'UTC')).toBe('2026-10-31');
    expect(sessionDate(late, 'Asia/Hong_Kong')).toBe('2026-11-01');
    expect(sessionDate(late, 'America/Los_Angeles')).toBe('2026-10-31');
    expect(sessionDate(record({ startedAt: '2026-10-01T03:00:00.000Z' }), 'America/Los_Angeles')).toBe('2026-09-30');
  });

  it('without a start, is its first usage day', () => {
    const r = record({ startedAt: undefined });
    r.usage = [
      { ...(r.usage[0] as (typeof r.usage)[number]), day: '2026-10-05' },
      { ...(r.usage[0] as (typeof r.usage)[number]), day: '2026-10-03', origin: 'subagent' },
    ];
    expect(sessionDate(r, 'Asia/Hong_Kong')).toBe('2026-10-03');
    expect(sessionDate({ ...r, usage: [] }, 'UTC')).toBeNull();
  });

  it('local midnight is found across a DST gap', () => {
    expect(new Date(startOfLocalDay('2026-03-29', 'Europe/London')).toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(new Date(startOfLocalDay('2026-03-30', 'Europe/London')).toISOString()).toBe('2026-03-29T23:00:00.000Z');
    expect(localDateOf(Date.parse('2026-03-29T23:30:00Z'), 'Europe/London')).toBe('2026-03-30');
  });
});
