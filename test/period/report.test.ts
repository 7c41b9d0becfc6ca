import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { attributionSince, buildPeriodReport } from '../../src/period/build.js';
import { loadPeriodRecords, type LoadedRecords } from '../../src/period/load.js';
import { resolvePeriod } from '../../src/period/resolve.js';
import type { PeriodReport } from '../../src/period/types.js';
import { book, config, dollars, OPUS, record } from '../policy/fixtures.js';
import { makeStoryRepo, RECORDS_DIR, SONNET, STORY_CONFIG } from './story.js';

/** The story (test/period/story.ts) reported for October 2026, from its real git history. */

const NOW = new Date('2026-11-05T00:00:00Z');
let loaded: LoadedRecords;
let october: PeriodReport;

function report(spec: string, zone = 'UTC', dailyLimit = { usd: 10 }): PeriodReport {
  return buildPeriodReport({
    records: loaded.records,
    period: resolvePeriod(spec, zone, NOW),
    config: config(STORY_CONFIG),
    book,
    generator: 'claude-cost test',
    dailyLimit,
    notes: loaded.notes,
  });
}

const costs = <T extends { costUsd: number | null }>(lines: T[], key: (l: T) => unknown) =>
  lines.map((l) => [key(l), l.costUsd === null ? null : Math.round(l.costUsd * 100) / 100]);

beforeAll(async () => {
  const repo = makeStoryRepo();
  loaded = await loadPeriodRecords(join(repo.dir, RECORDS_DIR));
  october = report('2026-10');
});

describe('the October report', () => {
  it('totals: cost, tokens, sessions, PRs, developers, cost per session, cache hit rate', () => {
    const t = october.totals;
    expect(t.costUsd).toBeCloseTo(22.75, 10);
    expect(t.sessions).toBe(10);
    expect(t.prs).toBe(4);
    expect(t.developers).toBe(4);
    expect(t.costPerSessionUsd).toBeCloseTo(2.275, 10);
    // Every session reads 300k of each 416k prompt tokens from cache (test/policy/fixtures.ts).
    expect(t.cacheHitRate).toBeCloseTo(300 / 416, 10);
    expect(t.costIsLowerBound).toBe(false);
    expect(october.sessions.map((s) => s.sessionId.slice(0, 8))).toEqual([
      'cccc0001',
      'cccc0002',
      'cccc0003',
      'dddd0001',
      'dddd0002',
      'cccc0004',
      'cccc0005',
      'eeee0001',
      'gggg0001',
      'ffff0001',
    ]);
  });

  it('change against September', () => {
    expect(october.period.previous.label).toBe('2026-09');
    expect(october.previousTotals).toMatchObject({ sessions: 2, prs: 1, developers: 1 });
    expect(october.previousTotals.costUsd).toBeCloseTo(2.5, 10);
    expect(october.change.costUsd.delta).toBeCloseTo(20.25, 10);
    expect(october.change.costUsd.ratio).toBeCloseTo(8.1, 10);
    expect(october.change.sessions).toEqual({ current: 10, previous: 2, delta: 8, ratio: 4 });
    expect(october.change.costPerSessionUsd.delta).toBeCloseTo(2.275 - 1.25, 10);
    expect(october.change.cacheHitRate).toMatchObject({ delta: 0, ratio: null });
  });

  it('by developer, model, task kind and week, with the previous period beside each', () => {
    expect(costs(october.byDeveloper, (l) => l.key)).toEqual([
      ['alice@example.com', 17],
      ['bob@example.com', 4],
      ['carol@example.com', 1.5],
      ['dave@example.com', 0.25],
    ]);
    expect(october.byDeveloper[1]).toMatchObject({ sessions: 2, prs: 1, previousCostUsd: 2.5 });
    expect(costs(october.byModel, (l) => l.key)).toEqual([
      [OPUS, 19.75],
      [SONNET, 3],
    ]);
    expect(october.byModel[1]).toMatchObject({ sessions: 1, prs: 1, pricedAs: SONNET });
    expect(october.byModel[1]?.previousCostUsd).toBeCloseTo(1.5, 10);
    expect(october.byModel[0]?.share).toBeCloseTo(19.75 / 22.75, 10);
    expect(costs(october.byTaskKind, (l) => l.key)).toEqual([
      ['feature', 18],
      ['bugfix', 4],
      ['docs', 0.5],
      ['chore', 0.25],
    ]);
    expect(october.byWeek.map((w) => [w.week, w.start, w.end, w.sessions, Math.round(w.costUsd * 100) / 100])).toEqual([
      ['2026-W40', '2026-10-01', '2026-10-04', 2, 11],
      ['2026-W41', '2026-10-05', '2026-10-11', 3, 6],
      ['2026-W42', '2026-10-12', '2026-10-18', 1, 2],
      ['2026-W43', '2026-10-19', '2026-10-25', 2, 2.5],
      ['2026-W44', '2026-10-26', '2026-10-31', 2, 1.25],
    ]);
  });

  it('top sessions and top PRs, with titles from git and verdicts over the whole PR', () => {
    expect(october.topSessions.map((s) => [s.sessionId.slice(0, 8), s.costUsd])).toEqual([
      ['cccc0002', 9],
      ['dddd0001', 3],
      ['cccc0001', 2],
      ['cccc0003', 2],
      ['cccc0004', 2],
      ['cccc0005', 2],
      ['dddd0002', 1],
      ['ffff0001', 1],
      ['eeee0001', 0.5],
      ['gggg0001', 0.25],
    ]);
    expect(october.topPrs.map((p) => [p.pr, p.title, p.branch, p.taskKind, p.sessions, p.status])).toEqual([
      [12, 'feat: x', 'feat/x', 'feature', 5, 'over'],
      [13, 'fix: crash on save', 'fix/crash', 'bugfix', 2, 'over'],
      [15, 'feat: y', 'feat/y', 'feature', 1, 'ok'],
      [14, 'docs: readme', 'docs/readme', 'docs', 1, 'ok'],
    ]);
    expect(october.topPrs[0]?.costUsd).toBeCloseTo(17, 10);
    expect(october.topPrs[0]?.developers).toEqual(['alice@example.com']);
  });

  it('budget overruns per PR and developer-days over the daily limit', () => {
    const b = october.budgets;
    expect(b.prsChecked).toBe(4);
    expect(b.overruns.map((p) => [p.pr, p.status, Math.round(p.allCostUsd * 100) / 100])).toEqual([
      [12, 'over', 17],
      [13, 'over', 4],
    ]);
    expect(b.overruns[1]?.reasons).toEqual(['Per-PR budget: used $4.00 of $3.00, over by $1.00 (133%).']);
    expect(b.warnings).toBe(0);
    expect(b.dailyLimit).toEqual({ usd: 10, tokens: null });
    expect(b.developerDaysOver).toEqual([
      expect.objectContaining({ developer: 'alice@example.com', date: '2026-10-02', sessions: 2, over: ['usd'] }),
    ]);
    expect(b.developerDaysOver[0]?.costUsd).toBeCloseTo(11, 10);
    expect(report('2026-10', 'UTC', {} as { usd: number }).budgets.developerDaysOver).toEqual([]);
  });

  it('scoped vs open-ended, against the baseline measured from the 90 days of history', () => {
    const [scoped, open] = october.scope.split;
    expect(scoped).toMatchObject({ scope: 'scoped', sessions: 9, medianUsd: 2 });
    expect(scoped?.costUsd).toBeCloseTo(13.75, 10);
    expect(open).toMatchObject({ scope: 'open-ended', sessions: 1, costUsd: 9, medianUsd: 9 });
    const feature = october.scope.byTaskKind.find((k) => k.taskKind === 'feature');
    // History: feature scoped sessions $2, $3 (August), four × $2 and $1 (October): median $2.
    expect(feature).toMatchObject({
      scopedSessions: 5,
      openEndedSessions: 1,
      baselineScopedUsd: 2,
      baselineOpenEndedUsd: 9,
      baselineSource: 'history',
      baselineBasis: 'feature',
      estimateSavingUsd: 7,
    });
    // Bugfix: $1.50, $1, $3, $1 → median $1.25.
    expect(october.scope.byTaskKind.find((k) => k.taskKind === 'bugfix')?.baselineScopedUsd).toBeCloseTo(1.25, 10);
    expect(october.scope.estimateSavingUsd).toBeCloseTo(7, 10);
  });

  it('advice totals: the open-ended session, and docs on the preferred cheaper model', () => {
    expect(october.advice.map((a) => [a.kind, a.taskKind, a.arithmetic])).toEqual([
      [
        'open-ended',
        'feature',
        '$9.00 − 1 × $2.00 = $7.00 (an estimate: the work might have needed more than one scoped session)',
      ],
      ['cheaper-model', 'docs', '$0.50 on claude-opus-4-6 − $0.10 on claude-haiku-4-5-20251001 = $0.40'],
    ]);
    expect(october.adviceTotals.map((t) => [t.kind, t.count, Math.round(t.savingUsd * 100) / 100])).toEqual([
      ['open-ended', 1, 7],
      ['cheaper-model', 1, 0.4],
    ]);
  });

  it('outliers: sessions above 3× their kind median, for kinds with at least five sessions', () => {
    expect(october.outliers).toEqual([
      {
        sessionId: 'cccc0002-0000-4000-8000-000000000000',
        developer: 'alice@example.com',
        pr: 12,
        taskKind: 'feature',
        costUsd: 9,
        kindMedianUsd: 2,
        times: 4.5,
      },
    ]);
  });

  it('sessions pushed without a PR are counted and shown as unattributed', () => {
    expect(october.unattributed.sessions).toBe(1);
    expect(october.unattributed.costUsd).toBeCloseTo(0.25, 10);
    expect(october.sessions.find((s) => s.sessionId.startsWith('gggg'))).toMatchObject({
      pr: null,
      taskKind: 'chore',
      commit: expect.any(String),
    });
  });
});

describe('reading only what a period needs', () => {
  it('gives the same report as reading every record', async () => {
    const repo = makeStoryRepo();
    const period = resolvePeriod('2026-11', 'Asia/Hong_Kong', NOW);
    const since = attributionSince(period, config(STORY_CONFIG));
    expect(since.toISOString()).toBe('2026-08-31T00:00:00.000Z');
    const some = await loadPeriodRecords(join(repo.dir, RECORDS_DIR), { since });
    const all = await loadPeriodRecords(join(repo.dir, RECORDS_DIR));
    expect(some.records).toHaveLength(12);
    const build = (l: LoadedRecords) =>
      buildPeriodReport({ records: l.records, period, config: config(STORY_CONFIG), book, generator: 'test' });
    expect({ ...build(some), notes: [] }).toEqual({ ...build(all), notes: [] });
  });
});

describe('time zones and other periods', () => {
  it('in Asia/Hong_Kong the session at 2026-10-31T23:30Z belongs to November', () => {
    const hk = report('2026-10', 'Asia/Hong_Kong');
    expect(hk.totals.sessions).toBe(9);
    expect(hk.totals.costUsd).toBeCloseTo(21.75, 10);
    expect(hk.topPrs.map((p) => p.pr)).toEqual([12, 13, 14]);
    const november = report('2026-11', 'Asia/Hong_Kong');
    expect(november.sessions.map((s) => [s.sessionId.slice(0, 8), s.localDate, s.week])).toEqual([
      ['ffff0001', '2026-11-01', '2026-W44'],
    ]);
    expect(november.change.costUsd.previous).toBeCloseTo(21.75, 10);
  });

  it('an ISO week, against the week before', () => {
    const week = report('2026-W41');
    expect(week.totals.sessions).toBe(3);
    expect(week.totals.costUsd).toBeCloseTo(6, 10);
    expect(week.previousTotals.costUsd).toBeCloseTo(11, 10);
    expect(week.byWeek.map((w) => w.week)).toEqual(['2026-W41']);
  });

  it('a period without sessions still compares with the one before', () => {
    const december = report('2026-12', 'Asia/Hong_Kong');
    expect(december.totals).toMatchObject({ sessions: 0, costUsd: 0, costPerSessionUsd: null, cacheHitRate: null });
    expect(december.change.costUsd).toMatchObject({ current: 0, delta: -1, ratio: -1 });
    expect(december.byWeek).toHaveLength(5);
  });

  it('unpriced models make the cost a lower bound and are never $0', () => {
    const odd = record({
      sessionId: 'odd00001-0000-4000-8000-000000000000',
      startedAt: '2026-10-05T00:00:00.000Z',
      usage: [dollars(1, { model: 'claude-unknown-9', day: '2026-10-05' })],
    });
    const r = buildPeriodReport({
      records: [{ record: odd, pr: null }],
      period: resolvePeriod('2026-10', 'UTC', NOW),
      config: config(''),
      book,
      generator: 'claude-cost test',
    });
    expect(r.totals.costIsLowerBound).toBe(true);
    expect(r.byModel[0]).toMatchObject({ key: 'claude-unknown-9', costUsd: null, share: null });
    expect(r.unpriced[0]?.model).toBe('claude-unknown-9');
  });
});
