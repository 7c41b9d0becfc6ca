import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decodeCommentData, encodeCommentData, withoutDetail } from '../../src/action/comment-data.js';
import type { PeriodReport } from '../../src/period/types.js';
import { fakeSha, FakeGitHub, type FakePull } from '../github/fake-github.js';
import { buildBundle, pullRequestEvent, runBundle } from './harness.js';
import { makeRecord, sessionId, type RecordShape } from './records.js';

/**
 * `period-source: comments`: PR-mode runs of the bundled Action comment on PRs against the fake
 * API; the PRs are then merged, and a period run reads their comments' hidden data back.
 */

let bundle: string;
let fake: FakeGitHub;

beforeAll(() => {
  bundle = buildBundle();
});

beforeEach(async () => {
  await fake?.stop();
  fake = new FakeGitHub();
  await fake.start();
});

afterAll(async () => {
  await fake?.stop();
});

/** A PR with these sessions, commented on by a PR-mode run; returns the run's total cost. */
async function commentedPull(number: number, sessions: RecordShape[]): Promise<{ pull: FakePull; costUsd: number }> {
  const pull = fake.addPull({
    number,
    title: `feat: part ${number}`,
    headRef: `feat/part-${number}`,
    headSha: fakeSha(`head-${number}`),
    baseSha: fakeSha('base'),
  });
  for (const s of sessions) fake.addPullFile(number, `.claude-cost/sessions/${s.sessionId}.json`, makeRecord(s));
  const result = await runBundle(bundle, { fake, event: pullRequestEvent(fake, pull) });
  expect(result.code, result.stdout).toBe(0);
  return { pull, costUsd: Number(result.outputs['total-cost-usd']) };
}

function merge(pull: FakePull, at: string): void {
  pull.mergedAt = at;
  pull.mergeCommit = fakeSha(`merge-${pull.number}`);
}

async function periodRun(inputs: Record<string, string> = {}) {
  const result = await runBundle(bundle, {
    fake,
    eventName: 'workflow_dispatch',
    inputs: { period: '2026-10', 'period-source': 'comments', ...inputs },
  });
  expect(result.code, result.stdout + result.stderr).toBe(0);
  const report = JSON.parse(
    readFileSync(join(result.outputs['report-path'] ?? '', 'report.json'), 'utf8'),
  ) as PeriodReport;
  return { result, report };
}

describe('mode: period with period-source comments', () => {
  it('reads back the hidden data the PR flow wrote, from our comments only', async () => {
    const a = await commentedPull(21, [{ sessionId: sessionId(1), developer: 'ana@acme.example', day: '2026-10-05' }]);
    const b = await commentedPull(22, [
      { sessionId: sessionId(2), developer: 'ben@acme.example', day: '2026-10-12' },
      { sessionId: sessionId(3), developer: 'ben@acme.example', day: '2026-10-13', model: 'claude-opus-4-6' },
    ]);
    // Merged in November, but its session started in October: it belongs to October.
    const c = await commentedPull(23, [{ sessionId: sessionId(4), developer: 'ana@acme.example', day: '2026-10-30' }]);
    // The previous period, for the change column.
    const d = await commentedPull(24, [{ sessionId: sessionId(5), developer: 'cy@acme.example', day: '2026-09-10' }]);
    merge(a.pull, '2026-10-06T12:00:00Z');
    merge(b.pull, '2026-10-20T08:30:00Z');
    merge(c.pull, '2026-11-02T09:00:00Z');
    merge(d.pull, '2026-09-12T10:00:00Z');

    // The usage buckets travel in the comment, so the period report can re-price exactly.
    const data = decodeCommentData(fake.commentsOn(22)[0]?.body ?? '');
    expect(data?.sessionLines?.map((s) => s.usage?.length)).toEqual([1, 1]);

    // A merged PR someone else commented on with our marker and a fabricated figure.
    const forged = fake.addPull({ number: 25, headSha: fakeSha('h25'), baseSha: fakeSha('base') });
    merge(forged, '2026-10-15T00:00:00Z');
    const fabricated = {
      ...data!,
      pullRequest: 25,
      sessionLines: data!.sessionLines!.map((s) => ({ ...s, sessionId: sessionId(99), costUsd: 9_999 })),
    };
    fake.addComment(
      25,
      'mallory',
      `<!-- claude-cost:v1 key=default -->\n\nlooks legit\n\n${encodeCommentData(fabricated)}\n`,
    );
    // A merged PR with no comment at all, and an open one with a comment.
    merge(fake.addPull({ number: 26, headSha: fakeSha('h26'), baseSha: fakeSha('base') }), '2026-10-16T00:00:00Z');
    await commentedPull(27, [{ sessionId: sessionId(7), day: '2026-10-17' }]);

    const { result, report } = await periodRun();
    expect(report.totals.sessions).toBe(4);
    expect(report.totals.costUsd).toBeCloseTo(a.costUsd + b.costUsd + c.costUsd, 5);
    expect(result.outputs['total-cost-usd']).toBe(report.totals.costUsd.toFixed(6));
    expect(report.previousTotals.sessions).toBe(1);
    expect(report.previousTotals.costUsd).toBeCloseTo(d.costUsd, 5);
    expect(report.topPrs.map((p) => p.pr).sort()).toEqual([21, 22, 23]);
    expect(report.sessions.map((s) => [s.sessionId, s.developer, s.pr])).toEqual([
      [sessionId(1), 'ana@acme.example', 21],
      [sessionId(2), 'ben@acme.example', 22],
      [sessionId(3), 'ben@acme.example', 22],
      [sessionId(4), 'ana@acme.example', 23],
    ]);
    expect(report.notes[0]).toMatch(/^Sessions come from the cost comments of 4 of 6 PRs merged from 2026-09-01 to /);
    expect(report.notes).toContain(
      '2 PRs merged in the range read have no claude-cost comment with readable data by the expected author; their sessions, if any, are not in this report.',
    );
    expect(fake.searches[0]).toMatch(/^repo:acme\/widgets is:pr is:merged merged:2026-09-01T00:00:00\+00:00\.\./);
    expect(fake.issues).toHaveLength(1);
    expect(fake.issues[0]?.body).toContain('## Claude Code cost: 2026-10');
  });

  it('estimates what a shortened comment left out, and says so in the data notes', async () => {
    const a = await commentedPull(31, [{ sessionId: sessionId(1), day: '2026-10-05' }]);
    const b = await commentedPull(32, [
      { sessionId: sessionId(2), day: '2026-10-08' },
      { sessionId: sessionId(3), day: '2026-10-09' },
    ]);
    merge(a.pull, '2026-10-06T00:00:00Z');
    merge(b.pull, '2026-10-10T00:00:00Z');
    // As renderCommentBody shortens a comment that would be too long: no buckets on #31, no
    // per-session lines on #32.
    for (const [number, level] of [
      [31, 1],
      [32, 2],
    ] as const) {
      const comment = fake.commentsOn(number)[0]!;
      const data = decodeCommentData(comment.body)!;
      comment.body = comment.body.replace(
        /<!-- claude-cost:data v1 .* -->/,
        encodeCommentData(withoutDetail(data, level)),
      );
    }

    const { report } = await periodRun();
    // Single-model sessions under 100k of prompt: the estimate prices them the same.
    expect(report.totals.costUsd).toBeCloseTo(a.costUsd + b.costUsd, 5);
    expect(report.totals.sessions).toBe(2);
    expect(report.sessions.map((s) => s.sessionId)).toEqual([sessionId(1), 'pr-32']);
    expect(report.notes.join('\n')).toContain('1 session in 1 PR is an estimate: ');
    expect(report.notes.join('\n')).toContain('1 PR kept only its totals in the cost comment: ');
  });

  it('reads a period of more than 1,000 merged PRs by splitting the search', async () => {
    const a = await commentedPull(41, [{ sessionId: sessionId(1), day: '2026-10-05' }]);
    merge(a.pull, '2026-10-06T00:00:00Z');
    for (let n = 0; n < 1_100; n++) {
      const pull = fake.addPull({ number: 2_000 + n, headSha: fakeSha(`bulk-${n}`), baseSha: fakeSha('base') });
      merge(pull, new Date(Date.parse('2026-09-01T00:00:00Z') + n * 3_600_000).toISOString());
    }
    const { report } = await periodRun({ 'comment-mode': 'off' });
    expect(report.totals.sessions).toBe(1);
    expect(report.notes[0]).toMatch(/of 1101 PRs merged/);
    expect(report.notes.join('\n')).toMatch(/the date range was read in \d+ parts/);
    expect(fake.searches.length).toBeGreaterThan(2);
    expect(fake.issues).toHaveLength(0);
  });
});
