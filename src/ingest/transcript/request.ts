import type { RequestEvent } from '../types.js';
import { geoCode, type AssistantLine, type Usage } from './schema.js';

/** Everything `toRequest` needs besides the validated line. */
export interface LineContext {
  sessionId: string;
  inSubagentsDir: boolean;
  file: string;
  line: number;
}

/** Input + output + cache writes + cache read: the size that tells streaming snapshots apart. */
export function tokenTotal(event: RequestEvent): number {
  return (
    event.inputTokens + event.outputTokens + event.cacheWrite5mTokens + event.cacheWrite1hTokens + event.cacheReadTokens
  );
}

/** Prompt size of one request: what the long-context tiers are measured on. */
export function promptTokens(event: RequestEvent): number {
  return event.inputTokens + event.cacheReadTokens + event.cacheWrite5mTokens + event.cacheWrite1hTokens;
}

/**
 * Claude Code logs one line per content block, each with the usage so far, so later snapshots
 * of a request are larger. Keep the largest; on a tie keep the main-session copy.
 */
export function replaces(candidate: RequestEvent, kept: RequestEvent): boolean {
  const a = tokenTotal(candidate);
  const b = tokenTotal(kept);
  return a > b || (a === b && candidate.origin === 'main' && kept.origin === 'subagent');
}

/** `inference_geo` arrives as "US", "not_available", "" or not at all. */
export function normaliseGeo(raw: string | null | undefined): string | undefined {
  if (raw === undefined || raw === null || raw === '') return 'global';
  // A handful of values recur on every line: remember their verdict (`null`: not a region code).
  const known = geoVerdicts.get(raw);
  if (known !== undefined) return known ?? undefined;
  const geo = raw.trim().toLowerCase();
  const result = geo === '' || geo === 'not_available' ? 'global' : geoCode.safeParse(geo).success ? geo : undefined;
  if (geoVerdicts.size < GEO_CACHE_MAX) geoVerdicts.set(raw, result ?? null);
  return result;
}

const GEO_CACHE_MAX = 256;
const geoVerdicts = new Map<string, string | null>();

/**
 * Unsplit cache writes are 5-minute writes. When the split is present but covers less than the
 * flat total (never seen in real logs, but cheap to guard), the rest is priced as 5-minute so no
 * written token is lost.
 */
export function cacheWrites(usage: Usage): { write5m: number; write1h: number } {
  const flat = usage.cache_creation_input_tokens ?? 0;
  const split = usage.cache_creation;
  if (!split) return { write5m: flat, write1h: 0 };
  const write5m = split.ephemeral_5m_input_tokens ?? 0;
  const write1h = split.ephemeral_1h_input_tokens ?? 0;
  return { write5m: write5m + Math.max(0, flat - write5m - write1h), write1h };
}

export function toRequest(data: AssistantLine, geo: string, ctx: LineContext): RequestEvent {
  const usage = data.message.usage;
  const { write5m, write1h } = cacheWrites(usage);
  const isSidechain = data.isSidechain === true;
  return {
    messageId: data.message.id || undefined,
    requestId: data.requestId || undefined,
    sessionId: ctx.sessionId,
    timestamp: data.timestamp ?? undefined,
    model: data.message.model,
    branch: data.gitBranch || undefined,
    cwd: data.cwd || undefined,
    toolVersion: data.version || undefined,
    isSidechain,
    origin: ctx.inSubagentsDir || isSidechain ? 'subagent' : 'main',
    speed: usage.speed === 'fast' ? 'fast' : 'standard',
    geo,
    inputTokens: usage.input_tokens,
    outputTokens: usage.output_tokens,
    cacheWrite5mTokens: write5m,
    cacheWrite1hTokens: write1h,
    cacheReadTokens: usage.cache_read_input_tokens ?? 0,
    webSearchRequests: usage.server_tool_use?.web_search_requests ?? 0,
    reportedCostUsd: data.costUSD ?? undefined,
    file: ctx.file,
    line: ctx.line,
  };
}
