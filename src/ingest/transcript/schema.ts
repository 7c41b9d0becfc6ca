import * as z from 'zod';
import { UsageBucketSchema } from '../../records/schema.js';

/**
 * Only the transcript fields the cost needs. Everything else on a line (prompt text, tool input
 * and output) is never read. The API sends `null` for several absent usage fields, hence
 * `nullish`.
 */

/** The session record's own rules, so a parsed line can never produce an invalid record. */
export const identifier = UsageBucketSchema.shape.model;
export const geoCode = UsageBucketSchema.shape.geo;

const tokenCount = z.number().int().nonnegative();

/** Fields every line kind may carry; validated whenever a line is parsed. */
export const EnvelopeSchema = z.object({
  type: z.string().max(64).nullish(),
  subtype: z.string().max(64).nullish(),
  sessionId: identifier.nullish(),
  timestamp: z.iso.datetime({ offset: true }).nullish(),
  // Empty strings mean "absent" (`gitBranch:""` outside a repository); bounds match the record.
  gitBranch: z.string().max(255).nullish(),
  cwd: z.string().max(4096).nullish(),
  version: z.string().max(64).nullish(),
  isSidechain: z.boolean().nullish(),
  isMeta: z.boolean().nullish(),
  isCompactSummary: z.boolean().nullish(),
});
export type Envelope = z.infer<typeof EnvelopeSchema>;

export const UsageSchema = z.object({
  input_tokens: tokenCount,
  output_tokens: tokenCount,
  cache_creation_input_tokens: tokenCount.nullish(),
  cache_read_input_tokens: tokenCount.nullish(),
  cache_creation: z
    .object({
      ephemeral_5m_input_tokens: tokenCount.nullish(),
      ephemeral_1h_input_tokens: tokenCount.nullish(),
    })
    .nullish(),
  server_tool_use: z.object({ web_search_requests: tokenCount.nullish() }).nullish(),
  speed: z.string().max(32).nullish(),
  inference_geo: z.string().max(64).nullish(),
  service_tier: z.string().max(64).nullish(),
});
export type Usage = z.infer<typeof UsageSchema>;

export const AssistantLineSchema = EnvelopeSchema.extend({
  requestId: z.string().max(200).nullish(),
  costUSD: z.number().nonnegative().nullish(),
  message: z.object({
    id: z.string().max(200).nullish(),
    model: z.string().max(200),
    usage: UsageSchema,
  }),
});
export type AssistantLine = z.infer<typeof AssistantLineSchema>;

/**
 * Turns a zod issue into a reason that names the field path and never the value: the value came
 * from the transcript and may be prompt text.
 */
export function reasonFor(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.') || 'line';
  const input = (issue as { input?: unknown }).input;
  const isToken = issue.path.includes('usage');
  const what = isToken ? 'token count' : 'number';
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `${path} is missing`;
      if (typeof input === 'number' && !Number.isFinite(input)) return `non-finite ${what} at ${path}`;
      if (issue.expected === 'int') return `${path} is not a whole number`;
      return `${path} is not ${article(issue.expected)}`;
    case 'too_small':
      return issue.origin === 'number' ? `negative ${what} at ${path}` : `${path} is empty`;
    case 'too_big':
      return issue.origin === 'string' ? `${path} is too long` : `${path} is too large`;
    case 'invalid_format':
      return issue.format === 'datetime' ? `${path} is not an ISO date-time` : `${path} is not an identifier`;
    default:
      return `${path} is invalid`;
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

export function firstReason(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? reasonFor(issue) : 'line is invalid';
}
