import { describe, expect, it } from 'vitest';
import { compareTimes } from '../../../src/ingest/transcript/time.js';

describe('compareTimes', () => {
  const sign = (a: string, b: string): number => Math.sign(compareTimes(a, b));

  it('orders Claude Code times as instants', () => {
    expect(sign('2026-10-06T19:36:43.592Z', '2026-10-06T19:36:43.593Z')).toBe(-1);
    expect(sign('2026-10-07T00:00:00.000Z', '2026-10-06T23:59:59.999Z')).toBe(1);
    expect(sign('2026-10-06T19:36:43.592Z', '2026-10-06T19:36:43.592Z')).toBe(0);
  });

  it('compares other forms by instant, not by text', () => {
    // Text order says the first is later; as instants it is an hour earlier.
    expect(sign('2026-10-06T20:30:00.000+02:00', '2026-10-06T19:30:00.000Z')).toBe(-1);
    expect(sign('2026-10-06T19:30:00Z', '2026-10-06T19:30:00.000Z')).toBe(0);
    expect(sign('2026-10-06T19:30:00.5Z', '2026-10-06T19:30:00.400Z')).toBe(1);
    expect(sign('2026-10-06T21:30:00.000+02:00', '2026-10-06T19:30:00.000Z')).toBe(0);
  });

  it('agrees with Date.parse on every pair of a mixed list', () => {
    const times = [
      '2026-01-01T00:00:00.000Z',
      '2025-12-31T23:59:59.999Z',
      '2026-01-01T01:00:00.000+01:00',
      '2026-01-01T00:00:00Z',
      '2026-06-30T12:00:00.123Z',
      '2026-06-30T12:00:00.123456Z',
      '2026-06-30T08:00:00.123-04:00',
    ];
    for (const a of times) {
      for (const b of times) expect(sign(a, b)).toBe(Math.sign(Date.parse(a) - Date.parse(b)));
    }
  });
});
