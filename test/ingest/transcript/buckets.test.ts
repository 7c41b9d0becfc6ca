import { describe, expect, it } from 'vitest';
import { toBuckets, utcDay } from '../../../src/ingest/transcript/buckets.js';
import type { RequestEvent } from '../../../src/ingest/types.js';
import { bandOf, bucketKeyString, type UsageBucket } from '../../../src/records/schema.js';

const viaDate = (timestamp: string): string => new Date(timestamp).toISOString().slice(0, 10);

describe('utcDay', () => {
  it('names the same day as a round trip through Date, for UTC and offset times', () => {
    const times = [
      '2025-10-05T06:00:02.000Z',
      '2025-10-05T23:59:59.999999999Z',
      '2025-10-05T00:00:00Z',
      '2024-02-29T12:00:00.5Z',
      '0099-01-01T00:00:00Z',
      '9999-12-31T23:59:59.999Z',
      '2025-10-05T23:30:00.000-02:00',
      '2025-10-06T00:30:00.000+02:00',
      '2025-12-31T23:59:59+00:00',
    ];
    for (const time of times) expect(utcDay(time), time).toBe(viaDate(time));
  });
});

describe('toBuckets', () => {
  it('groups like a key per request, whatever order the requests come in', () => {
    const models = ['claude-sonnet-4-5', 'claude-opus-4-6'];
    const requests: RequestEvent[] = Array.from({ length: 200 }, (_, i) => ({
      messageId: `msg_${i}`,
      requestId: `req_${i}`,
      sessionId: 'sess',
      timestamp: i % 13 === 0 ? undefined : new Date(Date.UTC(2025, 9, 1 + (i % 3), 22, i % 60)).toISOString(),
      model: models[i % 5 === 0 ? 1 : 0] as string,
      branch: undefined,
      cwd: undefined,
      toolVersion: undefined,
      isSidechain: i % 7 === 0,
      origin: i % 7 === 0 ? 'subagent' : 'main',
      speed: i % 11 === 0 ? 'fast' : 'standard',
      geo: i % 17 === 0 ? 'us' : 'global',
      inputTokens: i,
      outputTokens: 2 * i,
      cacheWrite5mTokens: 3,
      cacheWrite1hTokens: i % 2,
      cacheReadTokens: (i % 4) * 60_000,
      webSearchRequests: i % 19 === 0 ? 1 : 0,
      reportedCostUsd: undefined,
      file: 'f.jsonl',
      line: i + 1,
    }));
    // The straightforward grouping: one key string per request.
    const want = new Map<string, UsageBucket>();
    for (const r of requests) {
      const key = {
        model: r.model,
        day: r.timestamp === undefined ? '2025-09-30' : utcDay(r.timestamp),
        speed: r.speed,
        geo: r.geo,
        band: bandOf(r.inputTokens + r.cacheReadTokens + r.cacheWrite5mTokens + r.cacheWrite1hTokens),
        origin: r.origin,
      };
      const bucket = want.get(bucketKeyString(key)) ?? {
        ...key,
        requests: 0,
        inputTokens: 0,
        outputTokens: 0,
        cacheWrite5mTokens: 0,
        cacheWrite1hTokens: 0,
        cacheReadTokens: 0,
        webSearchRequests: 0,
      };
      bucket.requests += 1;
      bucket.inputTokens += r.inputTokens;
      bucket.outputTokens += r.outputTokens;
      bucket.cacheWrite5mTokens += r.cacheWrite5mTokens;
      bucket.cacheWrite1hTokens += r.cacheWrite1hTokens;
      bucket.cacheReadTokens += r.cacheReadTokens;
      bucket.webSearchRequests += r.webSearchRequests;
      want.set(bucketKeyString(key), bucket);
    }
    const got = toBuckets(requests, '2025-09-30');
    expect(new Set(got.map((b) => JSON.stringify(b)))).toEqual(
      new Set([...want.values()].map((b) => JSON.stringify(b))),
    );
    expect(got).toHaveLength(want.size);
    const sorted = [...requests].sort((a, b) => b.line - a.line);
    expect(toBuckets(sorted, '2025-09-30')).toEqual(got);
  });
});
