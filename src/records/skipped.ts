import type { SessionRecord } from './schema.js';
import { clip } from './issues.js';

type SkippedSummary = SessionRecord['source']['skipped'];

const MAX_REASONS = 100;

/**
 * Fold reasons (without line numbers, so alike problems group) into the record's
 * `source.skipped`, in first-seen order. The schema allows 100 distinct reasons; the rest are
 * counted under one catch-all entry rather than dropped.
 */
export function summariseSkipped(reasons: readonly string[]): SkippedSummary {
  const counts = new Map<string, number>();
  for (const reason of reasons) {
    const key = clip(reason);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return capReasons([...counts].map(([reason, count]) => ({ reason, count })));
}

export function capReasons(entries: SkippedSummary): SkippedSummary {
  if (entries.length <= MAX_REASONS) return entries;
  const kept = entries.slice(0, MAX_REASONS - 1);
  const rest = entries.slice(MAX_REASONS - 1).reduce((n, e) => n + e.count, 0);
  return [...kept, { reason: 'other reasons', count: rest }];
}
