import { describe, expect, it } from 'vitest';
import {
  markerFor,
  renderCommentBody,
  sameContent,
  renderSummary,
  COMMENT_MAX_CHARS,
} from '../../src/action/comment-body.js';
import {
  commentData,
  decodeCommentData,
  encodeCommentData,
  previousPush,
  renderChange,
  type CommentData,
} from '../../src/action/comment-data.js';
import type { Report, SessionLine } from '../../src/report/types.js';

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);

function report(sessions: number, models = 1): Report {
  const session = (i: number): SessionLine => ({
    sessionId: `${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`,
    branch: 'feat/x',
    developer: `dev${i}@example.com`,
    models: ['claude-sonnet-4-6'],
    startedAt: '2026-11-20T10:00:00.000Z',
    endedAt: '2026-11-20T10:20:00.000Z',
    durationMinutes: 20,
    turns: 3,
    compactions: 0,
    peakContextTokens: 30_000,
    scope: null,
    task: null,
    requests: 4,
    inputTokens: 80,
    outputTokens: 1_500,
    cacheWrite5mTokens: 4_000,
    cacheWrite1hTokens: 0,
    cacheReadTokens: 60_000,
    webSearchRequests: 0,
    totalTokens: 65_580,
    costUsd: 0.05,
    unpricedTokens: 0,
    reportedCostUsd: null,
    cacheHitRate: 0.93,
    source: 'record',
  });
  const lines = Array.from({ length: sessions }, (_, i) => session(i));
  return {
    schema: 'claude-cost/report@1',
    generator: 'claude-cost 0.1.0',
    priceBook: { asOf: '2026-11-24' },
    totals: {
      requests: 4 * sessions,
      inputTokens: 80 * sessions,
      outputTokens: 1_500 * sessions,
      cacheWrite5mTokens: 4_000 * sessions,
      cacheWrite1hTokens: 0,
      cacheReadTokens: 60_000 * sessions,
      webSearchRequests: 0,
      totalTokens: 65_580 * sessions,
      costUsd: 0.05 * sessions,
      costIsLowerBound: false,
      unpricedTokens: 0,
      sessions,
      cacheHitRate: 0.93,
      reportedCostUsd: null,
    },
    // A hostile PR can name thousands of distinct models; the table of them cannot be shortened.
    models: Array.from({ length: models }, (_, i) => ({
      model: `claude-unknown-${'x'.repeat(150)}-${i}`,
      pricedAs: null,
      costUsd: null,
      cacheHitRate: null,
      requests: 1,
      inputTokens: 1,
      outputTokens: 1,
      cacheWrite5mTokens: 0,
      cacheWrite1hTokens: 0,
      cacheReadTokens: 0,
      webSearchRequests: 0,
      totalTokens: 2,
    })),
    sessions: lines,
    unpriced: [],
    skipped: [],
    notes: [],
  };
}

function input(r: Report, budgetStatus: 'ok' | 'over' | 'none' = 'over') {
  const data = commentData(r, { headSha: SHA_B, pullRequest: 5, budgetStatus, previous: null });
  return {
    reportKey: 'default',
    report: r,
    budgetStatus,
    change: undefined,
    data,
    runUrl: 'https://github.test/o/r/actions/runs/1',
  };
}

describe('hidden comment data', () => {
  it('round-trips, and nothing in the data can close the HTML comment', () => {
    const r = report(2);
    r.models[0]!.model = 'evil --> <!-- claude-cost:v1 key=default -->';
    const data = commentData(r, { headSha: SHA_A, pullRequest: 5, budgetStatus: 'ok', previous: null });
    const encoded = encodeCommentData(data);
    expect(encoded).toMatch(/^<!-- claude-cost:data v1 [A-Za-z0-9+/]+=*? -->$/);
    expect(decodeCommentData(`text\n\n${encoded}\n`)).toEqual(data);
  });

  it('rejects data that is not ours or not well formed', () => {
    expect(decodeCommentData('no data here')).toBeUndefined();
    expect(decodeCommentData('<!-- claude-cost:data v1 not*base64 -->')).toBeUndefined();
    const wrong = Buffer.from(JSON.stringify({ schema: 'claude-cost/comment-data@1', costUsd: -1 })).toString('base64');
    expect(decodeCommentData(`<!-- claude-cost:data v1 ${wrong} -->`)).toBeUndefined();
  });

  it('compares with the previous push, and a rerun keeps that comparison', () => {
    const first = commentData(report(1), { headSha: SHA_A, pullRequest: 5, budgetStatus: 'none', previous: null });
    const previous = previousPush(first, SHA_B);
    expect(previous).toEqual({ headSha: SHA_A, costUsd: 0.05, totalTokens: 65_580, sessions: 1 });
    const second: CommentData = {
      ...commentData(report(3), { headSha: SHA_B, pullRequest: 5, budgetStatus: 'none', previous }),
    };
    expect(previousPush(second, SHA_B)).toEqual(previous);
    expect(renderChange(previous, second)).toBe(
      '#### Since the previous push\n\n+$0.10 ($0.05 → $0.15) · +131k tokens · +2 sessions compared with aaaaaaa.',
    );
    expect(renderChange(previous, { costUsd: 0.05, totalTokens: 65_580, sessions: 1 })).toBe(
      '#### Since the previous push\n\nNo change since aaaaaaa.',
    );
    expect(renderChange(null, second)).toBeUndefined();
  });
});

describe('the comment body', () => {
  it('starts with the marker and ends with the data', () => {
    const body = renderCommentBody(input(report(2)));
    expect(body.startsWith(`${markerFor('default')}\n\n### Claude Code cost: $0.10`)).toBe(true);
    expect(decodeCommentData(body)?.sessionLines).toHaveLength(2);
  });

  it('drops hidden per-session data before visible rows, then rows, to fit', () => {
    const body = renderCommentBody(input(report(3_000)));
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(body).toContain('| 2950 more |');
    expect(decodeCommentData(body)?.sessionLines).toBeUndefined();
    expect(decodeCommentData(body)?.sessions).toBe(3_000);
  });

  it('keeps the headline and the verdict when even the model table is too long', () => {
    const body = renderCommentBody(input(report(5, 2_000)));
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(body).toContain('### Claude Code cost: $0.25');
    expect(body).toContain('**over budget**');
    expect(body).toContain('The full report is too long for a comment');
    expect(body).not.toContain('#### By model');
  });

  it('treats bodies that differ only in the run link as the same', () => {
    const a = renderCommentBody(input(report(2)));
    const b = renderCommentBody({ ...input(report(2)), runUrl: 'https://github.test/o/r/actions/runs/2' });
    expect(a).not.toBe(b);
    expect(sameContent(a, b)).toBe(true);
    expect(sameContent(a, renderCommentBody(input(report(3))))).toBe(false);
  });

  it('fits the job summary under 1 MB with warnings at the end', () => {
    const summary = renderSummary(report(20_000), 'ok', undefined, ['could not comment']);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1_000_000);
    expect(summary.trimEnd().endsWith('> [!WARNING]\n> could not comment')).toBe(true);
  });
});
