import { bucketKeyString, TOKEN_FIELDS, type SessionRecord, type UsageBucket } from './schema.js';
import { capReasons } from './skipped.js';

/**
 * Merge a re-recording (`next`) into the record already there (`old`) without ever losing data.
 * Records of a session only grow, so for each bucket key the fuller bucket is the truer one;
 * counters take the larger value, times the wider span, and declared facts (task, scope,
 * developer) survive a recording that lacks them. Idempotent: merge(a, a) equals a.
 */
export function mergeRecords(old: SessionRecord, next: SessionRecord): SessionRecord {
  const usage = mergeBuckets(old.usage, next.usage);
  const merged: SessionRecord = {
    schema: next.schema,
    sessionId: next.sessionId,
    tool: next.tool,
    toolVersion: next.toolVersion ?? old.toolVersion,
    recordedBy: next.recordedBy,
    branch: next.branch ?? old.branch,
    developer: next.developer ?? old.developer,
    task: next.task ?? old.task,
    scope: next.scope ?? old.scope,
    startedAt: pickTime(old.startedAt, next.startedAt, 'earlier'),
    endedAt: pickTime(old.endedAt, next.endedAt, 'later'),
    turns: Math.max(old.turns, next.turns),
    // Recomputed rather than maxed, so it always agrees with the buckets it summarises.
    requests: usage.reduce((n, b) => n + b.requests, 0),
    compactions: Math.max(old.compactions, next.compactions),
    peakContextTokens: Math.max(old.peakContextTokens, next.peakContextTokens),
    usage,
    reported: pickReported(old.reported, next.reported),
    source: mergeSource(old.source, next.source),
  };
  return withoutUndefined(merged);
}

/** Buckets of `old` in their order, then new keys in `next`'s order. */
function mergeBuckets(old: readonly UsageBucket[], next: readonly UsageBucket[]): UsageBucket[] {
  const byKey = new Map<string, UsageBucket>();
  for (const bucket of [...old, ...next]) {
    const key = bucketKeyString(bucket);
    const seen = byKey.get(key);
    byKey.set(key, seen === undefined || compareFullness(bucket, seen) > 0 ? bucket : seen);
  }
  return [...byKey.values()];
}

/**
 * Larger token total wins. On equal totals the other counts decide, in a fixed order, so the
 * choice does not depend on which record came first (merging is commutative on the buckets);
 * two buckets equal on every count are the same bucket.
 */
function compareFullness(a: UsageBucket, b: UsageBucket): number {
  const total = (x: UsageBucket): number => TOKEN_FIELDS.reduce((n, f) => n + x[f], 0);
  const order = [
    total,
    (x: UsageBucket) => x.requests,
    (x: UsageBucket) => x.webSearchRequests,
    ...TOKEN_FIELDS.map((f) => (x: UsageBucket) => x[f]),
  ];
  for (const measure of order) {
    const d = measure(a) - measure(b);
    if (d !== 0) return d;
  }
  return 0;
}

function pickTime(a: string | undefined, b: string | undefined, want: 'earlier' | 'later'): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const d = Date.parse(b) - Date.parse(a);
  return (want === 'earlier' ? d < 0 : d > 0) ? b : a;
}

/** The larger reported cost goes with the larger usage; on a tie the newer basis is kept. */
function pickReported(old: SessionRecord['reported'], next: SessionRecord['reported']): SessionRecord['reported'] {
  if (old === undefined) return next;
  if (next === undefined) return old;
  return old.costUsd > next.costUsd ? old : next;
}

function mergeSource(old: SessionRecord['source'], next: SessionRecord['source']): SessionRecord['source'] {
  // The reading that saw more lines knows better which were unusable: a last line cut mid-write
  // when a hook ran is whole by the next run. Equal readings add up reason by reason.
  const fuller = old.linesRead === next.linesRead ? [old, next] : [old.linesRead > next.linesRead ? old : next];
  const reasons = new Map<string, number>();
  for (const s of fuller.flatMap((f) => f.skipped))
    reasons.set(s.reason, Math.max(reasons.get(s.reason) ?? 0, s.count));
  return {
    format: next.format,
    files: Math.max(old.files, next.files),
    linesRead: Math.max(old.linesRead, next.linesRead),
    duplicatesDropped: Math.max(old.duplicatesDropped, next.duplicatesDropped),
    // Sorted, so the merge gives the same record whichever side came first.
    skipped: capReasons(
      [...reasons]
        .map(([reason, count]) => ({ reason, count }))
        .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0)),
    ),
  };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
