import * as z from 'zod';
import shipped from '../../pricing/prices.json' with { type: 'json' };

/**
 * The price book: rates as data, each row citing where its figures come from. Rates are USD per
 * million tokens; `priceBucket` turns them into exact integer picodollars per token.
 */

// A $/MTok rate becomes rate × 1e6 picodollars per token; the cap keeps that far inside 2^53.
const rate = z.number().finite().nonnegative().max(1_000_000);
const utcDay = z.iso.date();

export const RatesSchema = z.strictObject({
  input: rate,
  output: rate,
  cacheWrite5m: rate,
  cacheWrite1h: rate,
  cacheRead: rate,
});

/**
 * Prompt-size thresholds a bucket's band can answer: bands split at 100k and 200k prompt tokens
 * (`bandOf` in records/schema.ts), so a tier at any other threshold could not be applied.
 */
const threshold = z.union([z.literal(100_000), z.literal(200_000)]);

export const PriceEntrySchema = z.strictObject({
  /** First UTC day the entry is in force (inclusive); null on the first entry means "always". */
  from: utcDay.nullable(),
  ...RatesSchema.shape,
  /** Replaces the rates when `usage.speed == "fast"`; absent: fast requests are unpriced. */
  fast: RatesSchema.optional(),
  /** Replaces the rates for every token of a request whose prompt is above `above`. */
  longContext: z.strictObject({ above: threshold, rates: RatesSchema }).optional(),
  /** Multiplies every category of a request whose prompt is above `above`. */
  promptTier: z
    .strictObject({ above: threshold, multiplier: z.number().int().positive().max(100) })
    .optional(),
});

/** Ids are matched exactly after lowercasing the raw id, so the book holds them lowercase. */
const modelId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'must be a lowercase model id (a-z, 0-9, ".", "_", "-")');

export const ModelRowSchema = z.strictObject({
  model: modelId,
  ids: z.array(modelId).default([]),
  /** `inference_geo: "us"` costs ×1.1 (Claude 4.6 and later). */
  usGeoMultiplier: z.boolean().default(false),
  /** Regional Bedrock / Vertex endpoints cost +10% (Sonnet 4.5, Haiku 4.5, Opus 4.5 and later). */
  cloudRegionalPremium: z.boolean().default(false),
  source: z.string().min(1).max(500),
  checked: utcDay,
  notes: z.string().max(1000).optional(),
  prices: z.array(PriceEntrySchema).min(1),
});

const ModelsSchema = z.array(ModelRowSchema).superRefine((rows, ctx) => {
  const owner = new Map<string, string>();
  rows.forEach((row, r) => {
    [row.model, ...row.ids].forEach((id, i) => {
      const seen = owner.get(id);
      if (seen !== undefined) {
        const path = i === 0 ? [r, 'model'] : [r, 'ids', i - 1];
        ctx.addIssue({ code: 'custom', path, message: `id '${id}' is already used by ${seen}` });
      } else owner.set(id, row.model);
    });
    let last: string | undefined;
    row.prices.forEach((entry, p) => {
      const path = [r, 'prices', p, 'from'];
      if (entry.from === null) {
        if (p > 0) ctx.addIssue({ code: 'custom', path, message: 'only the first entry may be null' });
      } else {
        if (last !== undefined && entry.from <= last) {
          const message = `dates must ascend: ${entry.from} is not after ${last}`;
          ctx.addIssue({ code: 'custom', path, message });
        }
        last = entry.from;
      }
    });
  });
});

export const PriceBookSchema = z.strictObject({
  asOf: utcDay,
  currency: z.literal('USD'),
  unit: z.literal('per million tokens'),
  models: ModelsSchema,
});

/** A user's file: rows to add or replace by `model`; the rest of the book is optional. */
export const PriceBookOverrideSchema = PriceBookSchema.partial({
  asOf: true,
  currency: true,
  unit: true,
});

export type PriceBook = z.infer<typeof PriceBookSchema>;
export type PriceBookOverride = z.infer<typeof PriceBookOverrideSchema>;
export type ModelRow = z.infer<typeof ModelRowSchema>;
export type PriceEntry = z.infer<typeof PriceEntrySchema>;

function parseOrThrow<T>(schema: z.ZodType<T>, json: unknown, what: string): T {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${pathText(issue.path)}: ${issue.message}`);
  throw new Error(`invalid ${what}: ${problems.join('; ')}`);
}

/** `models[3].prices[0].from`, so the message points at the bad value in the file. */
function pathText(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** Validates a price book. Throws an Error naming the path of each bad value. */
export function loadPriceBook(json: unknown): PriceBook {
  return parseOrThrow(PriceBookSchema, json, 'price book');
}

export function loadPriceBookOverride(json: unknown): PriceBookOverride {
  return parseOrThrow(PriceBookOverrideSchema, json, 'price book override');
}

let shippedBook: PriceBook | undefined;

/**
 * The book that ships with the code (`pricing/prices.json`). It is our own data, checked by the
 * schema in the tests (which also show the schema leaves it unchanged), so a run takes it as it
 * is: validating it cost each run 6 ms. Books and rows from users are always validated.
 */
export function defaultPriceBook(): PriceBook {
  shippedBook ??= shipped as PriceBook;
  return shippedBook;
}

/**
 * Rows of `override` replace rows of `base` with the same `model`; new rows are added. The result
 * is validated again, so an added id that collides with another row's id is an error.
 */
export function mergePriceBooks(base: PriceBook, override: PriceBookOverride): PriceBook {
  const replaced = new Map(override.models.map((row) => [row.model, row]));
  const models = base.models.map((row) => replaced.get(row.model) ?? row);
  const baseModels = new Set(base.models.map((row) => row.model));
  models.push(...override.models.filter((row) => !baseModels.has(row.model)));
  const asOf = override.asOf !== undefined && override.asOf > base.asOf ? override.asOf : base.asOf;
  return loadPriceBook({ ...base, asOf, models });
}
