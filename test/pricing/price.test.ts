import { describe, expect, it } from 'vitest';
import { defaultPriceBook } from '../../src/pricing/book.js';
import {
  costOfBuckets,
  priceBucket,
  priceBucketAs,
  priceTokensAtRates,
  ratesFor,
  RULE_BAND_UNKNOWN,
  RULE_FAST_NOT_LONG_CONTEXT,
  RULE_LONG_CONTEXT,
  RULE_REGIONAL,
  RULE_US_GEO,
} from '../../src/pricing/price.js';
import { picoToUsd } from '../../src/pricing/types.js';
import { emptyTokens, type UsageBucket } from '../../src/records/schema.js';

const book = defaultPriceBook();

function bucket(over: Partial<UsageBucket>): UsageBucket {
  return {
    model: 'claude-sonnet-4-5-20250929',
    day: '2026-05-01',
    speed: 'standard',
    geo: 'global',
    band: 'le100k',
    origin: 'main',
    ...emptyTokens(),
    requests: 1,
    ...over,
  };
}

function priced(over: Partial<UsageBucket>) {
  const price = priceBucket(book, bucket(over));
  if (!price.priced) throw new Error(price.reason);
  return price;
}

/** Closer than half a picodollar: the float of the expected arithmetic is the only slack. */
function expectUsd(over: Partial<UsageBucket>, usd: number) {
  expect(picoToUsd(priced(over).costPico)).toBeCloseTo(usd, 12);
}

function unpricedReason(over: Partial<UsageBucket>): string {
  const price = priceBucket(book, bucket(over));
  if (price.priced) throw new Error(`expected unpriced, got ${price.costPico} pico`);
  return price.reason;
}

describe('Claude Code reference figures', () => {
  it('a result-style bucket of Sonnet 4.5', () => {
    expectUsd(
      { inputTokens: 1000, outputTokens: 500, cacheReadTokens: 20_000, cacheWrite5mTokens: 3000 },
      1000 * 3e-6 + 500 * 15e-6 + 20_000 * 0.3e-6 + 3000 * 3.75e-6,
    );
  });

  it('a Sonnet 4 session on 2025-09-03 costs exactly $3.14098425', () => {
    const price = priced({
      model: 'claude-sonnet-4-20250514',
      day: '2025-09-03',
      inputTokens: 1219,
      outputTokens: 59_059,
      cacheWrite5mTokens: 230_493,
      cacheReadTokens: 4_623_645,
    });
    expect(price.costPico).toBe(3_140_984_250_000n);
    expect(picoToUsd(price.costPico)).toBe(3.14098425);
    expect(price.rules).toEqual([]);
  });
});

describe('per-category rates', () => {
  it('1-hour cache writes cost more than 5-minute ones', () => {
    expectUsd({ cacheWrite5mTokens: 1_000_000 }, 3.75);
    expectUsd({ cacheWrite1hTokens: 1_000_000 }, 6);
  });

  it('cache read is per model, not 0.1 × input', () => {
    expectUsd({ model: 'claude-fable-5', cacheReadTokens: 1_000_000 }, 1.0);
    expectUsd({ model: 'claude-fable-5-1', cacheReadTokens: 1_000_000 }, 0.25);
    expectUsd({ model: 'claude-opus-5-5', cacheReadTokens: 1_000_000 }, 0.2);
  });

  it('Haiku 5.5 fractional rates stay exact', () => {
    const tokens = { inputTokens: 7, outputTokens: 3, cacheWrite5mTokens: 11, cacheReadTokens: 13 };
    expect(priced({ model: 'claude-haiku-5-5', day: '2026-10-01', ...tokens }).costPico).toBe(
      7n * 100_000n + 3n * 500_000n + 11n * 125_000n + 13n * 10_000n,
    );
  });
});

describe('dated changes', () => {
  it('Sonnet 5.5 cache read drops from 0.20 to 0.10 on 2026-10-07', () => {
    const reads = { model: 'claude-sonnet-5-5', cacheReadTokens: 1_000_000 };
    expectUsd({ ...reads, day: '2026-10-06' }, 0.2);
    expectUsd({ ...reads, day: '2026-10-07' }, 0.1);
  });

  it('Opus 4.8 fast mode ends after 2026-11-30', () => {
    const fast = { model: 'claude-opus-4-8', speed: 'fast' as const, inputTokens: 1000, outputTokens: 100 };
    expectUsd({ ...fast, day: '2026-11-30' }, 1000 * 10e-6 + 100 * 50e-6);
    expect(unpricedReason({ ...fast, day: '2026-12-01' })).toContain('no fast-mode rates');
    expectUsd({ ...fast, speed: 'standard', day: '2026-12-01' }, 1000 * 5e-6 + 100 * 25e-6);
  });
});

describe('long-context tier', () => {
  const request = { inputTokens: 200_000, outputTokens: 1 };

  it('bills every token of a >200k Sonnet 4.5 request at premium rates, output included', () => {
    expectUsd({ ...request, day: '2026-03-01', band: 'gt200k' }, 200_000 * 6e-6 + 1 * 22.5e-6);
    expect(priced({ ...request, day: '2026-03-01', band: 'gt200k' }).rules).toContain(
      RULE_LONG_CONTEXT,
    );
    expectUsd(
      {
        day: '2026-03-31',
        band: 'gt200k',
        inputTokens: 10,
        outputTokens: 20,
        cacheWrite5mTokens: 30,
        cacheWrite1hTokens: 40,
        cacheReadTokens: 250_000,
      },
      10 * 6e-6 + 20 * 22.5e-6 + 30 * 7.5e-6 + 40 * 12e-6 + 250_000 * 0.6e-6,
    );
  });

  it('ends for Sonnet 4.5 on 2026-04-01', () => {
    expectUsd({ ...request, day: '2026-04-01', band: 'gt200k' }, 200_000 * 3e-6 + 1 * 15e-6);
  });

  it('does not apply at or below 200k', () => {
    expectUsd({ ...request, day: '2026-03-01', band: 'le100k' }, 200_000 * 3e-6 + 1 * 15e-6);
    expectUsd({ ...request, day: '2026-03-01', band: '100k-200k' }, 200_000 * 3e-6 + 1 * 15e-6);
  });

  it('ends for Sonnet 4.6 and Opus 4.6 after 2026-03-13', () => {
    const sonnet = { ...request, model: 'claude-sonnet-4-6', band: 'gt200k' as const };
    expectUsd({ ...sonnet, day: '2026-03-13' }, 200_000 * 6e-6 + 1 * 22.5e-6);
    expectUsd({ ...sonnet, day: '2026-03-14' }, 200_000 * 3e-6 + 1 * 15e-6);
    const opus = { ...request, model: 'claude-opus-4-6', band: 'gt200k' as const };
    expectUsd({ ...opus, day: '2026-03-13' }, 200_000 * 10e-6 + 1 * 37.5e-6);
    expectUsd({ ...opus, day: '2026-03-14' }, 200_000 * 5e-6 + 1 * 25e-6);
  });

  it('an unknown prompt size gets base rates and a note', () => {
    const price = priced({ ...request, day: '2026-03-01', band: 'unknown' });
    expect(picoToUsd(price.costPico)).toBeCloseTo(200_000 * 3e-6 + 1 * 15e-6, 12);
    expect(price.rules).toEqual([RULE_BAND_UNKNOWN]);
    expect(priced({ ...request, day: '2026-05-01', band: 'unknown' }).rules).toEqual([]);
  });
});

describe('Haiku 5.5 prompt tier', () => {
  const request = {
    model: 'claude-haiku-5-5',
    inputTokens: 150_000,
    outputTokens: 1000,
    cacheWrite1hTokens: 100,
    cacheReadTokens: 10,
  };
  const base = 150_000 * 0.1e-6 + 1000 * 0.5e-6 + 100 * 0.2e-6 + 10 * 0.01e-6;

  it('multiplies every category by 5 above 100k from 2026-10-07', () => {
    expectUsd({ ...request, day: '2026-10-07', band: '100k-200k' }, 5 * base);
    expectUsd({ ...request, day: '2026-10-07', band: 'gt200k' }, 5 * base);
  });

  it('not before 2026-10-07, and not at or below 100k', () => {
    expectUsd({ ...request, day: '2026-10-06', band: '100k-200k' }, base);
    expectUsd({ ...request, day: '2026-10-07', band: 'le100k' }, base);
  });
});

describe('fast mode', () => {
  const tokens = {
    inputTokens: 1000,
    outputTokens: 2000,
    cacheWrite5mTokens: 300,
    cacheWrite1hTokens: 400,
    cacheReadTokens: 5000,
  };

  it('uses the fast row of Opus 5.5, Opus 5 and Fable 5.2', () => {
    const speed = 'fast' as const;
    expectUsd(
      { model: 'claude-opus-5-5', speed, ...tokens },
      1000 * 8e-6 + 2000 * 40e-6 + 300 * 10e-6 + 400 * 16e-6 + 5000 * 0.4e-6,
    );
    expectUsd(
      { model: 'claude-opus-5', speed, ...tokens },
      1000 * 10e-6 + 2000 * 50e-6 + 300 * 12.5e-6 + 400 * 20e-6 + 5000 * 1e-6,
    );
    expectUsd(
      { model: 'claude-fable-5-2', speed, ...tokens },
      1000 * 16e-6 + 2000 * 80e-6 + 300 * 20e-6 + 400 * 32e-6 + 5000 * 0.4e-6,
    );
  });

  it('Opus 4.6 fast preview ran 2026-02-01 to 2026-07-31', () => {
    const fast = { model: 'claude-opus-4-6', speed: 'fast' as const, ...tokens };
    const preview = 1000 * 30e-6 + 2000 * 150e-6 + 300 * 37.5e-6 + 400 * 60e-6 + 5000 * 3e-6;
    expect(unpricedReason({ ...fast, day: '2026-01-31' })).toContain('no fast-mode rates');
    expectUsd({ ...fast, day: '2026-02-01' }, preview);
    expectUsd({ ...fast, day: '2026-07-31' }, preview);
    expect(unpricedReason({ ...fast, day: '2026-08-01' })).toContain('no fast-mode rates');
  });

  it('a fast request over 200k keeps its fast rates, noted', () => {
    const price = priced({
      model: 'claude-opus-4-6',
      speed: 'fast',
      band: 'gt200k',
      day: '2026-03-01',
      inputTokens: 250_000,
    });
    expect(picoToUsd(price.costPico)).toBeCloseTo(250_000 * 30e-6, 12);
    expect(price.rules).toContain(RULE_FAST_NOT_LONG_CONTEXT);
  });

  it('a model without fast rates leaves fast requests unpriced', () => {
    expect(unpricedReason({ speed: 'fast', ...tokens })).toBe(
      'claude-sonnet-4-5-20250929 has no fast-mode rates on 2026-05-01',
    );
    expect(unpricedReason({ model: 'claude-mythos-5-2', speed: 'fast', ...tokens })).toContain(
      'no fast-mode rates',
    );
  });

  it('us geo still applies on top of fast rates', () => {
    expectUsd({ model: 'claude-opus-5', speed: 'fast', geo: 'us', inputTokens: 1000 }, 1000 * 10e-6 * 1.1);
  });
});

describe('multipliers and fees', () => {
  it('us geo is ×1.1 on a 4.6-and-later model', () => {
    const price = priced({ model: 'claude-opus-4-6', geo: 'us', inputTokens: 1000, outputTokens: 100 });
    expect(picoToUsd(price.costPico)).toBeCloseTo((1000 * 5e-6 + 100 * 25e-6) * 1.1, 12);
    expect(price.rules).toEqual([RULE_US_GEO]);
  });

  it('us geo is not charged on Sonnet 4.5', () => {
    expectUsd({ geo: 'us', inputTokens: 1000, outputTokens: 100 }, 1000 * 3e-6 + 100 * 15e-6);
  });

  it('web search is $0.01 per request and never multiplied', () => {
    expectUsd(
      { model: 'claude-opus-4-6', geo: 'us', inputTokens: 1000, webSearchRequests: 3 },
      1000 * 5e-6 * 1.1 + 3 * 0.01,
    );
    expectUsd({ webSearchRequests: 1000 }, 10);
  });

  it('regional Bedrock endpoints cost +10% on Sonnet 4.5 and later, not before', () => {
    const tokens = { inputTokens: 1000, outputTokens: 100 };
    const sonnet45 = 1000 * 3e-6 + 100 * 15e-6;
    const regional = priced({ model: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', ...tokens });
    expect(picoToUsd(regional.costPico)).toBeCloseTo(sonnet45 * 1.1, 12);
    expect(regional.rules).toEqual([RULE_REGIONAL]);
    expectUsd({ model: 'global.anthropic.claude-sonnet-4-5-20250929-v1:0', ...tokens }, sonnet45);
    expectUsd({ model: 'anthropic.claude-sonnet-4-20250514-v1:0', ...tokens }, sonnet45);
    expectUsd(
      { model: 'eu.anthropic.claude-haiku-4-5-20251001-v1:0', webSearchRequests: 2, ...tokens },
      (1000 * 1e-6 + 100 * 5e-6) * 1.1 + 2 * 0.01,
    );
  });
});

describe('unpriced usage', () => {
  it('an unknown model is unpriced, never $0', () => {
    expect(unpricedReason({ model: 'claude-sonnet-4-5-evil', inputTokens: 1000 })).toBe(
      "model 'claude-sonnet-4-5-evil' not in price book",
    );
    expect(unpricedReason({ model: 'opus' })).toContain("alias 'opus'");
  });

  it('costOfBuckets counts unpriced tokens apart and adds up the rest by model', () => {
    const result = costOfBuckets(book, [
      bucket({ inputTokens: 1000 }),
      bucket({ model: 'claude-sonnet-4-5', outputTokens: 100 }),
      bucket({ model: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', inputTokens: 1000 }),
      bucket({ model: 'claude-opus-4-7', inputTokens: 10 }),
      bucket({ model: 'opus', inputTokens: 500, outputTokens: 50, requests: 2 }),
      bucket({ model: 'opus', cacheReadTokens: 7 }),
      bucket({ speed: 'fast', inputTokens: 9 }),
    ]);
    const sonnet45 = 1000 * 3e-6 + 100 * 15e-6 + 1000 * 3e-6 * 1.1;
    expect(picoToUsd(result.costPico)).toBeCloseTo(sonnet45 + 10 * 5e-6, 12);
    expect([...result.byModel.keys()]).toEqual(['claude-sonnet-4-5-20250929', 'claude-opus-4-7']);
    const sonnet = result.byModel.get('claude-sonnet-4-5-20250929');
    expect(sonnet?.buckets).toHaveLength(3);
    expect(picoToUsd(sonnet?.costPico ?? 0n)).toBeCloseTo(sonnet45, 12);
    expect(result.unpriced).toEqual([
      {
        model: 'opus',
        reason: "alias 'opus' does not name a model version",
        tokens: 557,
        requests: 3,
        buckets: 2,
      },
      {
        model: 'claude-sonnet-4-5-20250929',
        reason: 'claude-sonnet-4-5-20250929 has no fast-mode rates on 2026-05-01',
        tokens: 9,
        requests: 1,
        buckets: 1,
      },
    ]);
  });
});

describe('rates for what-if arithmetic', () => {
  it('ratesFor gives the base rates in force', () => {
    const lookup = ratesFor(book, 'claude-sonnet-5-5', '2026-10-07', 'standard');
    expect(lookup).toMatchObject({ ok: true, model: 'claude-sonnet-5-5' });
    if (lookup.ok) expect(lookup.rates.cacheRead).toBe(0.1);
    expect(ratesFor(book, 'sonnet', '2026-10-07', 'standard').ok).toBe(false);
  });

  it('priceTokensAtRates is plain tokens × rates', () => {
    const tokens = { ...emptyTokens(), inputTokens: 1_000_000, outputTokens: 1_000_000 };
    const rates = { input: 3, output: 15, cacheWrite5m: 3.75, cacheWrite1h: 6, cacheRead: 0.3 };
    expect(priceTokensAtRates(tokens, rates)).toBe(18_000_000_000_000n);
  });

  it('priceBucketAs prices the same tokens on another model', () => {
    const tokens = { inputTokens: 10_000, outputTokens: 2000 };
    const price = priceBucketAs(book, bucket(tokens), 'claude-haiku-4-5');
    expect(price.priced && picoToUsd(price.costPico)).toBeCloseTo(10_000 * 1e-6 + 2000 * 5e-6, 12);
  });
});
