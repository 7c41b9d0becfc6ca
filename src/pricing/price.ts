import type { ModelRow, PriceBook, PriceEntry } from './book.js';
import { resolveModel, rowOf } from './resolve.js';
import type { BucketPrice, Rates, UsageBucket } from './types.js';
import type { TokenField } from '../records/schema.js';

/**
 * Pricing a usage bucket, per the rules in ../shared/pricing-facts.md ("Rules"). Money is exact:
 * each $/MTok rate becomes integer picodollars per token and sums are BigInt, so a month of
 * tokens adds up to the cent without float drift, and re-pricing Claude Code's own `costUSD`
 * can be compared digit for digit.
 */

export type Speed = UsageBucket['speed'];
export type Band = UsageBucket['band'];
export type TokenCounts = Pick<UsageBucket, TokenField>;

/** $10 per 1,000 web search requests, on top of tokens and never multiplied by geo or region. */
export const WEB_SEARCH_PICO_PER_REQUEST = 10_000_000_000n;

export const RULE_FAST = 'fast mode rates';
export const RULE_LONG_CONTEXT = 'long-context tier (prompt >200k): every token at premium rates';
export const RULE_FAST_NOT_LONG_CONTEXT = 'fast mode rates used; long-context tier not combined';
export const RULE_BAND_UNKNOWN = 'prompt size unknown: tiers not applied';
export const RULE_US_GEO = 'us geo ×1.1';
export const RULE_REGIONAL = 'regional cloud endpoint ×1.1';
export const RULE_WEB_SEARCH = 'web search $0.01 per request';

/** $/MTok → picodollars per token: $1 per 1e6 tokens is 1e-6 $ = 1e6 pico per token. */
export function ratePico(usdPerMillion: number): bigint {
  return BigInt(Math.round(usdPerMillion * 1e6));
}

/** The cost of token counts at $/MTok rates, in picodollars. No tiers, multipliers or fees. */
export function priceTokensAtRates(tokens: TokenCounts, rates: Rates): bigint {
  return (
    BigInt(tokens.inputTokens) * ratePico(rates.input) +
    BigInt(tokens.outputTokens) * ratePico(rates.output) +
    BigInt(tokens.cacheWrite5mTokens) * ratePico(rates.cacheWrite5m) +
    BigInt(tokens.cacheWrite1hTokens) * ratePico(rates.cacheWrite1h) +
    BigInt(tokens.cacheReadTokens) * ratePico(rates.cacheRead)
  );
}

/** The entry in force on a UTC day (`YYYY-MM-DD` compares correctly as a string). */
export function entryOn(row: ModelRow, day: string): PriceEntry | undefined {
  let found: PriceEntry | undefined;
  for (const entry of row.prices) {
    if (entry.from === null || entry.from <= day) found = entry;
    else break;
  }
  return found;
}

export type RatesLookup =
  | { ok: true; model: string; row: ModelRow; entry: PriceEntry; rates: Rates }
  | { ok: false; reason: string };

/**
 * The base rates (standard or fast) of a model on a day, before prompt-size tiers and
 * multipliers. `model` may be any id form `resolveModel` accepts.
 */
export function ratesFor(book: PriceBook, model: string, day: string, speed: Speed): RatesLookup {
  const resolution = resolveModel(book, model);
  if (!resolution.ok) return resolution;
  const row = rowOf(book, resolution.model);
  if (row === undefined) return { ok: false, reason: `model '${model}' not in price book` };
  const entry = entryOn(row, day);
  if (entry === undefined) {
    return { ok: false, reason: `no price for ${row.model} in force on ${day}` };
  }
  if (speed === 'fast') {
    if (entry.fast === undefined) {
      return { ok: false, reason: `${row.model} has no fast-mode rates on ${day}` };
    }
    return { ok: true, model: row.model, row, entry, rates: entry.fast };
  }
  const { input, output, cacheWrite5m, cacheWrite1h, cacheRead } = entry;
  const rates = { input, output, cacheWrite5m, cacheWrite1h, cacheRead };
  return { ok: true, model: row.model, row, entry, rates };
}

/** Bands are the only prompt-size fact a bucket keeps; thresholds are limited to their edges. */
function bandAbove(band: Band, above: 100_000 | 200_000): boolean {
  if (above === 100_000) return band === '100k-200k' || band === 'gt200k';
  return band === 'gt200k';
}

export function priceBucket(book: PriceBook, bucket: UsageBucket): BucketPrice {
  const lookup = ratesFor(book, bucket.model, bucket.day, bucket.speed);
  if (!lookup.ok) return { priced: false, reason: lookup.reason };
  const { row, entry } = lookup;
  let rates = lookup.rates;
  const rules: string[] = [];
  if (bucket.speed === 'fast') rules.push(RULE_FAST);

  let multiplier = 1n;
  const hasTier = entry.longContext !== undefined || entry.promptTier !== undefined;
  if (bucket.band === 'unknown') {
    if (hasTier) rules.push(RULE_BAND_UNKNOWN);
  } else {
    const long = entry.longContext;
    if (long !== undefined && bandAbove(bucket.band, long.above)) {
      // Long context is a replacement rate set, like fast mode; no source gives a combined
      // row, so a fast request keeps its fast rates (the higher of the two in every case so far).
      if (bucket.speed === 'fast') rules.push(RULE_FAST_NOT_LONG_CONTEXT);
      else {
        rates = long.rates;
        rules.push(RULE_LONG_CONTEXT);
      }
    }
    const tier = entry.promptTier;
    if (tier !== undefined && bandAbove(bucket.band, tier.above)) {
      multiplier = BigInt(tier.multiplier);
      rules.push(`prompt over ${tier.above / 1000}k tokens: every token ×${tier.multiplier}`);
    }
  }

  // Both premiums are ×1.1 on token cost; kept as a fraction so the result stays exact.
  let numerator = 1n;
  let denominator = 1n;
  if (bucket.geo === 'us' && row.usGeoMultiplier) {
    numerator *= 11n;
    denominator *= 10n;
    rules.push(RULE_US_GEO);
  }
  const resolution = resolveModel(book, bucket.model);
  if (resolution.ok && resolution.regional && row.cloudRegionalPremium) {
    numerator *= 11n;
    denominator *= 10n;
    rules.push(RULE_REGIONAL);
  }

  const tokenPico = divideRounded(
    priceTokensAtRates(bucket, rates) * multiplier * numerator,
    denominator,
  );
  const webPico = BigInt(bucket.webSearchRequests) * WEB_SEARCH_PICO_PER_REQUEST;
  if (bucket.webSearchRequests > 0) rules.push(RULE_WEB_SEARCH);
  return { priced: true, model: row.model, costPico: tokenPico + webPico, rules };
}

/**
 * "What would these tokens have cost on model X": the same bucket (day, speed, geo, band) priced
 * as another model. Unpriced when X has no rate for it (e.g. no fast rates).
 */
export function priceBucketAs(book: PriceBook, bucket: UsageBucket, model: string): BucketPrice {
  return priceBucket(book, { ...bucket, model });
}

/** Half-up rounding to the picodollar; exact for every shipped rate (all multiples of 100 pico). */
function divideRounded(value: bigint, divisor: bigint): bigint {
  return (value + divisor / 2n) / divisor;
}

export function tokenTotal(tokens: TokenCounts): number {
  return (
    tokens.inputTokens +
    tokens.outputTokens +
    tokens.cacheWrite5mTokens +
    tokens.cacheWrite1hTokens +
    tokens.cacheReadTokens
  );
}

export interface UnpricedUsage {
  /** The raw model id as logged. */
  model: string;
  reason: string;
  tokens: number;
  requests: number;
  buckets: number;
}

export interface BucketsCost {
  /** Priced buckets only: with any unpriced usage, this is a lower bound. */
  costPico: bigint;
  /** Keyed by canonical model id, so dated, Bedrock and Vertex forms of one model add up. */
  byModel: Map<string, { costPico: bigint; buckets: UsageBucket[] }>;
  /** One entry per raw id and reason; its tokens are counted, never priced as $0. */
  unpriced: UnpricedUsage[];
}

export function costOfBuckets(book: PriceBook, buckets: Iterable<UsageBucket>): BucketsCost {
  let costPico = 0n;
  const byModel = new Map<string, { costPico: bigint; buckets: UsageBucket[] }>();
  const unpriced = new Map<string, UnpricedUsage>();
  for (const bucket of buckets) {
    const price = priceBucket(book, bucket);
    if (price.priced) {
      costPico += price.costPico;
      const sum = byModel.get(price.model) ?? { costPico: 0n, buckets: [] };
      sum.costPico += price.costPico;
      sum.buckets.push(bucket);
      byModel.set(price.model, sum);
    } else {
      const key = `${bucket.model}\u0000${price.reason}`;
      const sum = unpriced.get(key) ?? {
        model: bucket.model,
        reason: price.reason,
        tokens: 0,
        requests: 0,
        buckets: 0,
      };
      sum.tokens += tokenTotal(bucket);
      sum.requests += bucket.requests;
      sum.buckets += 1;
      unpriced.set(key, sum);
    }
  }
  return { costPico, byModel, unpriced: [...unpriced.values()] };
}
