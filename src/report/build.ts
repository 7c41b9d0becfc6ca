import type { Skipped } from '../ingest/types.js';
import type { PriceBook } from '../pricing/book.js';
import { priceBucket } from '../pricing/price.js';
import { picoToUsd } from '../pricing/types.js';
import type { SessionRecord, UsageBucket } from '../records/schema.js';
import {
  REPORT_SCHEMA,
  type ModelLine,
  type Report,
  type SessionLine,
  type TokenTotals,
  type UnpricedLine,
} from './types.js';

export interface ReportInput {
  sessions: readonly SessionRecord[];
  skipped: readonly Skipped[];
  notes: readonly string[];
  book: PriceBook;
  generator: string;
}

/** Within this share of each other, Claude Code's own figure and ours are not called out. */
const REPORTED_TOLERANCE = 0.01;

export function buildReport(input: ReportInput): Report {
  const notes = [...input.notes];
  const totals = zeroTotals();
  let totalPico = 0n;
  let reportedTotal: number | null = null;
  const models = new Map<string, { line: Omit<ModelLine, 'costUsd'>; pico: bigint; priced: boolean }>();
  const unpriced = new Map<string, UnpricedLine>();
  const sessions: SessionLine[] = [];
  const ruleNotes = new Set<string>();

  for (const session of input.sessions) {
    const sessionTotals = zeroTotals();
    let sessionPico = 0n;
    let sessionUnpriced = 0;
    for (const bucket of session.usage) {
      addBucket(sessionTotals, bucket);
      const price = priceBucket(input.book, bucket);
      let model = models.get(bucket.model);
      if (model === undefined) {
        model = {
          line: { model: bucket.model, pricedAs: null, ...zeroTotals(), cacheHitRate: null },
          pico: 0n,
          priced: true,
        };
        models.set(bucket.model, model);
      }
      addBucket(model.line, bucket);
      if (price.priced) {
        sessionPico += price.costPico;
        model.pico += price.costPico;
        model.line.pricedAs = price.model;
        for (const rule of price.rules) ruleNotes.add(rule);
      } else {
        const tokens = bucketTokens(bucket);
        sessionUnpriced += tokens;
        model.priced = false;
        const key = `${bucket.model}\u0000${price.reason}`;
        const line = unpriced.get(key) ?? { model: bucket.model, reason: price.reason, tokens: 0, requests: 0 };
        line.tokens += tokens;
        line.requests += bucket.requests;
        unpriced.set(key, line);
      }
    }
    addTotals(totals, sessionTotals);
    totalPico += sessionPico;
    const reported = session.reported?.costUsd ?? null;
    if (reported !== null) reportedTotal = (reportedTotal ?? 0) + reported;
    sessions.push(sessionLine(session, sessionTotals, picoToUsd(sessionPico), sessionUnpriced));
  }

  const modelLines: ModelLine[] = [...models.values()]
    .map(({ line, pico, priced }) => ({
      ...line,
      costUsd: priced ? picoToUsd(pico) : null,
      cacheHitRate: cacheHitRate(line),
    }))
    .sort((a, b) => (b.costUsd ?? -1) - (a.costUsd ?? -1) || b.totalTokens - a.totalTokens);
  const unpricedLines = [...unpriced.values()].sort((a, b) => b.tokens - a.tokens);
  const unpricedTokens = unpricedLines.reduce((sum, u) => sum + u.tokens, 0);
  const costUsd = picoToUsd(totalPico);

  for (const rule of [...ruleNotes].sort()) notes.push(`Pricing rule applied: ${rule}.`);
  if (reportedTotal !== null) notes.push(reportedNote(reportedTotal, input.sessions, sessions));

  return {
    schema: REPORT_SCHEMA,
    generator: input.generator,
    priceBook: { asOf: input.book.asOf },
    totals: {
      ...totals,
      costUsd,
      costIsLowerBound: unpricedTokens > 0,
      unpricedTokens,
      sessions: sessions.length,
      cacheHitRate: cacheHitRate(totals),
      reportedCostUsd: reportedTotal,
    },
    models: modelLines,
    sessions,
    unpriced: unpricedLines,
    skipped: [...input.skipped],
    notes,
  };
}

/** Cache hit rate = cache read / (input + cache write + cache read); null when there was no prompt. */
export function cacheHitRate(t: TokenTotals): number | null {
  const prompt = t.inputTokens + t.cacheWrite5mTokens + t.cacheWrite1hTokens + t.cacheReadTokens;
  return prompt === 0 ? null : t.cacheReadTokens / prompt;
}

function sessionLine(s: SessionRecord, t: TokenTotals, costUsd: number, unpricedTokens: number): SessionLine {
  const started = s.startedAt ?? null;
  const ended = s.endedAt ?? null;
  const duration =
    started !== null && ended !== null ? Math.max(0, (Date.parse(ended) - Date.parse(started)) / 60_000) : null;
  return {
    sessionId: s.sessionId,
    branch: s.branch ?? null,
    developer: s.developer ?? null,
    models: [...new Set(s.usage.map((b) => b.model))].sort(),
    startedAt: started,
    endedAt: ended,
    durationMinutes: duration,
    turns: s.turns,
    compactions: s.compactions,
    peakContextTokens: s.peakContextTokens,
    scope: s.scope ?? null,
    task: s.task?.kind ?? null,
    ...t,
    costUsd,
    unpricedTokens,
    reportedCostUsd: s.reported?.costUsd ?? null,
    cacheHitRate: cacheHitRate(t),
    source: s.source.format,
  };
}

function reportedNote(reportedTotal: number, records: readonly SessionRecord[], lines: SessionLine[]): string {
  const computed = lines.filter((l) => l.reportedCostUsd !== null).reduce((sum, l) => sum + l.costUsd, 0);
  const basis = [...new Set(records.map((r) => r.reported?.costBasis).filter((b) => b !== undefined))].join(', ');
  const diff = computed - reportedTotal;
  const share = reportedTotal === 0 ? (computed === 0 ? 0 : 1) : Math.abs(diff) / reportedTotal;
  const head = `Claude Code reported ${formatUsdPlain(reportedTotal)}${basis ? ` (${basis})` : ''} for the sessions that carried its own figure; list prices give ${formatUsdPlain(computed)}`;
  return share > REPORTED_TOLERANCE
    ? `${head}, a difference of ${formatUsdPlain(diff)} (${(share * 100).toFixed(1)}%).`
    : `${head}: they agree within 1%.`;
}

function formatUsdPlain(usd: number): string {
  const sign = usd < 0 ? '-' : '';
  return `${sign}$${Math.abs(usd).toFixed(4)}`;
}

export function zeroTotals(): TokenTotals {
  return {
    requests: 0,
    inputTokens: 0,
    outputTokens: 0,
    cacheWrite5mTokens: 0,
    cacheWrite1hTokens: 0,
    cacheReadTokens: 0,
    webSearchRequests: 0,
    totalTokens: 0,
  };
}

function bucketTokens(b: UsageBucket): number {
  return b.inputTokens + b.outputTokens + b.cacheWrite5mTokens + b.cacheWrite1hTokens + b.cacheReadTokens;
}

function addBucket(t: TokenTotals, b: UsageBucket): void {
  t.requests += b.requests;
  t.inputTokens += b.inputTokens;
  t.outputTokens += b.outputTokens;
  t.cacheWrite5mTokens += b.cacheWrite5mTokens;
  t.cacheWrite1hTokens += b.cacheWrite1hTokens;
  t.cacheReadTokens += b.cacheReadTokens;
  t.webSearchRequests += b.webSearchRequests;
  t.totalTokens += bucketTokens(b);
}

/** Adds `add`'s token fields into `into` (extra fields of either side are ignored). */
export function addTotals(into: TokenTotals, add: TokenTotals): void {
  into.requests += add.requests;
  into.inputTokens += add.inputTokens;
  into.outputTokens += add.outputTokens;
  into.cacheWrite5mTokens += add.cacheWrite5mTokens;
  into.cacheWrite1hTokens += add.cacheWrite1hTokens;
  into.cacheReadTokens += add.cacheReadTokens;
  into.webSearchRequests += add.webSearchRequests;
  into.totalTokens += add.totalTokens;
}

/** Just the token fields of a line that carries more. */
export function pickTotals(t: TokenTotals): TokenTotals {
  const out = zeroTotals();
  addTotals(out, t);
  return out;
}
