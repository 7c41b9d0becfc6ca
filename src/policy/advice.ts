import type { PriceBook } from '../pricing/book.js';
import { priceBucket, priceBucketAs } from '../pricing/price.js';
import { resolveModel } from '../pricing/resolve.js';
import { picoToUsd } from '../pricing/types.js';
import type { SessionRecord, UsageBucket } from '../records/schema.js';
import type { SessionLine } from '../report/types.js';
import { formatPercent, formatTokens, formatUsd as money } from '../render/format.js';
import { difference, lessTimes } from './arithmetic.js';
import type { Advice, Baseline } from './types.js';

/**
 * Advice with its dollar figure as arithmetic on this PR's own tokens, re-priced with the same
 * price book: what the same tokens cost on another model, or with more of them read from cache.
 * Not a prediction of what the work would have taken. Nothing is said when nothing is worth a cent.
 */

const MIN_SAVING_USD = 0.01;
const MAX_DETAILS = 5;

export interface SessionPair {
  record: SessionRecord;
  line: SessionLine;
}

/** Mechanical work (docs, chores) rarely needs the strongest model: the same tokens on the preferred one. */
export function cheaperModelAdvice(
  sessions: readonly SessionPair[],
  kind: string,
  preferredModel: string,
  book: PriceBook,
): Advice | null {
  const preferred = resolveModel(book, preferredModel);
  if (!preferred.ok) return null;
  const byModel = new Map<string, { tokens: number; nowPico: bigint; asPico: bigint }>();
  for (const bucket of sessions.flatMap((s) => s.record.usage)) {
    const now = priceBucket(book, bucket);
    if (!now.priced || now.model === preferred.model) continue;
    const as = priceBucketAs(book, bucket, preferredModel);
    // No rate for this bucket on the preferred model (e.g. fast mode): not comparable, left out.
    if (!as.priced) continue;
    const entry = byModel.get(now.model) ?? { tokens: 0, nowPico: 0n, asPico: 0n };
    entry.tokens += tokensOf(bucket);
    entry.nowPico += now.costPico;
    entry.asPico += as.costPico;
    byModel.set(now.model, entry);
  }
  const nowUsd = picoToUsd([...byModel.values()].reduce((sum, e) => sum + e.nowPico, 0n));
  const asUsd = picoToUsd([...byModel.values()].reduce((sum, e) => sum + e.asPico, 0n));
  if (nowUsd - asUsd < MIN_SAVING_USD) return null;
  const models = [...byModel.keys()];
  return {
    kind: 'cheaper-model',
    summary: `This is ${kind} work, which the config marks mechanical: the same tokens on ${preferred.model} would have cost less than on ${models.join(', ')}.`,
    arithmetic: difference(
      nowUsd,
      asUsd,
      `on ${models.length === 1 ? models[0] : 'those models'}`,
      `on ${preferred.model}`,
    ),
    savingUsd: nowUsd - asUsd,
    details: capped(
      [...byModel].map(
        ([model, e]) =>
          `${model}: ${formatTokens(e.tokens)} tokens, ${money(picoToUsd(e.nowPico))} now, ${money(picoToUsd(e.asPico))} on ${preferred.model}`,
      ),
    ),
  };
}

/**
 * Sessions whose cache hit rate is under the target: had the session read `target` of its prompt
 * from cache, how much less would the same requests have cost. The extra reads are spread over
 * the session's buckets in proportion to their uncached prompt tokens, and inside a bucket they
 * replace the cheapest uncached tokens first (input, then 5-minute, then 1-hour writes), so the
 * figure is the least the target would have saved. Unpriced buckets are left out.
 */
export function cacheAdvice(sessions: readonly SessionPair[], target: number, book: PriceBook): Advice | null {
  if (target <= 0) return null;
  let nowPico = 0n;
  let atTargetPico = 0n;
  let shiftedTokens = 0;
  const details: string[] = [];
  for (const { record, line } of sessions) {
    if (line.cacheHitRate === null || line.cacheHitRate >= target) continue;
    const priced = record.usage.filter((b) => priceBucket(book, b).priced);
    const shifted = shiftToHitRate(priced, target);
    if (shifted.moved === 0) continue;
    const sessionNow = sumPico(book, priced);
    const sessionAt = sumPico(book, shifted.buckets);
    nowPico += sessionNow;
    atTargetPico += sessionAt;
    shiftedTokens += shifted.moved;
    details.push(
      `session ${line.sessionId.slice(0, 8)}: cache hit ${formatPercent(line.cacheHitRate)}; ${formatTokens(shifted.moved)} more tokens read from cache: ${money(picoToUsd(sessionNow))} → ${money(picoToUsd(sessionAt))}`,
    );
  }
  const nowUsd = picoToUsd(nowPico);
  const atUsd = picoToUsd(atTargetPico);
  if (nowUsd - atUsd < MIN_SAVING_USD) return null;
  const count = details.length;
  return {
    kind: 'cache',
    summary: `${count} session${count === 1 ? '' : 's'} read less than ${formatPercent(target)} of ${count === 1 ? 'its' : 'their'} prompt from cache. At the target, ${formatTokens(shiftedTokens)} more prompt tokens would have been cache reads (keep the context stable, avoid long pauses that let the cache expire).`,
    arithmetic: difference(nowUsd, atUsd, 'now', `at ${formatPercent(target)} cache hit`),
    savingUsd: nowUsd - atUsd,
    details: capped(details),
  };
}

/** The buckets with cache reads raised to `target` of their combined prompt, and how many tokens moved. */
export function shiftToHitRate(
  buckets: readonly UsageBucket[],
  target: number,
): { buckets: UsageBucket[]; moved: number } {
  const uncached = buckets.map((b) => b.inputTokens + b.cacheWrite5mTokens + b.cacheWrite1hTokens);
  const totalUncached = uncached.reduce((a, b) => a + b, 0);
  const reads = buckets.reduce((sum, b) => sum + b.cacheReadTokens, 0);
  const wanted = Math.max(0, Math.round(target * (totalUncached + reads)) - reads);
  let left = wanted;
  const shifted = buckets.map((bucket, i) => {
    // The last bucket takes the rounding remainder, so exactly `wanted` tokens move.
    const share = i === buckets.length - 1 ? left : Math.floor((wanted * (uncached[i] ?? 0)) / (totalUncached || 1));
    const n = Math.min(share, uncached[i] ?? 0, left);
    left -= n;
    return moveToReads(bucket, n);
  });
  return { buckets: shifted, moved: wanted - left };
}

/** `n` uncached prompt tokens of a bucket read from cache instead, cheapest first. */
function moveToReads(bucket: UsageBucket, n: number): UsageBucket {
  let wanted = n;
  const take = (available: number) => {
    const moved = Math.min(available, wanted);
    wanted -= moved;
    return moved;
  };
  const fromInput = take(bucket.inputTokens);
  const from5m = take(bucket.cacheWrite5mTokens);
  const from1h = take(bucket.cacheWrite1hTokens);
  return {
    ...bucket,
    inputTokens: bucket.inputTokens - fromInput,
    cacheWrite5mTokens: bucket.cacheWrite5mTokens - from5m,
    cacheWrite1hTokens: bucket.cacheWrite1hTokens - from1h,
    cacheReadTokens: bucket.cacheReadTokens + fromInput + from5m + from1h,
  };
}

function sumPico(book: PriceBook, buckets: readonly UsageBucket[]): bigint {
  let total = 0n;
  for (const bucket of buckets) {
    const price = priceBucket(book, bucket);
    if (price.priced) total += price.costPico;
  }
  return total;
}

/** Open-ended sessions that cost more than the scoped baseline: the baseline's own estimate, as advice. */
export function openEndedAdvice(baseline: Baseline): Advice | null {
  const estimate = baseline.estimate;
  if (estimate === null || baseline.scopedUsd === null || estimate.savingUsd < MIN_SAVING_USD) return null;
  const n = estimate.sessions;
  const scoped = baseline.scopedUsd;
  const costly = baseline.sessions.filter((s) => s.scope === 'open-ended' && s.costUsd > scoped);
  return {
    kind: 'open-ended',
    summary: `${n} open-ended session${n === 1 ? '' : 's'} cost more than the team's scoped session (${money(scoped)}). Splitting work into sessions with one clear task each, and clearing context between them, is how teams stay near the scoped figure.`,
    arithmetic: `${lessTimes(estimate.actualUsd, n, scoped)} (an estimate: the work might have needed more than one scoped session)`,
    savingUsd: estimate.savingUsd,
    details: capped(
      costly.map(
        (s) => `session ${s.sessionId.slice(0, 8)} (${s.source} open-ended: ${s.reason}): ${money(s.costUsd)}`,
      ),
    ),
  };
}

function tokensOf(b: UsageBucket): number {
  return b.inputTokens + b.outputTokens + b.cacheWrite5mTokens + b.cacheWrite1hTokens + b.cacheReadTokens;
}

function capped(lines: string[]): string[] {
  if (lines.length <= MAX_DETAILS) return lines;
  return [...lines.slice(0, MAX_DETAILS), `and ${lines.length - MAX_DETAILS} more`];
}
