import { describe, expect, it } from 'vitest';
import { bucketKeyString, type UsageBucket } from '../../src/records/schema.js';
import { mergeRecords } from '../../src/records/write.js';
import { bucket, record } from './fixtures.js';

const sorted = (usage: UsageBucket[]): UsageBucket[] =>
  [...usage].sort((a, b) => (bucketKeyString(a) < bucketKeyString(b) ? -1 : 1));

const early = record({
  usage: [bucket({ requests: 5, outputTokens: 1_000 }), bucket({ day: '2026-11-17', requests: 2 })],
  turns: 3,
  compactions: 1,
  peakContextTokens: 120_000,
  task: { kind: 'bugfix', ref: 'ENG-7' },
  scope: 'scoped',
  developer: 'dev@example.com',
  startedAt: '2026-11-17T22:00:00.000Z',
  endedAt: '2026-11-18T09:30:00.000Z',
  reported: { costUsd: 1.25, costBasis: 'claude-code' },
  source: {
    format: 'transcript',
    files: 2,
    linesRead: 50,
    duplicatesDropped: 9,
    skipped: [{ reason: 'line is not valid JSON', count: 2 }],
  },
});
const later = record({
  usage: [bucket({ requests: 9, outputTokens: 3_000 }), bucket({ model: 'claude-haiku-4-5-20251001', requests: 1 })],
  turns: 6,
  startedAt: '2026-11-18T09:00:00.000Z',
  endedAt: '2026-11-18T11:00:00.000Z',
  reported: { costUsd: 2.5, costBasis: 'claude-code' },
  source: {
    format: 'transcript',
    files: 1,
    linesRead: 120,
    duplicatesDropped: 4,
    skipped: [{ reason: 'line is not valid JSON', count: 1 }],
  },
});

describe('mergeRecords', () => {
  it('is idempotent', () => {
    expect(mergeRecords(early, early)).toStrictEqual(early);
    expect(mergeRecords(later, later)).toStrictEqual(later);
  });

  it('is commutative on the buckets', () => {
    expect(sorted(mergeRecords(early, later).usage)).toEqual(sorted(mergeRecords(later, early).usage));
  });

  it('keeps the fuller bucket per key and every bucket only one side has', () => {
    const merged = mergeRecords(early, later);
    expect(sorted(merged.usage)).toEqual(
      sorted([
        bucket({ requests: 9, outputTokens: 3_000 }),
        bucket({ day: '2026-11-17', requests: 2 }),
        bucket({ model: 'claude-haiku-4-5-20251001', requests: 1 }),
      ]),
    );
    expect(merged.requests).toBe(12);
  });

  it('never loses data when the re-recording has less', () => {
    const less = record({
      usage: [bucket({ requests: 1, outputTokens: 10 })],
      turns: 1,
      compactions: 0,
      peakContextTokens: 5,
    });
    const merged = mergeRecords(early, less);
    expect(sorted(merged.usage)).toEqual(sorted(early.usage));
    expect(merged).toMatchObject({ turns: 3, compactions: 1, peakContextTokens: 120_000, requests: early.requests });
  });

  it('breaks a tie in token totals by the other counts, whichever side it is on', () => {
    const a = bucket({ requests: 3 });
    const b = bucket({ requests: 4 });
    expect(mergeRecords(record({ usage: [a] }), record({ usage: [b] })).usage).toEqual([b]);
    expect(mergeRecords(record({ usage: [b] }), record({ usage: [a] })).usage).toEqual([b]);
  });

  it('widens the time span, keeps declared facts the re-recording lacks, and maxes the source counters', () => {
    const merged = mergeRecords(early, later);
    expect(merged).toMatchObject({
      startedAt: '2026-11-17T22:00:00.000Z',
      endedAt: '2026-11-18T11:00:00.000Z',
      turns: 6,
      compactions: 1,
      peakContextTokens: 120_000,
      task: { kind: 'bugfix', ref: 'ENG-7' },
      scope: 'scoped',
      developer: 'dev@example.com',
      reported: { costUsd: 2.5, costBasis: 'claude-code' },
      source: {
        format: 'transcript',
        files: 2,
        linesRead: 120,
        duplicatesDropped: 9,
        // The later reading saw 120 lines to the earlier 50: its view of the bad lines wins.
        skipped: [{ reason: 'line is not valid JSON', count: 1 }],
      },
    });
  });

  it('forgets a last line that was cut mid-write once a fuller reading found it whole', () => {
    const cut = {
      ...early,
      source: { ...early.source, linesRead: 60, skipped: [{ reason: 'truncated last line', count: 1 }] },
    };
    const whole = { ...early, source: { ...early.source, linesRead: 61, skipped: [] } };
    expect(mergeRecords(cut, whole).source.skipped).toEqual([]);
    expect(mergeRecords(whole, cut).source.skipped).toEqual([]);
    // Two readings of the same extent add their reasons up, whichever comes first.
    const other = { ...cut, source: { ...cut.source, skipped: [{ reason: 'not valid JSON', count: 3 }] } };
    expect(mergeRecords(cut, other).source.skipped).toEqual(mergeRecords(other, cut).source.skipped);
    expect(mergeRecords(cut, other).source.skipped).toHaveLength(2);
  });

  it('lets a newer declaration replace an older one', () => {
    const merged = mergeRecords(early, record({ ...later, scope: 'open-ended', task: { kind: 'feature' } }));
    expect(merged).toMatchObject({ scope: 'open-ended', task: { kind: 'feature' } });
  });

  it('compares times as instants, not strings', () => {
    const a = record({ startedAt: '2026-11-18T09:00:00+02:00' }); // 07:00Z
    const b = record({ startedAt: '2026-11-18T08:00:00.000Z' });
    expect(mergeRecords(b, a).startedAt).toBe('2026-11-18T09:00:00+02:00');
  });
});
