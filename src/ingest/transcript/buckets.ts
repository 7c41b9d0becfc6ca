import * as z from 'zod';
import { bandOf, bucketKeyString, emptyBucket, type BucketKey, type UsageBucket } from '../../records/schema.js';
import type { RequestEvent } from '../types.js';
import { promptTokens } from './request.js';

/** Sums requests into buckets keyed by everything that changes their price. */
export function toBuckets(requests: readonly RequestEvent[], fallbackDay: string): UsageBucket[] {
  const buckets = new Map<string, UsageBucket>();
  let last: UsageBucket | undefined;
  for (const request of requests) {
    const day = request.timestamp === undefined ? fallbackDay : utcDay(request.timestamp);
    const band = bandOf(promptTokens(request));
    // Consecutive requests mostly land in the same bucket: check it before building a key.
    let bucket = last;
    if (
      bucket === undefined ||
      bucket.day !== day ||
      bucket.model !== request.model ||
      bucket.band !== band ||
      bucket.origin !== request.origin ||
      bucket.speed !== request.speed ||
      bucket.geo !== request.geo
    ) {
      const key: BucketKey = {
        model: request.model,
        day,
        speed: request.speed,
        geo: request.geo,
        band,
        origin: request.origin,
      };
      const id = bucketKeyString(key);
      bucket = buckets.get(id);
      if (!bucket) {
        bucket = emptyBucket(key);
        buckets.set(id, bucket);
      }
      last = bucket;
    }
    bucket.requests += 1;
    bucket.inputTokens += request.inputTokens;
    bucket.outputTokens += request.outputTokens;
    bucket.cacheWrite5mTokens += request.cacheWrite5mTokens;
    bucket.cacheWrite1hTokens += request.cacheWrite1hTokens;
    bucket.cacheReadTokens += request.cacheReadTokens;
    bucket.webSearchRequests += request.webSearchRequests;
  }
  return [...buckets.values()].sort(compareBuckets);
}

const BUCKET_ORDER = ['day', 'model', 'origin', 'speed', 'geo', 'band'] as const;

function compareBuckets(a: UsageBucket, b: UsageBucket): number {
  for (const field of BUCKET_ORDER) {
    if (a[field] !== b[field]) return a[field] < b[field] ? -1 : 1;
  }
  return 0;
}

/** The UTC calendar day of an ISO date-time, whatever offset it was written with. */
export function utcDay(timestamp: string): string {
  // Claude Code writes UTC (`…Z`). A valid UTC date-time (zod's pattern checks the calendar and
  // the clock) names its own day, with no round trip through Date, which costs per request.
  if (timestamp.endsWith('Z') && DATETIME.test(timestamp)) return timestamp.slice(0, 10);
  return new Date(timestamp).toISOString().slice(0, 10);
}

const DATETIME = z.regexes.datetime({ offset: true });
