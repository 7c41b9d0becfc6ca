import type { SessionRecord, UsageBucket } from '../../src/records/schema.js';

export function bucket(fields: Partial<UsageBucket> = {}): UsageBucket {
  return {
    model: 'claude-sonnet-4-5-20250929',
    day: '2026-11-18',
    speed: 'standard',
    geo: 'global',
    band: 'le100k',
    origin: 'main',
    requests: 10,
    inputTokens: 100,
    outputTokens: 2_000,
    cacheWrite5mTokens: 0,
    cacheWrite1hTokens: 30_000,
    cacheReadTokens: 400_000,
    webSearchRequests: 0,
    ...fields,
  };
}

/** A consistent record: `requests` is the sum of its buckets'. */
export function record(fields: Partial<SessionRecord> = {}): SessionRecord {
  const usage = fields.usage ?? [bucket()];
  return {
    schema: 'claude-cost/session@1',
    sessionId: '5c0375b4-57a5-4f26-b12d-d022ee4e51b7',
    tool: 'claude-code',
    recordedBy: 'claude-cost 0.1.0',
    branch: 'feature/x',
    startedAt: '2026-11-18T09:00:00.000Z',
    endedAt: '2026-11-18T10:00:00.000Z',
    turns: 4,
    compactions: 0,
    peakContextTokens: 90_000,
    source: { format: 'transcript', files: 1, linesRead: 100, duplicatesDropped: 5, skipped: [] },
    ...fields,
    usage,
    requests: usage.reduce((n, b) => n + b.requests, 0),
  };
}
