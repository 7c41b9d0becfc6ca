import { isIdentifier } from '../../records/identifiers.js';
import { describeIssue } from '../../records/issues.js';
import { emptyTokens, type UsageBucket } from '../../records/schema.js';
import { ModelUsageSchema, type ApiUsage } from './schema.js';

export interface ModelUsageBuckets {
  buckets: UsageBucket[];
  /** Claude Code's own `costUSD` per model id, for showing beside our price. */
  reportedByModel: Record<string, number>;
  /** Reasons entries were left out; never the entry's content or its (invalid) id. */
  skipped: string[];
}

/** The run-wide cache-write split, usable for a model only when it cannot belong to another. */
export interface CacheSplit {
  write5m: number;
  write1h: number;
}

/**
 * One bucket per `modelUsage` entry. The entries are run totals, so what a bucket key needs but
 * the totals lack is filled with the neutral value: band `unknown` (no per-request prompt sizes;
 * the price book decides what that costs), speed `standard`, geo `global`, origin `main`, and
 * requests 0 (`num_turns` counts turns, not API requests).
 *
 * `cacheCreationInputTokens` is unsplit, and unsplit writes are priced as 5-minute writes. When
 * the run's `usage` carries the split and it adds up to exactly one model's writes (every other
 * model wrote none), that split is used for that model: subscriptions write mostly 1-hour cache.
 */
export function modelUsageToBuckets(
  modelUsage: Readonly<Record<string, unknown>>,
  day: string,
  split?: CacheSplit,
): ModelUsageBuckets {
  const buckets: UsageBucket[] = [];
  const reported: Array<[string, number]> = [];
  const skipped: string[] = [];
  Object.entries(modelUsage).forEach(([model, raw], index) => {
    const entry = `modelUsage entry ${index + 1}`;
    if (!isIdentifier(model)) {
      skipped.push(`${entry}: model id is not an identifier`);
      return;
    }
    const parsed = ModelUsageSchema.safeParse(raw);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      skipped.push(`${entry}: ${first === undefined ? 'invalid' : describeIssue(first)}`);
      return;
    }
    const u = parsed.data;
    buckets.push({
      model,
      day,
      speed: 'standard',
      geo: 'global',
      band: 'unknown',
      origin: 'main',
      ...emptyTokens(),
      inputTokens: u.inputTokens,
      outputTokens: u.outputTokens,
      cacheReadTokens: u.cacheReadInputTokens,
      cacheWrite5mTokens: u.cacheCreationInputTokens,
      webSearchRequests: u.webSearchRequests,
    });
    if (u.costUSD !== undefined) reported.push([model, u.costUSD]);
  });
  if (split !== undefined) applySplit(buckets, split);
  // fromEntries defines own properties, so an id such as "__proto__" stays an ordinary key.
  return { buckets, reportedByModel: Object.fromEntries(reported), skipped };
}

function applySplit(buckets: UsageBucket[], split: CacheSplit): void {
  const writers = buckets.filter((b) => b.cacheWrite5mTokens > 0);
  const only = writers[0];
  if (writers.length !== 1 || only === undefined) return;
  if (split.write5m + split.write1h !== only.cacheWrite5mTokens) return;
  only.cacheWrite5mTokens = split.write5m;
  only.cacheWrite1hTokens = split.write1h;
}

/** The run-wide split from `usage.cache_creation`, when it has one. */
export function cacheSplitOf(usage: ApiUsage): CacheSplit | undefined {
  const c = usage.cache_creation;
  if (c === null || c === undefined) return undefined;
  const write5m = c.ephemeral_5m_input_tokens ?? 0;
  const write1h = c.ephemeral_1h_input_tokens ?? 0;
  return write5m + write1h > 0 ? { write5m, write1h } : undefined;
}

/**
 * Results written before `modelUsage` existed carry only the run's `usage`: its tokens are kept
 * under the model id `unknown`, which the price book reports as unpriced rather than guessing.
 */
export function apiUsageToBucket(usage: ApiUsage, day: string): UsageBucket | undefined {
  const split = cacheSplitOf(usage);
  const bucket: UsageBucket = {
    model: 'unknown',
    day,
    speed: 'standard',
    geo: 'global',
    band: 'unknown',
    origin: 'main',
    ...emptyTokens(),
    inputTokens: usage.input_tokens,
    outputTokens: usage.output_tokens,
    cacheReadTokens: usage.cache_read_input_tokens ?? 0,
    cacheWrite5mTokens: split?.write5m ?? usage.cache_creation_input_tokens ?? 0,
    cacheWrite1hTokens: split?.write1h ?? 0,
    webSearchRequests: usage.server_tool_use?.web_search_requests ?? 0,
  };
  const total =
    bucket.inputTokens +
    bucket.outputTokens +
    bucket.cacheReadTokens +
    bucket.cacheWrite5mTokens +
    bucket.cacheWrite1hTokens +
    bucket.webSearchRequests;
  return total > 0 ? bucket : undefined;
}
