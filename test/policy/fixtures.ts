import { applyPolicy, type PolicyInput } from '../../src/policy/index.js';
import { DEFAULT_CONFIG, parseConfig, type Config } from '../../src/policy/config.js';
import type { PrFacts } from '../../src/policy/types.js';
import { defaultPriceBook } from '../../src/pricing/book.js';
import type { SessionRecord, UsageBucket } from '../../src/records/schema.js';
import { buildReport } from '../../src/report/build.js';
import type { Report } from '../../src/report/types.js';

/**
 * Records for policy tests, in round numbers on list prices (2026-11-18, global, ≤100k prompts):
 * Sonnet 4.5 $3 in / $15 out / $3.75 5m write / $0.30 read; Opus 4.6 $5 / $25 / $6.25 / $0.50;
 * Haiku 4.5 $1 / $5 / $1.25 / $0.10 per million tokens.
 */
export const NOW = new Date('2026-11-20T12:00:00Z');
export const book = defaultPriceBook();

export function bucket(fields: Partial<UsageBucket> = {}): UsageBucket {
  return {
    model: 'claude-sonnet-4-5-20250929',
    day: '2026-11-18',
    speed: 'standard',
    geo: 'global',
    band: 'le100k',
    origin: 'main',
    requests: 10,
    inputTokens: 0,
    outputTokens: 0,
    cacheWrite5mTokens: 0,
    cacheWrite1hTokens: 0,
    cacheReadTokens: 0,
    webSearchRequests: 0,
    ...fields,
  };
}

/** $1.00 on Sonnet 4.5: 100k input ($0.30) + 20k output ($0.30) + 40k 5m writes ($0.15) + 500k reads ($0.15) + $0.10 of output. */
export function dollarBucket(fields: Partial<UsageBucket> = {}): UsageBucket {
  return bucket({
    inputTokens: 100_000,
    outputTokens: 26_666,
    cacheWrite5mTokens: 40_000,
    cacheReadTokens: 500_000,
    ...fields,
  });
}

let counter = 0;
export function record(fields: Partial<SessionRecord> = {}): SessionRecord {
  counter += 1;
  const usage = fields.usage ?? [dollarBucket()];
  return {
    schema: 'claude-cost/session@1',
    sessionId: `sess${String(counter).padStart(4, '0')}-0000-4000-8000-000000000000`,
    tool: 'claude-code',
    recordedBy: 'claude-cost 0.1.0',
    branch: 'work/x',
    startedAt: '2026-11-18T09:00:00.000Z',
    endedAt: '2026-11-18T09:30:00.000Z',
    turns: 8,
    compactions: 0,
    peakContextTokens: 60_000,
    source: { format: 'record', files: 1, linesRead: 0, duplicatesDropped: 0, skipped: [] },
    ...fields,
    usage,
    requests: usage.reduce((n, b) => n + b.requests, 0),
  };
}

export function config(yaml: string): Config {
  return parseConfig(yaml, 'test.yml');
}

export interface JudgeOptions {
  config?: Config;
  pr?: PrFacts;
  history?: SessionRecord[];
  now?: Date;
}

/** buildReport + applyPolicy, as `claude-cost report` does. */
export function judge(sessions: SessionRecord[], options: JudgeOptions = {}): Report {
  const report = buildReport({ sessions, skipped: [], notes: [], book, generator: 'claude-cost test' });
  const input: PolicyInput = {
    sessions,
    config: options.config ?? DEFAULT_CONFIG,
    pr: options.pr ?? { labels: [] },
    history: options.history,
    now: options.now ?? NOW,
    book,
  };
  return applyPolicy(report, input);
}
