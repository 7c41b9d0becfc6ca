import * as z from 'zod';
import { isIdentifier, utcDayOf } from '../../records/identifiers.js';
import { describeFirstIssue } from '../../records/issues.js';
import { SESSION_SCHEMA, SessionRecordSchema, type SessionRecord } from '../../records/schema.js';
import { summariseSkipped } from '../../records/skipped.js';
import { GENERATOR } from '../../version.js';
import { apiUsageToBucket, cacheSplitOf, modelUsageToBuckets } from './buckets.js';
import { ApiUsageSchema, ResultMessageSchema } from './schema.js';

export interface ResultContext {
  /** Used when the object's `session_id` is missing or not an identifier (the file stem). */
  fallbackSessionId: string;
  /** UTC day for the buckets when the object carries no `timestamp` of its own. */
  day: string;
  linesRead: number;
  /** Problems already met in the file (a cut line, say), carried into `source.skipped`. */
  skipped?: readonly string[];
}

export type ResultParse =
  | {
      ok: true;
      record: SessionRecord;
      /** Claude Code's `costUSD` per model id; `record.reported` holds only the run total. */
      reportedByModel: Record<string, number>;
      /** Parts of the object left out, without content. */
      skipped: string[];
    }
  | { ok: false; reason: string };

const isoDateTime = z.iso.datetime({ offset: true });

/** One Claude Code result message → one session record. Pure: the caller supplies the day. */
export function parseResultObject(obj: unknown, context: ResultContext): ResultParse {
  const parsed = ResultMessageSchema.safeParse(obj);
  if (!parsed.success) return { ok: false, reason: `not a result object: ${describeFirstIssue(parsed.error)}` };
  const result = parsed.data;
  const skipped: string[] = [];

  let sessionId = context.fallbackSessionId;
  if (isIdentifier(result.session_id)) sessionId = result.session_id;
  else if (result.session_id !== undefined) skipped.push('session_id is not an identifier; the file name is used');

  const timestamp = isoDateTime.safeParse(result.timestamp);
  const day = timestamp.success ? utcDayOf(new Date(timestamp.data)) : context.day;

  let usage;
  if (result.usage !== undefined && result.usage !== null) {
    const u = ApiUsageSchema.safeParse(result.usage);
    if (u.success) usage = u.data;
    else skipped.push(`usage: ${describeFirstIssue(u.error)}`);
  }

  const modelUsage = result.modelUsage ?? {};
  const fromModels = modelUsageToBuckets(modelUsage, day, usage === undefined ? undefined : cacheSplitOf(usage));
  skipped.push(...fromModels.skipped);
  let buckets = fromModels.buckets;
  if (Object.keys(modelUsage).length === 0 && usage !== undefined) {
    const bucket = apiUsageToBucket(usage, day);
    buckets = bucket === undefined ? [] : [bucket];
  }

  const record: SessionRecord = {
    schema: SESSION_SCHEMA,
    sessionId,
    tool: 'claude-code',
    recordedBy: GENERATOR,
    turns: result.num_turns ?? 0,
    requests: buckets.reduce((n, b) => n + b.requests, 0),
    compactions: 0,
    peakContextTokens: 0,
    usage: buckets,
    ...(result.total_cost_usd === undefined
      ? {}
      : { reported: { costUsd: result.total_cost_usd, costBasis: 'claude-code' } }),
    source: {
      format: 'result',
      files: 1,
      linesRead: context.linesRead,
      duplicatesDropped: 0,
      skipped: summariseSkipped([...(context.skipped ?? []), ...skipped]),
    },
  };
  const checked = SessionRecordSchema.safeParse(record);
  if (!checked.success)
    return { ok: false, reason: `result gives an invalid record: ${describeFirstIssue(checked.error)}` };
  return { ok: true, record: checked.data, reportedByModel: fromModels.reportedByModel, skipped };
}
