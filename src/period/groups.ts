import { median } from '../policy/baseline.js';
import { cacheHitRate, zeroTotals } from '../report/build.js';
import { addDays, isoWeekLabel } from './calendar.js';
import { addTotals, pickTotals } from '../report/build.js';
import { cmp, type PricedSession } from './price.js';
import type { Period } from './resolve.js';
import type { Change, DeveloperDay, GroupLine, Outlier, PeriodSession, PeriodTotals, WeekLine } from './types.js';

/** Sums of the period's sessions: totals, the by-X tables, weeks, developer-days and outliers. */

export function totalsOf(sessions: readonly PeriodSession[]): PeriodTotals {
  const tokens = zeroTotals();
  let costUsd = 0;
  let unpricedTokens = 0;
  let reported: number | null = null;
  for (const s of sessions) {
    addTotals(tokens, s);
    costUsd += s.costUsd;
    unpricedTokens += s.unpricedTokens;
    if (s.reportedCostUsd !== null) reported = (reported ?? 0) + s.reportedCostUsd;
  }
  return {
    ...tokens,
    costUsd,
    costIsLowerBound: unpricedTokens > 0,
    unpricedTokens,
    sessions: sessions.length,
    prs: new Set(sessions.map((s) => s.pr).filter((n) => n !== null)).size,
    developers: new Set(sessions.map((s) => s.developer).filter((d) => d !== null)).size,
    costPerSessionUsd: sessions.length === 0 ? null : costUsd / sessions.length,
    cacheHitRate: cacheHitRate(tokens),
    reportedCostUsd: reported,
  };
}

export function change(current: number | null, previous: number | null): Change {
  const delta = current === null || previous === null ? null : current - previous;
  const ratio = delta === null || previous === null || previous === 0 ? null : delta / previous;
  return { current, previous, delta, ratio };
}

/** Sessions grouped by `keyOf`, most expensive group first; the previous period's cost beside each. */
export function groupBy(
  sessions: readonly PeriodSession[],
  previous: readonly PeriodSession[],
  keyOf: (s: PeriodSession) => string | null,
  totalUsd: number,
): GroupLine[] {
  const before = new Map<string | null, number>();
  for (const s of previous) before.set(keyOf(s), (before.get(keyOf(s)) ?? 0) + s.costUsd);
  const groups = new Map<string | null, PeriodSession[]>();
  for (const s of sessions) {
    const key = keyOf(s);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [s]);
    else list.push(s);
  }
  return [...groups]
    .map(([key, list]) => {
      const t = totalsOf(list);
      return {
        key,
        ...pickTotals(t),
        sessions: t.sessions,
        prs: t.prs,
        costUsd: t.costUsd,
        share: totalUsd > 0 ? t.costUsd / totalUsd : null,
        cacheHitRate: t.cacheHitRate,
        costPerSessionUsd: t.costPerSessionUsd,
        previousCostUsd: before.get(key) ?? 0,
      };
    })
    .sort(byCost);
}

/** Per model, from each session's per-model split; an unpriced model's cost is null, never $0. */
export function groupByModel(
  sessions: readonly PricedSession[],
  previous: readonly PricedSession[],
  prOf: (s: PricedSession) => number | null,
  totalUsd: number,
): Array<GroupLine & { pricedAs: string | null }> {
  const before = new Map<string, number>();
  for (const s of previous)
    for (const m of s.models) before.set(m.model, (before.get(m.model) ?? 0) + (m.costUsd ?? 0));
  const lines = new Map<string, GroupLine & { pricedAs: string | null; prSet: Set<number> }>();
  for (const s of sessions) {
    const pr = prOf(s);
    for (const m of s.models) {
      let line = lines.get(m.model);
      if (line === undefined) {
        line = {
          key: m.model,
          pricedAs: m.pricedAs,
          ...zeroTotals(),
          sessions: 0,
          prs: 0,
          prSet: new Set(),
          costUsd: 0,
          share: null,
          cacheHitRate: null,
          costPerSessionUsd: null,
          previousCostUsd: before.get(m.model) ?? 0,
        };
        lines.set(m.model, line);
      }
      addTotals(line, m);
      line.pricedAs ??= m.pricedAs;
      line.sessions++;
      if (pr !== null) line.prSet.add(pr);
      line.costUsd = line.costUsd === null || m.costUsd === null ? null : line.costUsd + m.costUsd;
    }
  }
  return [...lines.values()]
    .map(({ prSet, ...line }) => ({
      ...line,
      prs: prSet.size,
      share: line.costUsd !== null && totalUsd > 0 ? line.costUsd / totalUsd : null,
      cacheHitRate: cacheHitRate(line),
      costPerSessionUsd: line.costUsd === null ? null : line.costUsd / line.sessions,
    }))
    .sort(byCost);
}

/** Every ISO week the period touches, in order, with the part of it inside the period. */
export function byWeek(period: Period, sessions: readonly PeriodSession[]): WeekLine[] {
  const weeks = new Map<string, WeekLine>();
  for (let date = period.start; date <= period.end; date = addDays(date, 1)) {
    const week = isoWeekLabel(date);
    const line = weeks.get(week);
    if (line === undefined) weeks.set(week, { week, start: date, end: date, sessions: 0, costUsd: 0, totalTokens: 0 });
    else line.end = date;
  }
  for (const s of sessions) {
    const line = weeks.get(s.week);
    if (line === undefined) continue;
    line.sessions++;
    line.costUsd += s.costUsd;
    line.totalTokens += s.totalTokens;
  }
  return [...weeks.values()];
}

/** A developer's sessions by the local day they started; over when a limit is exceeded (strictly). */
export function developerDays(
  sessions: readonly PeriodSession[],
  limit: { usd: number | null; tokens: number | null },
): DeveloperDay[] {
  if (limit.usd === null && limit.tokens === null) return [];
  const days = new Map<string, DeveloperDay>();
  for (const s of sessions) {
    const key = `${s.developer ?? ''}\u0000${s.localDate}`;
    const day = days.get(key) ?? {
      developer: s.developer,
      date: s.localDate,
      sessions: 0,
      costUsd: 0,
      totalTokens: 0,
      over: [],
    };
    day.sessions++;
    day.costUsd += s.costUsd;
    day.totalTokens += s.totalTokens;
    days.set(key, day);
  }
  const over: DeveloperDay[] = [];
  for (const day of days.values()) {
    if (limit.usd !== null && day.costUsd > limit.usd) day.over.push('usd');
    if (limit.tokens !== null && day.totalTokens > limit.tokens) day.over.push('tokens');
    if (day.over.length > 0) over.push(day);
  }
  return over.sort((a, b) => b.costUsd - a.costUsd || cmp(a.date, b.date) || cmp(a.developer ?? '', b.developer ?? ''));
}

export const OUTLIER_FACTOR = 3;
export const OUTLIER_MIN_SESSIONS = 5;

/**
 * Sessions that cost more than OUTLIER_FACTOR times their task kind's median in the period. A kind
 * needs OUTLIER_MIN_SESSIONS sessions first: with fewer, the median says too little about "usual".
 */
export function outliers(sessions: readonly PeriodSession[]): Outlier[] {
  const byKind = new Map<string, PeriodSession[]>();
  for (const s of sessions) {
    const list = byKind.get(s.taskKind);
    if (list === undefined) byKind.set(s.taskKind, [s]);
    else list.push(s);
  }
  const found: Outlier[] = [];
  for (const [kind, list] of byKind) {
    if (list.length < OUTLIER_MIN_SESSIONS) continue;
    const mid = median(list.map((s) => s.costUsd));
    if (mid === null || mid <= 0) continue;
    for (const s of list) {
      if (s.costUsd <= OUTLIER_FACTOR * mid) continue;
      found.push({
        sessionId: s.sessionId,
        developer: s.developer,
        pr: s.pr,
        taskKind: kind,
        costUsd: s.costUsd,
        kindMedianUsd: mid,
        times: s.costUsd / mid,
      });
    }
  }
  return found.sort((a, b) => b.times - a.times || cmp(a.sessionId, b.sessionId));
}

function byCost(a: GroupLine, b: GroupLine): number {
  return (b.costUsd ?? -1) - (a.costUsd ?? -1) || b.totalTokens - a.totalTokens || cmp(a.key ?? '', b.key ?? '');
}
