import { describe, expect, it } from 'vitest';
import { shiftToHitRate } from '../../src/policy/advice.js';
import { bucket, config, dollars, HAIKU, judge, OPUS, record } from './fixtures.js';

const DOCS = { labels: ['documentation'] };
const preferHaiku = `budgets:\n  docs:\n    preferredModel: ${HAIKU}\n`;

/** Opus 4.6, 20% cache hit: 400k input ($2.00) + 10k output ($0.25) + 100k reads ($0.05) = $2.30. */
const lowCache = () => bucket({ model: OPUS, inputTokens: 400_000, outputTokens: 10_000, cacheReadTokens: 100_000 });

describe('advice: the same tokens on the preferred model', () => {
  it('re-prices every bucket of a mechanical PR on the preferred model', () => {
    // On Haiku 4.5 a $1.00 Opus bucket is 100k × $1 + 10k × $5 + 16k × $1.25 + 300k × $0.10 per M = $0.20.
    const report = judge([record({ usage: [dollars(2)] }), record({ usage: [dollars(1)] })], {
      config: config(preferHaiku),
      pr: DOCS,
    });
    expect(report.advice).toHaveLength(1);
    const advice = report.advice?.[0];
    expect(advice).toMatchObject({
      kind: 'cheaper-model',
      arithmetic: `$3.00 on ${OPUS} − $0.60 on ${HAIKU}-20251001 = $2.40`,
      details: [`${OPUS}: 1.28M tokens, $3.00 now, $0.60 on ${HAIKU}-20251001`],
    });
    expect(advice?.savingUsd).toBeCloseTo(2.4, 10);
    expect(advice?.summary).toContain('docs work');
  });

  it('leaves out tokens already on the preferred model', () => {
    const report = judge([record({ usage: [dollars(1), dollars(5, { model: HAIKU })] })], {
      config: config(preferHaiku),
      pr: DOCS,
    });
    expect(report.advice?.[0]?.arithmetic).toBe(`$1.00 on ${OPUS} − $0.20 on ${HAIKU}-20251001 = $0.80`);
  });

  it('is silent for kinds that are not mechanical, without a preferred model, or when nothing is saved', () => {
    expect(judge([record({ usage: [dollars(3)] })], { config: config(preferHaiku) }).advice).toEqual([]);
    expect(judge([record({ usage: [dollars(3)] })], { pr: DOCS }).advice).toEqual([]);
    expect(
      judge([record({ usage: [dollars(3, { model: HAIKU })] })], { config: config(preferHaiku), pr: DOCS }).advice,
    ).toEqual([]);
  });

  it('notes a preferred model the price book does not know, instead of advising', () => {
    const report = judge([record({ usage: [dollars(3)] })], {
      config: config('budgets:\n  docs:\n    preferredModel: claude-tiny-1\n'),
      pr: DOCS,
    });
    expect(report.advice).toEqual([]);
    expect(report.notes).toContain(
      'The preferred model claude-tiny-1 is not in the price book, so no cheaper-model advice is given.',
    );
  });
});

describe('advice: sessions under the cache-hit target', () => {
  it('moves prompt tokens to cache reads up to the target, and prices the difference', () => {
    // At 60%, 300k of the 500k prompt are reads: 200k input ($1.00) move to reads ($0.10 → $0.15 total reads).
    // $2.30 now; $1.00 input + $0.25 output + $0.15 reads = $1.40 at the target.
    const report = judge([record({ usage: [lowCache()] }), record({ usage: [dollars(1)] })]);
    expect(report.advice).toHaveLength(1);
    const advice = report.advice?.[0];
    expect(advice).toMatchObject({ kind: 'cache', arithmetic: '$2.30 now − $1.40 at 60.0% cache hit = $0.90' });
    expect(advice?.savingUsd).toBeCloseTo(0.9, 10);
    expect(advice?.summary).toMatch(
      /^1 session read less than 60\.0% of its prompt from cache\. At the target, 200k more prompt tokens/,
    );
    expect(advice?.details).toEqual([
      `session ${report.sessions[0]?.sessionId.slice(0, 8)}: cache hit 20.0%; 200k more tokens read from cache: $2.30 → $1.40`,
    ]);
  });

  it('takes the cheapest uncached tokens first: input, then 5-minute, then 1-hour writes', () => {
    const b = bucket({ inputTokens: 10_000, cacheWrite5mTokens: 100_000, cacheWrite1hTokens: 100_000 });
    expect(shiftToHitRate([b], 0.6)).toEqual({
      moved: 126_000,
      buckets: [{ ...b, inputTokens: 0, cacheWrite5mTokens: 0, cacheWrite1hTokens: 84_000, cacheReadTokens: 126_000 }],
    });
    expect(shiftToHitRate([bucket({ inputTokens: 10, cacheReadTokens: 90 })], 0.6).moved).toBe(0);
  });

  it("aims at the session's rate, spreading the reads over its buckets by their uncached tokens", () => {
    // 57.6% overall: only 43.8k more reads reach 60%, though one bucket alone is at 20%.
    const high = bucket({ inputTokens: 310_000, cacheWrite5mTokens: 49_600, cacheReadTokens: 930_000 });
    const low = bucket({ day: '2026-11-17', inputTokens: 400_000, cacheReadTokens: 100_000 });
    const { buckets, moved } = shiftToHitRate([high, low], 0.6);
    expect(moved).toBe(43_760);
    // By uncached tokens, 359.6k : 400k: floor(43,760 × 359,600 / 759,600) = 20,716, the rest to the other.
    expect(buckets.map((b) => b.cacheReadTokens)).toEqual([930_000 + 20_716, 100_000 + 23_044]);
    const reads = buckets.reduce((n, b) => n + b.cacheReadTokens, 0);
    expect(reads / 1_789_600).toBeCloseTo(0.6, 6);
  });

  it('follows the configured target, and is silent at 0 or above it', () => {
    expect(judge([record({ usage: [dollars(2)] })]).advice).toEqual([]); // 72% hit
    const strict = judge([record({ usage: [dollars(2)] })], { config: config('cache: { hitRateTarget: 0.9 }\n') });
    expect(strict.advice?.[0]?.arithmetic).toMatch(/ at 90\.0% cache hit = /);
    expect(
      judge([record({ usage: [lowCache()] })], { config: config('cache: { hitRateTarget: 0 }\n') }).advice,
    ).toEqual([]);
  });
});

describe('advice: open-ended sessions against the scoped baseline', () => {
  const yaml = 'baseline:\n  perTask:\n    default: { scopedUsd: 0.94, openEndedUsd: 2.87 }\n';

  it('is the baseline estimate as arithmetic, labelled an estimate', () => {
    const sessions = [
      record({ usage: [dollars(5)], scope: 'open-ended' }),
      record({ usage: [dollars(3)], compactions: 2 }),
      record({ usage: [dollars(0.5)], turns: 90 }), // open-ended but cheaper than a scoped session
      record({ usage: [dollars(2)] }), // scoped
    ];
    const report = judge(sessions, { config: config(yaml) });
    const advice = report.advice?.find((a) => a.kind === 'open-ended');
    expect(advice?.arithmetic).toBe(
      '$8.00 − 2 × $0.94 = $6.12 (an estimate: the work might have needed more than one scoped session)',
    );
    expect(advice?.savingUsd).toBeCloseTo(6.12, 10);
    expect(advice?.summary).toMatch(/^2 open-ended sessions cost more than the team's scoped session \(\$0\.94\)/);
    expect(advice?.details).toEqual([
      `session ${report.sessions[0]?.sessionId.slice(0, 8)} (declared open-ended: declared in the record): $5.00`,
      `session ${report.sessions[1]?.sessionId.slice(0, 8)} (inferred open-ended: compactions 2 ≥ 1): $3.00`,
    ]);
  });

  it('is silent without open-ended sessions or without a scoped baseline', () => {
    expect(judge([record({ usage: [dollars(5)] })], { config: config(yaml) }).advice).toEqual([]);
    expect(judge([record({ usage: [dollars(5)], compactions: 1 })]).advice).toEqual([]);
  });
});
