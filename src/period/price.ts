import type { PriceBook } from '../pricing/book.js';
import type { SessionRecord } from '../records/schema.js';
import { buildReport } from '../report/build.js';
import type { ModelLine, Report, SessionLine, UnpricedLine } from '../report/types.js';

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

/**
 * Sessions added up into one Report (what evaluateBudget and the advice functions read): priced
 * again from their records in exact arithmetic, so a group costs what its sessions cost.
 */
export function combineReports(sessions: readonly PricedSession[], book: PriceBook, generator: string): Report {
  const report = buildReport({ sessions: sessions.map((s) => s.record), skipped: [], notes: [], book, generator });
  return { ...report, notes: [] };
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
