import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPolicyOptions } from '../../src/commands/policy-options.js';
import { measureHistory, median } from '../../src/policy/baseline.js';
import { defaultConfig } from '../../src/policy/config.js';
import { SessionRecordSchema, type SessionRecord } from '../../src/records/schema.js';
import { book, config, dollars, judge, NOW, record } from './fixtures.js';

const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

/** A merged session `days` ago costing `usd`. */
function past(usd: number, days: number, fields: Partial<SessionRecord> = {}): SessionRecord {
  return record({ startedAt: ago(days + 0.05), endedAt: ago(days), usage: [dollars(usd)], ...fields });
}

const openEnded = { compactions: 2 };

/** This PR: a scoped $0.80 session and an open-ended $5.00 one. */
function prSessions(): SessionRecord[] {
  return [
    record({ branch: 'feat/x', usage: [dollars(0.8)] }),
    record({ branch: 'feat/x', usage: [dollars(5)], ...openEnded }),
  ];
}

describe('baseline from the config', () => {
  it("uses the kind's figures, and compares each session with its scope's", () => {
    const yaml =
      'baseline:\n  perTask:\n    feature: { scopedUsd: 0.94, openEndedUsd: 2.87 }\n    default: { scopedUsd: 2 }\n';
    const b = judge(prSessions(), { config: config(yaml), pr: { labels: [], branch: 'feat/x' } }).baseline;
    expect(b).toMatchObject({
      kind: 'feature',
      source: 'config',
      configKey: 'feature',
      scopedUsd: 0.94,
      openEndedUsd: 2.87,
      history: null,
    });
    expect(b?.sessions.map((s) => [s.scope, s.source, s.costUsd, s.baselineUsd])).toEqual([
      ['scoped', 'inferred', 0.8, 0.94],
      ['open-ended', 'inferred', 5, 2.87],
    ]);
    // Had the open-ended session cost a scoped one: $5.00 − 1 × $0.94.
    expect(b?.estimate).toEqual({ sessions: 1, actualUsd: 5, atBaselineUsd: 0.94, savingUsd: 5 - 0.94 });
  });

  it('falls back to the default figures, field by field', () => {
    const yaml =
      'baseline:\n  perTask:\n    default: { scopedUsd: 1.5, openEndedUsd: 4 }\n    docs: { scopedUsd: 0.3 }\n';
    const docs = judge(prSessions(), { config: config(yaml), pr: { labels: ['docs'] } }).baseline;
    expect(docs).toMatchObject({ kind: 'docs', configKey: 'docs', scopedUsd: 0.3, openEndedUsd: 4 });
    const feature = judge(prSessions(), { config: config(yaml) }).baseline;
    expect(feature).toMatchObject({ configKey: 'default', scopedUsd: 1.5 });
  });

  it('is `none` with no figures, and has no estimate', () => {
    const b = judge(prSessions()).baseline;
    expect(b).toMatchObject({ source: 'none', scopedUsd: null, openEndedUsd: null, estimate: null });
    expect(b?.sessions.map((s) => s.baselineUsd)).toEqual([null, null]);
  });

  it('no estimate when no open-ended session cost more than a scoped one', () => {
    const yaml = 'baseline:\n  perTask:\n    default: { scopedUsd: 6, openEndedUsd: 9 }\n';
    expect(judge(prSessions(), { config: config(yaml) }).baseline?.estimate).toBeNull();
  });
});

describe('baseline measured from history', () => {
  let dir: string;
  const history = () => [
    // feature, scoped: $0.50, $1.00, $1.50 → median $1.00 (one declared, two by branch prefix)
    past(0.5, 3, { branch: 'feat/a' }),
    past(1, 10, { branch: 'work/b', task: { kind: 'feature' } }),
    past(1.5, 80, { branch: 'feature/c' }),
    // feature, open-ended: $2, $3, $4 → median $3.00
    past(2, 5, { branch: 'feat/d', ...openEnded }),
    past(3, 6, { branch: 'feat/e', scope: 'open-ended' }),
    past(4, 7, { branch: 'feat/f', turns: 60 }),
    // docs: one scoped session, fewer than minSessions
    past(0.2, 4, { branch: 'docs/g' }),
    // outside the window, in the future, or unpriced: left out
    past(50, 91, { branch: 'feat/old' }),
    past(50, -1, { branch: 'feat/future' }),
    past(1, 2, { branch: 'feat/u', usage: [dollars(1, { model: 'claude-opus-9-unreleased' })] }),
  ];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claude-cost-history-'));
    for (const r of history()) {
      SessionRecordSchema.parse(r);
      await writeFile(join(dir, `${r.sessionId}.json`), `${JSON.stringify(r, null, 2)}\n`);
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function loaded(): Promise<SessionRecord[]> {
    const io = { cwd: dir, env: {}, stdout: () => {}, stderr: () => {} };
    const policy = await loadPolicyOptions({ history: dir, branch: 'feat/x' }, io);
    expect(policy.configFile).toBeNull();
    return policy.history ?? [];
  }

  it('reads the records in --history DIR with the ingest', async () => {
    expect((await loaded()).length).toBe(10);
  });

  it('takes medians per kind and scope over the trailing 90 days', async () => {
    const sessions = prSessions();
    const b = judge(sessions, { history: await loaded(), pr: { labels: [], branch: 'feat/x' } }).baseline;
    expect(b).toMatchObject({ kind: 'feature', source: 'history', scopedUsd: 1, openEndedUsd: 3 });
    expect(b?.history).toEqual({
      days: 90,
      since: ago(90),
      until: NOW.toISOString(),
      scoped: { sessions: 3, basis: 'feature' },
      openEnded: { sessions: 3, basis: 'feature' },
      excludedUnpriced: 1,
    });
    expect(b?.estimate).toEqual({ sessions: 1, actualUsd: 5, atBaselineUsd: 1, savingUsd: 4 });
  });

  it('uses all kinds when the kind has fewer than minSessions, and says so', async () => {
    const b = judge(prSessions(), { history: await loaded(), pr: { labels: ['documentation'] } }).baseline;
    // docs has one scoped session: the median of all four scoped ones, $0.20 $0.50 $1.00 $1.50.
    expect(b).toMatchObject({ kind: 'docs', scopedUsd: 0.75, openEndedUsd: 3 });
    expect(b?.history?.scoped).toEqual({ sessions: 4, basis: 'all kinds' });
    const lowered = config('baseline: { minSessions: 1 }\n');
    expect(
      judge(prSessions(), { history: await loaded(), config: lowered, pr: { labels: ['docs'] } }).baseline?.scopedUsd,
    ).toBe(0.2);
  });

  it("never counts the PR's own sessions as history", () => {
    const sessions = prSessions();
    const merged = sessions.map((s) => ({ ...s, startedAt: ago(1.1), endedAt: ago(1) }));
    const m = measureHistory(merged, {
      config: defaultConfig(),
      book,
      now: NOW,
      excludeSessionIds: new Set(sessions.map((s) => s.sessionId)),
    });
    expect(m.costs.size).toBe(0);
  });

  it('a session without timestamps is placed on its last usage day', () => {
    const r = record({ startedAt: undefined, endedAt: undefined, usage: [dollars(1, { day: '2026-11-19' })] });
    const m = measureHistory([r], { config: defaultConfig(), book, now: NOW, excludeSessionIds: new Set() });
    expect(m.costs.get('feature')?.scoped).toEqual([1]);
  });

  it('the config can insist on its own figures', async () => {
    const yaml = 'baseline:\n  source: config\n  perTask:\n    default: { scopedUsd: 0.94, openEndedUsd: 2.87 }\n';
    const b = judge(prSessions(), { history: await loaded(), config: config(yaml) }).baseline;
    expect(b).toMatchObject({ source: 'config', scopedUsd: 0.94 });
  });

  it('falls back to the config, with a note, when history is asked for but not given or empty', () => {
    const yaml = 'baseline:\n  source: history\n  perTask:\n    default: { scopedUsd: 0.94 }\n';
    const none = judge(prSessions(), { config: config(yaml) });
    expect(none.baseline).toMatchObject({ source: 'config', scopedUsd: 0.94 });
    expect(none.notes).toContain(
      'The config asks for a baseline from history, but no history was given; the configured figures were used.',
    );
    const empty = judge(prSessions(), { config: config(yaml), history: [] });
    expect(empty.baseline?.source).toBe('config');
    expect(empty.notes).toContain(
      'No priced sessions in the last 90 days of history; the baseline falls back to the config.',
    );
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
