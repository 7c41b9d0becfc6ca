import { cacheAdvice, cheaperModelAdvice, openEndedAdvice, type SessionPair } from '../policy/advice.js';
import { chooseBaseline, compareBaseline, median, type HistoryMeasurement } from '../policy/baseline.js';
import { evaluateBudget, resolveBudget } from '../policy/budget.js';
import type { Config } from '../policy/config.js';
import type { Advice, AdviceKind, BudgetStatus, Scope, SessionScope } from '../policy/types.js';
import type { PriceBook } from '../pricing/book.js';
import { resolveModel } from '../pricing/resolve.js';
import { cmp, combineReports, type PricedSession } from './price.js';
import type { AdviceLine, KindBaseline, PeriodSession, PrLine, ScopeLine } from './types.js';

/**
 * The team policy over a period, with the same functions the PR comment uses: each PR's budget
 * verdict for its task kind, the scoped / open-ended split against the baseline, and advice.
 */

/** A session of the period (or of its history window) with what the policy needs about it. */
export interface JudgedSession {
  priced: PricedSession;
  session: PeriodSession;
  scope: SessionScope;
}

export interface PrInput {
  pr: number;
  title: string | null;
  branch: string | null;
  taskKind: string;
  /** The PR's sessions in the period, and all its sessions (for the verdict). */
  inPeriod: readonly JudgedSession[];
  all: readonly PricedSession[];
}

const STATUS_ORDER: Record<BudgetStatus, number> = { over: 0, warning: 1, ok: 2, none: 3 };

/** A PR's budget applies to the whole PR, so the verdict is over all its sessions, in the period or not. */
export function judgePrs(prs: readonly PrInput[], config: Config, book: PriceBook): PrLine[] {
  return prs.map((p) => {
    const verdict = evaluateBudget(combineReports(p.all, book, ''), p.taskKind, config, book);
    const cost = p.inPeriod.reduce((n, s) => n + s.session.costUsd, 0);
    return {
      pr: p.pr,
      title: p.title,
      branch: p.branch,
      taskKind: p.taskKind,
      developers: [...new Set(p.inPeriod.map((s) => s.session.developer).filter((d) => d !== null))].sort(),
      sessions: p.inPeriod.length,
      costUsd: cost,
      costIsLowerBound: p.inPeriod.some((s) => s.session.unpricedTokens > 0),
      status: verdict.status,
      allSessions: p.all.length,
      allCostUsd: verdict.used.perPr.usd,
      reasons: verdict.reasons,
    };
  });
}

export function overruns(prs: readonly PrLine[]): PrLine[] {
  return prs
    .filter((p) => p.status === 'over' || p.status === 'warning')
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.allCostUsd - a.allCostUsd || a.pr - b.pr);
}

export function scopeSplit(sessions: readonly JudgedSession[]): ScopeLine[] {
  return (['scoped', 'open-ended'] as const).map((scope) => {
    const costs = sessions.filter((s) => s.scope.scope === scope).map((s) => s.session.costUsd);
    const total = costs.reduce((a, b) => a + b, 0);
    return {
      scope,
      sessions: costs.length,
      costUsd: total,
      costPerSessionUsd: costs.length === 0 ? null : total / costs.length,
      medianUsd: median(costs),
    };
  });
}

/**
 * The history measurement the PR comment takes from the default branch, built from the sessions
 * already priced here: priced sessions of the `historyDays` up to the period's end, by kind and
 * scope (the kind as the period classifies it, which knows the PR's title).
 */
export function measureFrom(
  history: readonly JudgedSession[],
  window: { days: number; since: string; until: string },
): HistoryMeasurement {
  const costs = new Map<string, Record<Scope, number[]>>();
  let excludedUnpriced = 0;
  for (const s of history) {
    if (s.session.unpricedTokens > 0) {
      excludedUnpriced++;
      continue;
    }
    const entry = costs.get(s.session.taskKind) ?? { scoped: [], 'open-ended': [] };
    entry[s.scope.scope].push(s.session.costUsd);
    costs.set(s.session.taskKind, entry);
  }
  return { ...window, costs, excludedUnpriced };
}

/** Per task kind: the period's split, the team baseline, and the open-ended estimate; plus advice. */
export function baselinesAndAdvice(
  sessions: readonly JudgedSession[],
  history: HistoryMeasurement,
  config: Config,
  book: PriceBook,
  notes: string[],
): { byTaskKind: KindBaseline[]; advice: AdviceLine[] } {
  const kinds = new Map<string, JudgedSession[]>();
  for (const s of sessions) {
    const list = kinds.get(s.session.taskKind);
    if (list === undefined) kinds.set(s.session.taskKind, [s]);
    else list.push(s);
  }
  const byTaskKind: KindBaseline[] = [];
  const advice: AdviceLine[] = [];
  for (const [kind, list] of [...kinds].sort((a, b) => cmp(a[0], b[0]))) {
    const source = chooseBaseline(kind, config, history, notes);
    const baseline = compareBaseline(
      kind,
      combineReports(
        list.map((s) => s.priced),
        book,
        '',
      ),
      list.map((s) => s.scope),
      source,
    );
    const costs = (scope: Scope) => list.filter((s) => s.scope.scope === scope).map((s) => s.session.costUsd);
    const sample = source.history?.scoped ?? source.history?.openEnded ?? null;
    byTaskKind.push({
      taskKind: kind,
      scopedSessions: costs('scoped').length,
      openEndedSessions: costs('open-ended').length,
      scopedMedianUsd: median(costs('scoped')),
      openEndedMedianUsd: median(costs('open-ended')),
      baselineScopedUsd: source.scopedUsd,
      baselineOpenEndedUsd: source.openEndedUsd,
      baselineSource: source.source,
      baselineBasis: source.source === 'history' ? (sample?.basis ?? null) : source.configKey,
      estimateSavingUsd: baseline.estimate?.savingUsd ?? null,
    });
    const pairs: SessionPair[] = list.map((s) => ({ record: s.priced.record, line: s.priced.line }));
    const preferred = resolveBudget(kind, config)?.budget.preferredModel;
    if (preferred !== undefined && config.tasks.mechanical.includes(kind) && resolveModel(book, preferred).ok) {
      push(advice, cheaperModelAdvice(pairs, kind, preferred, book), kind);
    }
    push(advice, openEndedAdvice(baseline), kind);
  }
  const everyPair = sessions.map((s) => ({ record: s.priced.record, line: s.priced.line }));
  push(advice, cacheAdvice(everyPair, config.cache.hitRateTarget, book), null);
  return { byTaskKind, advice: advice.sort((a, b) => b.savingUsd - a.savingUsd) };
}

export function adviceTotals(
  advice: readonly AdviceLine[],
): Array<{ kind: AdviceKind; count: number; savingUsd: number }> {
  const totals = new Map<AdviceKind, { kind: AdviceKind; count: number; savingUsd: number }>();
  for (const a of advice) {
    const t = totals.get(a.kind) ?? { kind: a.kind, count: 0, savingUsd: 0 };
    t.count++;
    t.savingUsd += a.savingUsd;
    totals.set(a.kind, t);
  }
  return [...totals.values()].sort((a, b) => b.savingUsd - a.savingUsd);
}

function push(list: AdviceLine[], advice: Advice | null, taskKind: string | null): void {
  if (advice !== null) list.push({ ...advice, taskKind });
}
