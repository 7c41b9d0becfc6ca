import type { UsageBucket } from '../records/schema.js';

/** USD per million tokens, as the price book stores them. */
export interface Rates {
  input: number;
  output: number;
  cacheWrite5m: number;
  cacheWrite1h: number;
  cacheRead: number;
}

/** The result of resolving a raw model id from a log to a price-book row. */
export type Resolution =
  | {
      ok: true;
      /** The canonical id of the price-book row. */
      model: string;
      provider: 'anthropic' | 'bedrock' | 'vertex';
      /** Regional (non-global) cloud endpoint, where the row charges a premium for it. */
      regional: boolean;
      /** `[1m]` suffix was present. */
      longContextSuffix: boolean;
    }
  | { ok: false; reason: string };

/** Price of one usage bucket. Money is kept exact as integer picodollars (1e-12 USD). */
export type BucketPrice =
  | {
      priced: true;
      model: string;
      costPico: bigint;
      /** Which rules applied, for data notes: e.g. "long-context tier", "fast", "us geo ×1.1". */
      rules: string[];
    }
  | { priced: false; reason: string };

export const PICO_PER_USD = 1_000_000_000_000n;

export function picoToUsd(pico: bigint): number {
  // Split so the division stays exact to the last representable digit.
  const whole = pico / PICO_PER_USD;
  const frac = pico % PICO_PER_USD;
  return Number(whole) + Number(frac) / 1e12;
}

export type { UsageBucket };
