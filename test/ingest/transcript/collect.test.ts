import { describe, expect, it } from 'vitest';
import { collectTranscripts } from '../../../src/ingest/collect.js';
import {
  emptyFileResult,
  type FileResult,
  type RequestEvent,
  type TranscriptSessionFacts,
} from '../../../src/ingest/types.js';
import { SessionRecordSchema } from '../../../src/records/schema.js';

function request(overrides: Partial<RequestEvent> = {}): RequestEvent {
  return {
    messageId: 'msg_1',
    requestId: 'req_1',
    sessionId: 'sess-1',
    timestamp: '2025-11-02T10:00:00.000Z',
    model: 'claude-sonnet-4-5',
    branch: 'feat/a',
    cwd: '/home/dev/secret-project',
    toolVersion: '2.0.14',
    isSidechain: false,
    origin: 'main',
    speed: 'standard',
    geo: 'global',
    inputTokens: 10,
    outputTokens: 100,
    cacheWrite5mTokens: 1_000,
    cacheWrite1hTokens: 0,
    cacheReadTokens: 10_000,
    webSearchRequests: 0,
    reportedCostUsd: undefined,
    file: 'a.jsonl',
    line: 1,
    ...overrides,
  };
}

function facts(overrides: Partial<TranscriptSessionFacts> = {}): TranscriptSessionFacts {
  return {
    sessionId: 'sess-1',
    turnsByBranch: new Map(),
    compactions: 0,
    firstTimestamp: undefined,
    lastTimestamp: undefined,
    cwd: '/home/dev/secret-project',
    toolVersion: '2.0.14',
    ...overrides,
  };
}

function file(requests: RequestEvent[], extra: Partial<FileResult> = {}): FileResult {
  return { ...emptyFileResult('transcript'), requests, linesRead: requests.length, ...extra };
}

const collect = (results: FileResult[]) => {
  const out = collectTranscripts(results, 'claude-cost@0.1.0');
  for (const session of out.sessions) SessionRecordSchema.parse(session);
  return out;
};

describe('collectTranscripts', () => {
  it('keeps the largest snapshot of a request seen in several files', () => {
    const { sessions, duplicatesDropped } = collect([
      file([request({ outputTokens: 5 })]),
      file([request({ outputTokens: 300, file: 'b.jsonl' })]),
      file([request({ outputTokens: 50, file: 'c.jsonl' })]),
    ]);
    expect(duplicatesDropped).toBe(2);
    expect(sessions[0]).toMatchObject({ requests: 1, usage: [{ outputTokens: 300 }] });
    expect(sessions[0]?.source).toMatchObject({ files: 3, duplicatesDropped: 2 });
  });

  it('counts a subagent replay once: the main copy wins, else the larger subagent copy', () => {
    const replay = request({ requestId: 'req_9', origin: 'subagent', isSidechain: true, outputTokens: 999 });
    const main = collect([file([request(), replay])]);
    expect(main.sessions[0]?.usage.map((b) => [b.origin, b.outputTokens])).toEqual([['main', 100]]);
    expect(main.duplicatesDropped).toBe(1);

    const onlySubagents = collect([
      file([request({ origin: 'subagent' }), request({ requestId: 'req_2', origin: 'subagent', outputTokens: 7 })]),
    ]);
    expect(onlySubagents.sessions[0]?.usage.map((b) => [b.origin, b.outputTokens])).toEqual([['subagent', 100]]);
  });

  it('never merges requests without a message id, nor two main requests sharing one', () => {
    const { sessions } = collect([
      file([
        request({ messageId: undefined }),
        request({ messageId: undefined }),
        request({ requestId: 'req_a' }),
        request({ requestId: 'req_b' }),
      ]),
    ]);
    expect(sessions[0]?.requests).toBe(4);
  });

  it('writes one record per (session, branch) and shares facts out without double counting', () => {
    const results = [
      file(
        [
          request({ messageId: 'm1', branch: 'feat/a' }),
          request({ messageId: 'm2', branch: 'feat/a' }),
          request({ messageId: 'm3', branch: 'feat/b', timestamp: '2025-11-02T12:00:00.000Z' }),
        ],
        {
          facts: [
            facts({
              turnsByBranch: new Map([
                ['feat/a', 3],
                ['feat/b', 1],
                ['', 2],
              ]),
              compactions: 1,
              firstTimestamp: '2025-11-02T09:00:00.000Z',
              lastTimestamp: '2025-11-02T13:00:00.000Z',
            }),
          ],
          linesRead: 40,
          duplicatesDropped: 4,
          skipped: [
            { file: 'a.jsonl', line: 7, reason: 'not valid JSON' },
            { file: 'a.jsonl', line: 9, reason: 'not valid JSON' },
            { file: 'a.jsonl', line: 40, reason: 'truncated last line' },
          ],
        },
      ),
    ];
    const { sessions, duplicatesDropped } = collect(results);
    expect(duplicatesDropped).toBe(4);
    expect(sessions.map((s) => [s.branch, s.requests, s.turns, s.compactions])).toEqual([
      ['feat/a', 2, 5, 1], // its own 3 turns + the 2 on no branch; the compaction
      ['feat/b', 1, 1, 0],
    ]);
    const [a, b] = sessions;
    expect(a).toMatchObject({
      startedAt: '2025-11-02T09:00:00.000Z',
      endedAt: '2025-11-02T13:00:00.000Z',
      source: {
        files: 1,
        linesRead: 40,
        duplicatesDropped: 4,
        skipped: [
          { reason: 'not valid JSON', count: 2 },
          { reason: 'truncated last line', count: 1 },
        ],
      },
    });
    expect(b).toMatchObject({
      startedAt: '2025-11-02T12:00:00.000Z',
      source: { files: 1, linesRead: 0, duplicatesDropped: 0, skipped: [] },
    });
    expect(JSON.stringify(sessions)).not.toContain('secret-project');
  });

  it('buckets by day, band and origin, sorted, with peak context from main requests only', () => {
    const { sessions } = collect([
      file([
        request({ messageId: 'm1', cacheReadTokens: 150_000 }),
        request({ messageId: 'm2', timestamp: '2025-11-03T00:30:00+02:00' }), // 2025-11-02 UTC
        request({ messageId: 'm3', timestamp: undefined }), // the session's first day
        request({ messageId: 'm4', origin: 'subagent', cacheReadTokens: 500_000 }),
        request({ messageId: 'm5', timestamp: '2025-11-04T01:00:00.000Z', model: 'claude-haiku-4-5' }),
      ]),
    ]);
    const [session] = sessions;
    expect(session?.usage.map((b) => [b.day, b.model, b.origin, b.band, b.requests])).toEqual([
      ['2025-11-02', 'claude-sonnet-4-5', 'main', '100k-200k', 1],
      ['2025-11-02', 'claude-sonnet-4-5', 'main', 'le100k', 2],
      ['2025-11-02', 'claude-sonnet-4-5', 'subagent', 'gt200k', 1],
      ['2025-11-04', 'claude-haiku-4-5', 'main', 'le100k', 1],
    ]);
    expect(session?.peakContextTokens).toBe(151_010);
  });

  it('puts requests of a session with no timestamps at all on 1970-01-01', () => {
    const { sessions } = collect([file([request({ timestamp: undefined, branch: undefined })])]);
    expect(sessions[0]).toMatchObject({ usage: [{ day: '1970-01-01' }] });
    expect(sessions[0]?.branch).toBeUndefined();
    expect(sessions[0]?.startedAt).toBeUndefined();
  });

  it("sums Claude Code's own costUSD when lines carried it", () => {
    const { sessions } = collect([
      file([
        request({ messageId: 'm1', reportedCostUsd: 0.1 }),
        request({ messageId: 'm2', reportedCostUsd: 0.2 }),
        request({ messageId: 'm3' }),
      ]),
    ]);
    expect(sessions[0]?.reported).toEqual({ costUsd: 0.3, costBasis: 'transcript' });
    expect(collect([file([request()])]).sessions[0]?.reported).toBeUndefined();
  });

  it('makes no record for a session without requests', () => {
    const { sessions } = collect([file([], { facts: [facts({ turnsByBranch: new Map([['', 1]]) })], linesRead: 3 })]);
    expect(sessions).toEqual([]);
  });
});
