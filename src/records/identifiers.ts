import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { UsageBucketSchema } from './schema.js';

const identifierSchema = UsageBucketSchema.shape.model;

/** True when `value` passes the record schema's identifier rule (used for session and model ids). */
export function isIdentifier(value: unknown): value is string {
  return identifierSchema.safeParse(value).success;
}

export function sha256Hex(text: string, length = 8): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/**
 * A session id for a file whose content names none (or names an invalid one): the file stem, as
 * Claude Code names transcripts `<session id>.jsonl`. Stems that are not identifiers keep their
 * safe characters plus a hash of the whole stem, so two different names never share an id.
 */
export function sessionIdFromPath(path: string): string {
  const name = basename(path);
  const stem = name.slice(0, name.length - extname(name).length);
  if (identifierSchema.safeParse(stem).success) return stem;
  const safe = stem
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  return safe === '' ? `file-${sha256Hex(stem)}` : `${safe}-${sha256Hex(stem)}`;
}

/** `YYYY-MM-DD` of an instant, in UTC: buckets are keyed by the UTC day that picks the price row. */
export function utcDayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}
