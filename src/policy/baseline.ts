import type { PriceBook } from '../pricing/book.js';
import type { SessionRecord } from '../records/schema.js';
import { buildReport } from '../report/build.js';
import type { Report } from '../report/types.js';
import { classifyTask } from './classify.js';
import type { Config } from './config.js';
import { FALLBACK_KEY } from './defaults.js';
import { classifyScope } from './scope.js';
import type { Baseline, BaselineSession, HistorySample, Scope, SessionScope } from './types.js';

/**
 * The team's typical cost per scoped and per open-ended session for a task kind, and this PR's
 * sessions against it. The figures come from the config, or are measured from history: records
 * already merged (the default branch's `.claude-cost/sessions`), trailing `historyDays` before
 * `now`, median cost per session. Medians, because one runaway session would drag a mean.
 */

export const ALL_KINDS = 'all kinds';
const DAY_MS = 86_400_000;

/** Priced history sessions, by kind and scope. */
export interface HistoryMeasurement {
  days: number;
  since: string;
  until: string;
  costs: Map<string, Record<Scope, number[]>>;
  excludedUnpriced: number;
}

export function measureHistory(
  records: readonly SessionRecord[],
  options: { config: Config; book: PriceBook; now: Date; excludeSessionIds: ReadonlySet<string> },
): HistoryMeasurement {
  const { config, now } = options;
  const days = config.baseline.historyDays;
  const since = new Date(now.getTime() - days * DAY_MS);
  const inWindow = records.filter((r) => {
    if (options.excludeSessionIds.has(r.sessionId)) return false;
    const at = sessionTime(r);
    return at !== undefined && at >= since.getTime() && at < now.getTime();
  });
  // The same pricing as the PR itself, so the comparison is like for like.
  const priced = buildReport({ sessions: inWindow, skipped: [], notes: [], book: options.book, generator: 'history' });
  const costs = new Map<string, Record<Scope, number[]>>();
  let excludedUnpriced = 0;
  inWindow.forEach((record, i) => {
    const line = priced.sessions[i];
    if (line === undefined) return;
    if (line.unpricedTokens > 0) {
      excludedUnpriced++;
      return;
    }
    // A merged record has no PR labels or title left: its declared task, else its branch.
    const kind = classifyTask([record], { labels: [], branch: record.branch }, config).kind;
    const scope = classifyScope(line, config).scope;
    const entry = costs.get(kind) ?? { scoped: [], 'open-ended': [] };
    entry[scope].push(line.costUsd);
    costs.set(kind, entry);
  });
  return { days, since: since.toISOString(), until: now.toISOString(), costs, excludedUnpriced };
}

/** When a session happened: its end, else its start, else the last day it has usage on. */
function sessionTime(r: SessionRecord): number | undefined {
  const stamp = r.endedAt ?? r.startedAt;
  if (stamp !== undefined) return Date.parse(stamp);
  const days = r.usage.map((b) => b.day).sort();
  const last = days[days.length - 1];
  return last === undefined ? undefined : Date.parse(`${last}T00:00:00Z`);
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] as number;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] as number) + hi) / 2;
}

type Source = Pick<Baseline, 'source' | 'configKey' | 'history' | 'scopedUsd' | 'openEndedUsd'>;

/** Where the kind's figures come from: see `baseline.source` in the config. */
export function chooseBaseline(
  kind: string,
  config: Config,
  history: HistoryMeasurement | undefined,
  notes: string[],
): Source {
  const fromConfig = configFigures(kind, config);
  const wantsHistory = config.baseline.source !== 'config';
  if (wantsHistory && history !== undefined) {
    const measured = historyFigures(kind, config, history);
    if (measured.scopedUsd !== null || measured.openEndedUsd !== null) return measured;
    notes.push(
      `No priced sessions in the last ${history.days} days of history; the baseline falls back to the config.`,
    );
  } else if (config.baseline.source === 'history') {
    notes.push(
      'The config asks for a baseline from history, but no history was given; the configured figures were used.',
    );
  }
  return fromConfig;
}

function configFigures(kind: string, config: Config): Source {
  const own = config.baseline.perTask.get(kind);
  const fallback = config.baseline.perTask.get(FALLBACK_KEY);
  const scopedUsd = own?.scopedUsd ?? fallback?.scopedUsd ?? null;
  const openEndedUsd = own?.openEndedUsd ?? fallback?.openEndedUsd ?? null;
  if (scopedUsd === null && openEndedUsd === null) {
    return { source: 'none', configKey: null, history: null, scopedUsd, openEndedUsd };
  }
  return {
    source: 'config',
    configKey: own === undefined ? FALLBACK_KEY : kind,
    history: null,
    scopedUsd,
    openEndedUsd,
  };
}

function historyFigures(kind: string, config: Config, history: HistoryMeasurement): Source {
  const sample = (scope: Scope): { value: number | null; sample: HistorySample | null } => {
    const own = history.costs.get(kind)?.[scope] ?? [];
    if (own.length >= config.baseline.minSessions)
      return { value: median(own), sample: { sessions: own.length, basis: kind } };
    const all = [...history.costs.values()].flatMap((c) => c[scope]);
    if (all.length === 0) return { value: null, sample: null };
    return { value: median(all), sample: { sessions: all.length, basis: ALL_KINDS } };
  };
  const scoped = sample('scoped');
  const openEnded = sample('open-ended');
  return {
    source: 'history',
    configKey: null,
    scopedUsd: scoped.value,
    openEndedUsd: openEnded.value,
    history: {
      days: history.days,
      since: history.since,
      until: history.until,
      scoped: scoped.sample,
      openEnded: openEnded.sample,
      excludedUnpriced: history.excludedUnpriced,
    },
  };
}

/** This PR's sessions against the figures, and the estimate had open-ended sessions cost a scoped one. */
export function compareBaseline(
  kind: string,
  report: Report,
  scopes: readonly SessionScope[],
  source: Source,
): Baseline {
  const sessions: BaselineSession[] = report.sessions.map((line, i) => {
    const scope = scopes[i] as SessionScope;
    return {
      ...scope,
      costUsd: line.costUsd,
      lowerBound: line.unpricedTokens > 0,
      baselineUsd: scope.scope === 'scoped' ? source.scopedUsd : source.openEndedUsd,
    };
  });
  return { kind, ...source, sessions, estimate: savingEstimate(sessions, source.scopedUsd) };
}

/**
 * Open-ended sessions that cost more than the scoped baseline, had each cost the baseline
 * instead: actual − n × baseline. It is an estimate (the work might have needed several scoped
 * sessions), which every surface says.
 */
export function savingEstimate(
  sessions: readonly Pick<BaselineSession, 'scope' | 'costUsd'>[],
  scopedUsd: number | null,
): Baseline['estimate'] {
  if (scopedUsd === null) return null;
  const costly = sessions.filter((s) => s.scope === 'open-ended' && s.costUsd > scopedUsd);
  if (costly.length === 0) return null;
  const actualUsd = costly.reduce((sum, s) => sum + s.costUsd, 0);
  const atBaselineUsd = costly.length * scopedUsd;
  return { sessions: costly.length, actualUsd, atBaselineUsd, savingUsd: actualUsd - atBaselineUsd };
}
