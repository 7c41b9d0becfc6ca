import { SessionRecordSchema, UsageBucketSchema, type SessionRecord, type UsageBucket } from './schema.js';

// Key order follows the schema, so a file reads top-down the way the schema documents it.
const shape = SessionRecordSchema.shape;
const RECORD_KEYS = Object.keys(shape);
const BUCKET_KEYS = Object.keys(UsageBucketSchema.shape);
const TASK_KEYS = Object.keys(shape.task.unwrap().shape);
const REPORTED_KEYS = Object.keys(shape.reported.unwrap().shape);
const SOURCE_KEYS = Object.keys(shape.source.shape);
const SKIPPED_KEYS = Object.keys(shape.source.shape.skipped.element.shape);

/**
 * The bytes a record is committed as: schema key order, buckets sorted by what they price
 * (day, model, origin, speed, geo, band), 2-space indent, trailing newline. The same record
 * always gives the same bytes, so a rerun can tell that nothing changed and a diff shows only
 * what did.
 */
export function serialiseRecord(record: SessionRecord): string {
  const ordered = pick(record, RECORD_KEYS);
  ordered.usage = sortBuckets(record.usage).map((b) => pick(b, BUCKET_KEYS));
  if (record.task !== undefined) ordered.task = pick(record.task, TASK_KEYS);
  if (record.reported !== undefined) ordered.reported = pick(record.reported, REPORTED_KEYS);
  const source = pick(record.source, SOURCE_KEYS);
  source.skipped = record.source.skipped.map((s) => pick(s, SKIPPED_KEYS));
  ordered.source = source;
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export function sortBuckets(buckets: readonly UsageBucket[]): UsageBucket[] {
  const sortKey = (b: UsageBucket): string => [b.day, b.model, b.origin, b.speed, b.geo, b.band].join('\u0000');
  return [...buckets].sort((a, b) => {
    const ka = sortKey(a);
    const kb = sortKey(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

/** A copy with only `keys`, in that order, leaving out undefined values. */
function pick(value: object, keys: readonly string[]): Record<string, unknown> {
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}
