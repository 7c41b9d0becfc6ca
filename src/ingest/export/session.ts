import * as z from 'zod';
import { isIdentifier, utcDayOf } from '../../records/identifiers.js';
import { describeFirstIssue } from '../../records/issues.js';
import {
  bandOf,
  bucketKeyString,
  emptyBucket,
  SESSION_SCHEMA,
  SessionRecordSchema,
  type SessionRecord,
  type UsageBucket,
} from '../../records/schema.js';
import { summariseSkipped } from '../../records/skipped.js';
import { GENERATOR } from '../../version.js';
import { ExportFileSchema, ExportMessageSchema } from './schema.js';

export interface ExportContext {
  /** Used when the file names no valid session id (the file stem). */
  fallbackSessionId: string;
  /** UTC day for messages without a valid timestamp (the file's modification day). */
  day: string;
  linesRead: number;
}

/** A problem at `line`: 0 for the whole file, N for message N (counted from 1). */
export interface ExportProblem {
  line: number;
  reason: string;
}

export interface ExportParse {
  record: SessionRecord | undefined;
  problems: ExportProblem[];
}

const isoDateTime = z.iso.datetime({ offset: true });

/**
 * Each message is one request. Fresh input = input_tokens − cached_tokens, cache read =
 * cached_tokens; output = output_tokens (thinking already inside). A message that contradicts
 * those rules is left out with its number, and the others still count.
 */
export function parseExportObject(value: unknown, context: ExportContext): ExportParse {
  const problems: ExportProblem[] = [];
  const generic: string[] = [];
  const problem = (line: number, reason: string): void => {
    problems.push({ line, reason: line === 0 ? reason : `message ${line}: ${reason}` });
    generic.push(reason);
  };
  const file = ExportFileSchema.safeParse(value);
  if (!file.success) {
    problem(0, `not a message export: ${describeFirstIssue(file.error)}`);
    return { record: undefined, problems };
  }
  const { messages, model: topModel } = file.data;
  const fileModel = topModel === undefined ? undefined : isIdentifier(topModel) ? topModel : undefined;
  if (topModel !== undefined && fileModel === undefined) {
    problem(0, 'top-level model is not an identifier; messages without their own model count as unknown');
  }
  const claimedId = file.data.session_id ?? file.data.sessionId;
  const sessionId = isIdentifier(claimedId) ? claimedId : context.fallbackSessionId;
  if (claimedId !== undefined && !isIdentifier(claimedId))
    problem(0, 'session id is not an identifier; the file name is used');

  const buckets = new Map<string, UsageBucket>();
  let first: number | undefined;
  let last: number | undefined;
  let peak = 0;
  messages.forEach((raw, index) => {
    const n = index + 1;
    const parsed = ExportMessageSchema.safeParse(raw);
    if (!parsed.success) return problem(n, describeFirstIssue(parsed.error));
    const m = parsed.data;
    const cached = m.cached_tokens ?? 0;
    if (cached > m.input_tokens) return problem(n, 'cached_tokens exceeds input_tokens');
    if ((m.thinking_tokens ?? 0) > m.output_tokens) return problem(n, 'thinking_tokens exceeds output_tokens');
    const own = m.model === undefined ? undefined : isIdentifier(m.model) ? m.model : null;
    if (own === null) return problem(n, 'model is not an identifier');
    const model = own ?? fileModel ?? 'unknown';

    const time = isoDateTime.safeParse(m.timestamp);
    const at = time.success ? Date.parse(time.data) : undefined;
    if (at !== undefined) {
      first = first === undefined ? at : Math.min(first, at);
      last = last === undefined ? at : Math.max(last, at);
    }
    const key = {
      model,
      day: at === undefined ? context.day : utcDayOf(new Date(at)),
      speed: 'standard',
      geo: 'global',
      // The prompt is input + cache read + cache write; here input_tokens already holds the first two.
      band: bandOf(m.input_tokens),
      origin: 'main',
    } as const;
    const id = bucketKeyString(key);
    const bucket = buckets.get(id) ?? emptyBucket(key);
    bucket.requests += 1;
    bucket.inputTokens += m.input_tokens - cached;
    bucket.cacheReadTokens += cached;
    bucket.outputTokens += m.output_tokens;
    buckets.set(id, bucket);
    peak = Math.max(peak, m.input_tokens);
  });
  if (buckets.size === 0) return { record: undefined, problems };

  const usage = [...buckets.values()];
  const record: SessionRecord = {
    schema: SESSION_SCHEMA,
    sessionId,
    tool: 'claude-code',
    recordedBy: GENERATOR,
    ...(first === undefined ? {} : { startedAt: new Date(first).toISOString() }),
    ...(last === undefined ? {} : { endedAt: new Date(last).toISOString() }),
    // The export has no notion of user turns.
    turns: 0,
    requests: usage.reduce((n, b) => n + b.requests, 0),
    compactions: 0,
    peakContextTokens: peak,
    usage,
    source: {
      format: 'export',
      files: 1,
      linesRead: context.linesRead,
      duplicatesDropped: 0,
      skipped: summariseSkipped(generic),
    },
  };
  const checked = SessionRecordSchema.safeParse(record);
  if (!checked.success) {
    problems.push({ line: 0, reason: `export gives an invalid record: ${describeFirstIssue(checked.error)}` });
    return { record: undefined, problems };
  }
  return { record: checked.data, problems };
}
