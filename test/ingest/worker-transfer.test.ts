import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/ingest/index.js';
import { emptyFileResult, type RequestEvent } from '../../src/ingest/types.js';
import { walkInputs } from '../../src/ingest/walk.js';
import type { Outcome } from '../../src/ingest/worker-pool.js';
import { packOutcome, unpackOutcome, type PackedOutcome } from '../../src/ingest/worker-transfer.js';
import { FIXTURES, REAL_PROJECTS } from './transcript/helpers.js';

/** What crossing to another thread does to a value. */
const cross = (packed: PackedOutcome): PackedOutcome => deserialize(serialize(packed)) as PackedOutcome;

const request = (overrides: Partial<RequestEvent>): RequestEvent => ({
  messageId: 'msg_1',
  requestId: 'req_1',
  sessionId: 'sess-1',
  timestamp: '2025-11-02T10:00:00.000Z',
  model: 'claude-sonnet-4-5',
  branch: 'feat/a',
  cwd: '/home/dev/projekt-ü',
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
});

describe('packed worker outcomes', () => {
  it('bring back every request field exactly, absent ones included', () => {
    const requests = [
      request({}),
      request({
        messageId: undefined,
        requestId: undefined,
        timestamp: undefined,
        branch: undefined,
        cwd: undefined,
        toolVersion: undefined,
        isSidechain: true,
        origin: 'subagent',
        speed: 'fast',
        geo: 'us',
        reportedCostUsd: 0.123456789,
        line: 2,
      }),
      request({
        sessionId: 'sess-2',
        model: 'claude-opus-4-6',
        inputTokens: Number.MAX_SAFE_INTEGER,
        outputTokens: 0,
        cacheWrite1hTokens: 7,
        webSearchRequests: 3,
        reportedCostUsd: 0,
        file: 'b/agent.jsonl',
        line: 1_000_000,
      }),
    ];
    const outcome: Outcome = { format: 'transcript', result: { ...emptyFileResult('transcript'), requests } };
    const back = unpackOutcome(cross(packOutcome(outcome)));
    expect(back).toStrictEqual(outcome);
    expect(back?.result.requests.map((r) => Object.keys(r))).toEqual(requests.map((r) => Object.keys(r)));
    expect(unpackOutcome(cross(packOutcome(undefined)))).toBeUndefined();
  });

  it('bring back the outcome of every fixture and real transcript as read', async () => {
    // Every format's fixtures, not only transcripts: their outcomes cross the same way.
    const { files } = await walkInputs([REAL_PROJECTS, dirname(FIXTURES)], { maxFileBytes: 1024 ** 3 });
    const task = { formats: ['record', 'result', 'export', 'transcript'] as const, maxJsonBytes: 64 * 1024 ** 2 };
    let requests = 0;
    for (const file of files) {
      const outcome = await readInput(file, task);
      requests += outcome?.result.requests.length ?? 0;
      expect(unpackOutcome(cross(packOutcome(outcome))), file.displayName).toStrictEqual(outcome);
    }
    expect(requests).toBeGreaterThan(225);
  });
});
