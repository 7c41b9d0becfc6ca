import type { PriceBook } from '../pricing/book.js';
import type { SessionRecord } from '../records/schema.js';
import { buildReport, cacheHitRate, zeroTotals } from '../report/build.js';
import type { ModelLine, Report, SessionLine, TokenTotals, UnpricedLine } from '../report/types.js';

/**
 * Each record is priced once, by the same buildReport the PR comment uses (so a session costs the
 * same in both), and every aggregate of the period is a sum of these per-session reports.
 */
export interface PricedSession {
  record: SessionRecord;
  line: SessionLine;
  models: ModelLine[];
  unpriced: UnpricedLine[];
  /** `Pricing rule applied: …` notes, shown once for the period. */
  ruleNotes: string[];
}

export function priceSession(record: SessionRecord, book: PriceBook): PricedSession {
  const report = buildReport({ sessions: [record], skipped: [], notes: [], book, generator: '' });
  const line = report.sessions[0];
  if (line === undefined) throw new Error('priceSession: buildReport returned no session line');
  return {
    record,
    line,
    models: report.models,
    unpriced: report.unpriced,
    ruleNotes: report.notes.filter((n) => n.startsWith('Pricing rule applied')),
  };
}

/** Per-session reports added up into one Report (what evaluateBudget and the advice functions read). */
export function combineReports(sessions: readonly PricedSession[], book: PriceBook, generator: string): Report {
  const totals = zeroTotals();
  let costUsd = 0;
  let reported: number | null = null;
  const models = new Map<string, ModelLine>();
  const unpriced = new Map<string, UnpricedLine>();
  for (const s of sessions) {
    addTokens(totals, s.line);
    costUsd += s.line.costUsd;
    if (s.line.reportedCostUsd !== null) reported = (reported ?? 0) + s.line.reportedCostUsd;
    for (const m of s.models) {
      const line = models.get(m.model);
      if (line === undefined) models.set(m.model, { ...m });
      else {
        addTokens(line, m);
        line.costUsd = line.costUsd === null || m.costUsd === null ? null : line.costUsd + m.costUsd;
        line.pricedAs ??= m.pricedAs;
      }
    }
    for (const u of s.unpriced) {
      const key = `${u.model}\u0000${u.reason}`;
      const line = unpriced.get(key);
      if (line === undefined) unpriced.set(key, { ...u });
      else {
        line.tokens += u.tokens;
        line.requests += u.requests;
      }
    }
  }
  const modelLines = [...models.values()]
    .map((m) => ({ ...m, cacheHitRate: cacheHitRate(m) }))
    .sort((a, b) => (b.costUsd ?? -1) - (a.costUsd ?? -1) || b.totalTokens - a.totalTokens || cmp(a.model, b.model));
  const unpricedLines = [...unpriced.values()].sort((a, b) => b.tokens - a.tokens || cmp(a.model, b.model));
  const unpricedTokens = unpricedLines.reduce((n, u) => n + u.tokens, 0);
  return {
    schema: 'claude-cost/report@1',
    generator,
    priceBook: { asOf: book.asOf },
    totals: {
      ...totals,
      costUsd,
      costIsLowerBound: unpricedTokens > 0,
      unpricedTokens,
      sessions: sessions.length,
      cacheHitRate: cacheHitRate(totals),
      reportedCostUsd: reported,
    },
    models: modelLines,
    sessions: sessions.map((s) => s.line),
    unpriced: unpricedLines,
    skipped: [],
    notes: [],
  };
}

export function addTokens(into: TokenTotals, add: TokenTotals): void {
  into.requests += add.requests;
  into.inputTokens += add.inputTokens;
  into.outputTokens += add.outputTokens;
  into.cacheWrite5mTokens += add.cacheWrite5mTokens;
  into.cacheWrite1hTokens += add.cacheWrite1hTokens;
  into.cacheReadTokens += add.cacheReadTokens;
  into.webSearchRequests += add.webSearchRequests;
  into.totalTokens += add.totalTokens;
}

export function pickTokens(t: TokenTotals): TokenTotals {
  const out = zeroTotals();
  addTokens(out, t);
  return out;
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
