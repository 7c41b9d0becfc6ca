import { describe, expect, it } from 'vitest';
import shipped from '../../pricing/prices.json' with { type: 'json' };
import {
  defaultPriceBook,
  loadPriceBook,
  loadPriceBookOverride,
  mergePriceBooks,
  type ModelRow,
} from '../../src/pricing/book.js';
import { priceBucket } from '../../src/pricing/price.js';
import { picoToUsd } from '../../src/pricing/types.js';
import { emptyTokens } from '../../src/records/schema.js';

/** Every model in ../shared/pricing-facts.md, by canonical API id. */
const MODELS_IN_FACTS = [
  'claude-fable-5-2',
  'claude-mythos-5-2',
  'claude-fable-5-1',
  'claude-mythos-5-1',
  'claude-fable-5',
  'claude-mythos-5',
  'claude-opus-5-5',
  'claude-opus-5',
  'claude-opus-4-8',
  'claude-opus-4-7',
  'claude-opus-4-6',
  'claude-opus-4-5-20251101',
  'claude-opus-4-1-20250805',
  'claude-opus-4-20250514',
  'claude-3-opus-20240229',
  'claude-sonnet-5-5',
  'claude-sonnet-5',
  'claude-sonnet-4-6',
  'claude-sonnet-4-5-20250929',
  'claude-sonnet-4-20250514',
  'claude-3-7-sonnet-20250219',
  'claude-3-5-sonnet-20241022',
  'claude-3-5-sonnet-20240620',
  'claude-haiku-5-5',
  'claude-haiku-4-5-20251001',
  'claude-3-5-haiku-20241022',
  'claude-3-haiku-20240307',
];

/** Claude 4.6 and later: charge ×1.1 for US-only inference. */
const US_GEO = [
  'claude-fable-5-2',
  'claude-mythos-5-2',
  'claude-fable-5-1',
  'claude-mythos-5-1',
  'claude-fable-5',
  'claude-mythos-5',
  'claude-opus-5-5',
  'claude-opus-5',
  'claude-opus-4-8',
  'claude-opus-4-7',
  'claude-opus-4-6',
  'claude-sonnet-5-5',
  'claude-sonnet-5',
  'claude-sonnet-4-6',
  'claude-haiku-5-5',
];
/** Sonnet 4.5 / Haiku 4.5 / Opus 4.5 and later: +10% on regional cloud endpoints. */
const REGIONAL = [
  ...US_GEO,
  'claude-opus-4-5-20251101',
  'claude-sonnet-4-5-20250929',
  'claude-haiku-4-5-20251001',
];

const book = defaultPriceBook();

describe('the shipped price book', () => {
  it('is a valid book that the schema leaves as it is, so runs can take it unvalidated', () => {
    expect(loadPriceBook(shipped)).toStrictEqual(shipped);
    expect(defaultPriceBook()).toBe(defaultPriceBook());
    expect(defaultPriceBook()).toStrictEqual(loadPriceBook(shipped));
  });
});

describe('the shipped price book', () => {
  it('has exactly the models in pricing-facts.md', () => {
    expect(book.models.map((row) => row.model).sort()).toEqual([...MODELS_IN_FACTS].sort());
  });

  it('cites a source and a check date on every row', () => {
    for (const row of book.models) {
      expect(row.source, row.model).toMatch(/^Anthropic pricing page \(platform\.claude\.com/);
      expect(row.checked, row.model).toBe('2026-11-24');
    }
    expect(book.asOf).toBe('2026-11-24');
  });

  it('flags the geo and regional premiums on the right models', () => {
    const flagged = (pick: (row: ModelRow) => boolean) =>
      book.models.filter(pick).map((row) => row.model).sort();
    expect(flagged((row) => row.usGeoMultiplier)).toEqual([...US_GEO].sort());
    expect(flagged((row) => row.cloudRegionalPremium)).toEqual([...REGIONAL].sort());
  });

  it('matches the facts table on a few rows', () => {
    const current = (model: string) => book.models.find((row) => row.model === model)?.prices.at(-1);
    expect(current('claude-3-haiku-20240307')).toEqual({
      from: null,
      input: 0.25,
      output: 1.25,
      cacheWrite5m: 0.3,
      cacheWrite1h: 0.5,
      cacheRead: 0.03,
    });
    expect(current('claude-3-opus-20240229')?.cacheWrite1h).toBe(30);
    expect(current('claude-fable-5-2')?.fast).toEqual({
      input: 16,
      output: 80,
      cacheWrite5m: 20,
      cacheWrite1h: 32,
      cacheRead: 0.4,
    });
  });

  it('is the same object on every call', () => {
    expect(defaultPriceBook()).toBe(book);
  });
});

type Json = Record<string, unknown>;
function copyOfShipped(): { models: Array<Json & { prices: Json[]; ids: string[] }> } & Json {
  return structuredClone(shipped) as never;
}

describe('loadPriceBook', () => {
  it('names the path of a bad value', () => {
    const bad = copyOfShipped();
    const row = bad.models[3];
    if (row?.prices[0]) row.prices[0].input = -1;
    expect(() => loadPriceBook(bad)).toThrow(/^invalid price book: models\[3\]\.prices\[0\]\.input: /);
  });

  it('rejects dates that do not ascend', () => {
    const bad = copyOfShipped();
    const sonnet55 = bad.models.find((row) => row.model === 'claude-sonnet-5-5');
    sonnet55?.prices.push({ ...sonnet55.prices[0], from: '2026-10-01' });
    expect(() => loadPriceBook(bad)).toThrow(
      /models\[15\]\.prices\[2\]\.from: dates must ascend: 2026-10-01 is not after 2026-10-07/,
    );
  });

  it('allows null only on the first entry', () => {
    const bad = copyOfShipped();
    bad.models[0]?.prices.push({ ...bad.models[0].prices[0], from: null });
    expect(() => loadPriceBook(bad)).toThrow(/models\[0\]\.prices\[1\]\.from: only the first/);
  });

  it('rejects an id used by two rows', () => {
    const bad = copyOfShipped();
    bad.models[0]?.ids.push('claude-sonnet-4-5');
    expect(() => loadPriceBook(bad)).toThrow(
      "models[18].ids[0]: id 'claude-sonnet-4-5' is already used by claude-fable-5-2",
    );
  });

  it('rejects unknown keys and uppercase ids', () => {
    const bad = copyOfShipped();
    if (bad.models[0]) bad.models[0].price = [];
    expect(() => loadPriceBook(bad)).toThrow(/models\[0\]/);
    const upper = copyOfShipped();
    if (upper.models[0]) upper.models[0].model = 'Claude-X';
    expect(() => loadPriceBook(upper)).toThrow(/models\[0\]\.model: must be a lowercase model id/);
  });

  it('rejects a tier at a threshold the prompt bands cannot answer', () => {
    const bad = copyOfShipped();
    const entry = bad.models[0]?.prices[0];
    if (entry) entry.promptTier = { above: 150_000, multiplier: 2 };
    expect(() => loadPriceBook(bad)).toThrow(/models\[0\]\.prices\[0\]\.promptTier\.above/);
  });
});

describe('mergePriceBooks', () => {
  const rates = { input: 1, output: 2, cacheWrite5m: 1.25, cacheWrite1h: 2, cacheRead: 0.1 };
  const row = (model: string, ids: string[] = []) => ({
    model,
    ids,
    source: 'our contract, 2026',
    checked: '2026-11-01',
    prices: [{ from: null, ...rates }],
  });
  const tokens = { ...emptyTokens(), inputTokens: 1_000_000 };
  const bucket = (model: string) => ({
    model,
    day: '2026-11-01',
    speed: 'standard' as const,
    geo: 'global',
    band: 'le100k' as const,
    origin: 'main' as const,
    ...tokens,
  });
  const usd = (b: typeof book, model: string) => {
    const price = priceBucket(b, bucket(model));
    return price.priced ? picoToUsd(price.costPico) : price.reason;
  };

  it('replaces rows by model and adds new ones', () => {
    const override = loadPriceBookOverride({
      models: [row('claude-sonnet-4-5-20250929', ['claude-sonnet-4-5']), row('acme-claude-proxy')],
    });
    const merged = mergePriceBooks(book, override);
    expect(usd(merged, 'claude-sonnet-4-5')).toBe(1);
    expect(usd(merged, 'acme-claude-proxy')).toBe(1);
    expect(usd(merged, 'claude-opus-4-7')).toBe(5);
    expect(usd(book, 'claude-sonnet-4-5')).toBe(3);
    expect(merged.models).toHaveLength(book.models.length + 1);
  });

  it('rejects an added row whose id another row owns', () => {
    const override = loadPriceBookOverride({ models: [row('acme', ['claude-opus-4-5'])] });
    expect(() => mergePriceBooks(book, override)).toThrow(/id 'claude-opus-4-5' is already used/);
  });

  it('accepts a full book as the override', () => {
    expect(mergePriceBooks(book, book).models).toEqual(book.models);
  });
});
