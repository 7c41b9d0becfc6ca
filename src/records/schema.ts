import * as z from 'zod';

/**
 * The committed session record, `claude-cost/session@1`. It is also the normalised shape every
 * ingest format produces, so re-pricing a record is, by construction, pricing what it came from.
 * Records arrive from pull requests: every string is bounded and every count is a finite,
 * non-negative integer.
 */
export const SESSION_SCHEMA = 'claude-cost/session@1' as const;

export const SPEEDS = ['standard', 'fast'] as const;
/** Prompt = input + cache read + cache write tokens of one request. Bands match the price tiers. */
export const PROMPT_BANDS = ['le100k', '100k-200k', 'gt200k', 'unknown'] as const;
export const ORIGINS = ['main', 'subagent'] as const;
export const SCOPES = ['scoped', 'open-ended'] as const;
export const SOURCE_FORMATS = ['transcript', 'result', 'export', 'record'] as const;

export const TOKEN_FIELDS = [
  'inputTokens',
  'outputTokens',
  'cacheWrite5mTokens',
  'cacheWrite1hTokens',
  'cacheReadTokens',
] as const satisfies readonly string[];
export type TokenField = (typeof TOKEN_FIELDS)[number];

const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const text = (max: number) => z.string().min(1).max(max);
/** Session ids and model ids are identifiers: no spaces, no markup characters. */
const identifier = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9._:@/[\]+-]+$/, 'must be an identifier (letters, digits and ._:@/[]+-)');
const isoTime = z.iso.datetime({ offset: true });
const utcDay = z.iso.date();

export const UsageBucketSchema = z.strictObject({
  model: identifier,
  day: utcDay,
  speed: z.enum(SPEEDS),
  geo: z
    .string()
    .min(1)
    .max(32)
    .regex(/^[a-z0-9_-]+$/),
  band: z.enum(PROMPT_BANDS),
  origin: z.enum(ORIGINS),
  requests: count,
  inputTokens: count,
  outputTokens: count,
  cacheWrite5mTokens: count,
  cacheWrite1hTokens: count,
  cacheReadTokens: count,
  webSearchRequests: count,
});
export type UsageBucket = z.infer<typeof UsageBucketSchema>;
export type BucketKey = Pick<UsageBucket, 'model' | 'day' | 'speed' | 'geo' | 'band' | 'origin'>;

export const SessionRecordSchema = z.strictObject({
  schema: z.literal(SESSION_SCHEMA),
  sessionId: identifier,
  tool: z.literal('claude-code'),
  toolVersion: text(64).optional(),
  recordedBy: text(64),
  branch: text(255).optional(),
  developer: text(255).optional(),
  task: z.strictObject({ kind: text(64).optional(), ref: text(255).optional() }).optional(),
  scope: z.enum(SCOPES).optional(),
  startedAt: isoTime.optional(),
  endedAt: isoTime.optional(),
  turns: count,
  requests: count,
  compactions: count,
  peakContextTokens: count,
  usage: z.array(UsageBucketSchema).max(10_000),
  reported: z
    .strictObject({
      costUsd: z.number().finite().nonnegative(),
      costBasis: text(32).optional(),
    })
    .optional(),
  source: z.strictObject({
    format: z.enum(SOURCE_FORMATS),
    files: count,
    linesRead: count,
    duplicatesDropped: count,
    skipped: z.array(z.strictObject({ reason: text(200), count })).max(100),
  }),
});
export type SessionRecord = z.infer<typeof SessionRecordSchema>;

/** A bucket for `key` with nothing in it yet. */
export function emptyBucket({ model, day, speed, geo, band, origin }: BucketKey): UsageBucket {
  return { model, day, speed, geo, band, origin, ...emptyTokens() };
}

export function emptyTokens(): Pick<UsageBucket, TokenField | 'requests' | 'webSearchRequests'> {
  return {
    requests: 0,
    inputTokens: 0,
    outputTokens: 0,
    cacheWrite5mTokens: 0,
    cacheWrite1hTokens: 0,
    cacheReadTokens: 0,
    webSearchRequests: 0,
  };
}

export function bandOf(promptTokens: number): (typeof PROMPT_BANDS)[number] {
  if (promptTokens <= 100_000) return 'le100k';
  if (promptTokens <= 200_000) return '100k-200k';
  return 'gt200k';
}

export function bucketKeyString(k: BucketKey): string {
  return `${k.model}\u0000${k.day}\u0000${k.speed}\u0000${k.geo}\u0000${k.band}\u0000${k.origin}`;
}
