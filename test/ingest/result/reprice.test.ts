import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResultObject } from '../../../src/ingest/result/index.js';
import { defaultPriceBook } from '../../../src/pricing/book.js';
import { priceBucket } from '../../../src/pricing/price.js';
import { picoToUsd } from '../../../src/pricing/types.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/result');
const context = { fallbackSessionId: 'stem', day: '2026-11-20', linesRead: 1 };

/** pricing-facts.md: re-pricing a result's modelUsage at list prices reproduces its costUSD. */
function expectRepricingReproduces(result: unknown): void {
  const parsed = parseResultObject(result, context);
  if (!parsed.ok) throw new Error(parsed.reason);
  expect(parsed.record.usage.length).toBeGreaterThan(0);
  for (const bucket of parsed.record.usage) {
    const price = priceBucket(defaultPriceBook(), bucket);
    if (!price.priced) throw new Error(`${bucket.model}: ${price.reason}`);
    const reported = parsed.reportedByModel[bucket.model];
    expect(reported).toBeDefined();
    expect(Math.abs(picoToUsd(price.costPico) - (reported ?? NaN))).toBeLessThan(1e-9);
  }
}

describe('re-pricing a result object', () => {
  it("reproduces each model's costUSD from the fixture", async () => {
    expectRepricingReproduces(JSON.parse(await readFile(join(FIXTURES, 'print.json'), 'utf8')));
  });

  it('reproduces costUSD when the run-wide split puts writes at the 1-hour rate', () => {
    const model = 'claude-sonnet-4-5-20250929';
    // 2,000 5m writes at 3.75 and 40,000 1h writes at 6 (Sonnet 4.5 list prices).
    const costUSD = (1_200 * 3 + 35_000 * 15 + 850_000 * 0.3 + 2_000 * 3.75 + 40_000 * 6) / 1e6;
    expectRepricingReproduces({
      type: 'result',
      session_id: 's1',
      usage: { cache_creation: { ephemeral_5m_input_tokens: 2_000, ephemeral_1h_input_tokens: 40_000 } },
      modelUsage: {
        [model]: {
          inputTokens: 1_200,
          outputTokens: 35_000,
          cacheReadInputTokens: 850_000,
          cacheCreationInputTokens: 42_000,
          webSearchRequests: 0,
          costUSD,
        },
      },
    });
  });
});
