import { applyPolicy, type PolicyInput } from '../../src/policy/index.js';
import { defaultConfig, type Config } from '../../src/policy/config.js';
import { parseConfig } from '../../src/policy/config-yaml.js';
import type { PrFacts } from '../../src/policy/types.js';
import { defaultPriceBook } from '../../src/pricing/book.js';
import type { SessionRecord, UsageBucket } from '../../src/records/schema.js';
import { buildReport } from '../../src/report/build.js';
import type { Report } from '../../src/report/types.js';

/**
 * Records for policy tests, in round numbers on list prices (2026-11-18, global, ≤100k prompts),
 * per million tokens: Opus 4.6 $5 input / $25 output / $6.25 5m write / $0.50 read;
 * Haiku 4.5 $1 / $5 / $1.25 / $0.10.
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

export const OPUS = 'claude-opus-4-6';
export const HAIKU = 'claude-haiku-4-5';

/**
 * $1.00 on Opus 4.6 = 100k input ($0.50) + 10k output ($0.25) + 16k 5m writes ($0.10)
 * + 300k reads ($0.15): 426k tokens, cache hit 300/416 = 72.1%.
 */
export const DOLLAR_TOKENS = 426_000;
export function dollarBucket(fields: Partial<UsageBucket> = {}): UsageBucket {
  return bucket({
    model: OPUS,
    inputTokens: 100_000,
    outputTokens: 10_000,
    cacheWrite5mTokens: 16_000,
    cacheReadTokens: 300_000,
    ...fields,
  });
}

/** `n` dollars: the dollar bucket's tokens times n (one bucket, so the bucket key stays unique). */
export function dollars(n: number, fields: Partial<UsageBucket> = {}): UsageBucket {
  return dollarBucket({
    inputTokens: Math.round(100_000 * n),
    outputTokens: Math.round(10_000 * n),
    cacheWrite5mTokens: Math.round(16_000 * n),
    cacheReadTokens: Math.round(300_000 * n),
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
    config: options.config ?? defaultConfig(),
    pr: options.pr ?? { labels: [] },
    history: options.history,
    now: options.now ?? NOW,
    book,
  };
  return applyPolicy(report, input);
}
