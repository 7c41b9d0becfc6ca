import * as z from 'zod';
import {
  AssistantLineSchema,
  EnvelopeSchema,
  firstReason,
  identifier,
  type AssistantLine,
  type Envelope,
} from './schema.js';

/**
 * Hand-written twins of `EnvelopeSchema` and `AssistantLineSchema` for the hot path: every usage
 * line of every transcript is validated, and zod spent more time on that than JSON.parse did.
 *
 * The schemas stay the definition. Each check here accepts a subset of what its schema accepts
 * (never more), so a line the check passes is one zod would pass with the same fields; a line it
 * fails goes to zod, which either explains why (the skipped reason users see) or, where the
 * check was stricter than needed, accepts it after all. The tests compare the two on every edge.
 */

export type Checked<T> = { ok: true; data: T } | { ok: false; reason: string };

export function checkAssistantLine(value: Record<string, unknown>): Checked<AssistantLine> {
  if (isAssistantLine(value)) return { ok: true, data: value };
  const parsed = AssistantLineSchema.safeParse(value, { reportInput: true });
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, reason: firstReason(parsed.error) };
}

export function checkEnvelope(value: Record<string, unknown>): Checked<Envelope> {
  if (isEnvelope(value)) return { ok: true, data: value };
  const parsed = EnvelopeSchema.safeParse(value, { reportInput: true });
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, reason: firstReason(parsed.error) };
}

/** zod's own pattern for `z.iso.datetime({ offset: true })`, so the two cannot drift apart. */
const DATETIME = z.regexes.datetime({ offset: true });

/**
 * Session and model ids repeat on every line of a file, so the identifier verdict is remembered.
 * The cap bounds what a hostile file of distinct ids can make us keep.
 */
const IDENTIFIER_CACHE_MAX = 4096;
const identifierVerdicts = new Map<string, boolean>();

/** The last two identifiers that passed: a line's session id and model are the previous line's. */
let recentA: string | undefined;
let recentB: string | undefined;

export function isIdentifier(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  // A string compare, no hashing of the fresh copy each parsed line brings.
  if (value === recentA || value === recentB) return true;
  let ok = identifierVerdicts.get(value);
  if (ok === undefined) {
    ok = identifier.safeParse(value).success;
    if (identifierVerdicts.size < IDENTIFIER_CACHE_MAX) identifierVerdicts.set(value, ok);
  }
  if (ok) {
    recentB = recentA;
    recentA = value;
  }
  return ok;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `z.string().max(max).nullish()` */
function optionalString(value: unknown, max: number): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.length <= max);
}

/** `z.boolean().nullish()` */
function optionalBoolean(value: unknown): boolean {
  return value === undefined || value === null || typeof value === 'boolean';
}

/** `z.number().int().nonnegative()`: zod's `int` is a safe integer. */
function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function optionalCount(value: unknown): boolean {
  return value === undefined || value === null || isCount(value);
}

export function isEnvelope(value: Record<string, unknown>): value is Record<string, unknown> & Envelope {
  const { sessionId, timestamp } = value;
  return (
    optionalString(value.type, 64) &&
    optionalString(value.subtype, 64) &&
    (sessionId === undefined || sessionId === null || isIdentifier(sessionId)) &&
    (timestamp === undefined || timestamp === null || (typeof timestamp === 'string' && DATETIME.test(timestamp))) &&
    optionalString(value.gitBranch, 255) &&
    optionalString(value.cwd, 4096) &&
    optionalString(value.version, 64) &&
    optionalBoolean(value.isSidechain) &&
    optionalBoolean(value.isMeta) &&
    optionalBoolean(value.isCompactSummary)
  );
}

export function isAssistantLine(value: Record<string, unknown>): value is Record<string, unknown> & AssistantLine {
  const { costUSD, message } = value;
  if (!isEnvelope(value) || !optionalString(value.requestId, 200)) return false;
  if (!(
    costUSD === undefined ||
    costUSD === null ||
    (typeof costUSD === 'number' && Number.isFinite(costUSD) && costUSD >= 0)
  )) {
    return false;
  }
  if (!isObject(message) || !optionalString(message.id, 200)) return false;
  if (typeof message.model !== 'string' || message.model.length > 200) return false;
  return isUsage(message.usage);
}

function isUsage(usage: unknown): boolean {
  if (!isObject(usage)) return false;
  const { cache_creation: split, server_tool_use: tools } = usage;
  return (
    isCount(usage.input_tokens) &&
    isCount(usage.output_tokens) &&
    optionalCount(usage.cache_creation_input_tokens) &&
    optionalCount(usage.cache_read_input_tokens) &&
    (split === undefined ||
      split === null ||
      (isObject(split) &&
        optionalCount(split.ephemeral_5m_input_tokens) &&
        optionalCount(split.ephemeral_1h_input_tokens))) &&
    (tools === undefined || tools === null || (isObject(tools) && optionalCount(tools.web_search_requests))) &&
    optionalString(usage.speed, 32) &&
    optionalString(usage.inference_geo, 64) &&
    optionalString(usage.service_tier, 64)
  );
}
