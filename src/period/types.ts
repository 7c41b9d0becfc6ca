import type { Skipped } from '../ingest/types.js';
import type { Advice, AdviceKind, BudgetStatus, CurrencySetting, Scope, ScopeSource } from '../policy/types.js';
import type { SessionRecord } from '../records/schema.js';
import type { TokenTotals, UnpricedLine } from '../report/types.js';
import type { Period } from './resolve.js';

/**
 * The period report: plain data (the JSON file is this object), built by buildPeriodReport and
 * read by every renderer. USD figures of priced tokens only; `costIsLowerBound` says when some
 * tokens are on models the price book does not know.
 */
export const PERIOD_REPORT_SCHEMA = 'claude-cost/period-report@1' as const;
export const PERIOD_SESSION_SCHEMA = 'claude-cost/period-session@1' as const;

/** The PR a record came in with, as git history tells it (src/local/git-history.ts). */
export interface PrRef {
  number: number | null;
  title: string | null;
  via: 'squash' | 'merge' | 'direct';
  /** The mainline commit the record landed through. */
  commit: string;
  landedAt: string | null;
  branch: string | null;
}

export interface AttributedRecord {
  record: SessionRecord;
  /** Null when the record is not in the history read (uncommitted, or no git repository). */
  pr: PrRef | null;
}

export interface PeriodTotals extends TokenTotals {
  costUsd: number;
  costIsLowerBound: boolean;
  unpricedTokens: number;
  sessions: number;
  /** Distinct PR numbers among the sessions. */
  prs: number;
  developers: number;
  /** null when there are no sessions. */
  costPerSessionUsd: number | null;
  cacheHitRate: number | null;
  reportedCostUsd: number | null;
}

/** One session of the period: the row of sessions.csv and sessions.ndjson. */
export interface PeriodSession extends TokenTotals {
  sessionId: string;
  developer: string | null;
  branch: string | null;
  pr: number | null;
  prTitle: string | null;
  /** The mainline commit the record landed through; null when not attributed. */
  commit: string | null;
  taskKind: string;
  taskRef: string | null;
  scope: Scope;
  scopeSource: ScopeSource;
  startedAt: string | null;
  endedAt: string | null;
  /** The local day (in the report's time zone) the session is counted on, and its ISO week. */
  localDate: string;
  week: string;
  durationMinutes: number | null;
  turns: number;
  compactions: number;
  peakContextTokens: number;
  models: Array<{ model: string; totalTokens: number; costUsd: number | null }>;
  cacheHitRate: number | null;
  costUsd: number;
  unpricedTokens: number;
  reportedCostUsd: number | null;
  source: SessionRecord['source']['format'];
}

export interface Change {
  current: number | null;
  previous: number | null;
  /** current − previous; null when either is unknown. */
  delta: number | null;
  /** delta / previous; null when previous is 0 or unknown. */
  ratio: number | null;
}

export interface GroupLine extends TokenTotals {
  /** The developer, model or task kind; null for sessions that name no developer. */
  key: string | null;
  sessions: number;
  prs: number;
  /** null for a model that is unpriced. */
  costUsd: number | null;
  share: number | null;
  cacheHitRate: number | null;
  costPerSessionUsd: number | null;
  previousCostUsd: number | null;
}

export interface WeekLine {
  week: string;
  /** The part of the ISO week inside the period. */
  start: string;
  end: string;
  sessions: number;
  costUsd: number;
  totalTokens: number;
}

export interface PrLine {
  pr: number;
  title: string | null;
  /** The branch its records name (else the one its merge commit names). */
  branch: string | null;
  taskKind: string;
  developers: string[];
  /** This period's sessions of the PR, and their cost. */
  sessions: number;
  costUsd: number;
  costIsLowerBound: boolean;
  /** The PR's budget verdict, over all its sessions (some may be outside the period). */
  status: BudgetStatus;
  allSessions: number;
  allCostUsd: number;
  reasons: string[];
}

export interface DeveloperDay {
  developer: string | null;
  date: string;
  sessions: number;
  costUsd: number;
  totalTokens: number;
  /** Which limits the day is over. */
  over: Array<'usd' | 'tokens'>;
}

export interface ScopeLine {
  scope: Scope;
  sessions: number;
  costUsd: number;
  costPerSessionUsd: number | null;
  medianUsd: number | null;
}

export interface KindBaseline {
  taskKind: string;
  scopedSessions: number;
  openEndedSessions: number;
  scopedMedianUsd: number | null;
  openEndedMedianUsd: number | null;
  /** The team baseline for the kind: measured from history up to the period's end, or configured. */
  baselineScopedUsd: number | null;
  baselineOpenEndedUsd: number | null;
  baselineSource: 'config' | 'history' | 'none';
  /** The kind the median was over, or `all kinds` when the kind had too few sessions. */
  baselineBasis: string | null;
  /** Open-ended sessions above the scoped baseline, had each cost the baseline (an estimate). */
  estimateSavingUsd: number | null;
}

export interface AdviceLine extends Advice {
  /** The task kind the advice is about; null when it is about every kind (cache). */
  taskKind: string | null;
}

export interface Outlier {
  sessionId: string;
  developer: string | null;
  pr: number | null;
  taskKind: string;
  costUsd: number;
  kindMedianUsd: number;
  /** costUsd / kindMedianUsd. */
  times: number;
}

export interface PeriodInfo extends Period {
  /** The period compared against: the one just before, of the same kind and length. */
  previous: Period;
}

export interface PeriodReport {
  schema: typeof PERIOD_REPORT_SCHEMA;
  generator: string;
  priceBook: { asOf: string };
  repository: string | null;
  period: PeriodInfo;
  totals: PeriodTotals;
  previousTotals: PeriodTotals;
  change: {
    costUsd: Change;
    sessions: Change;
    prs: Change;
    costPerSessionUsd: Change;
    totalTokens: Change;
    /** In rate units (0.05 = 5 points); ratio is always null. */
    cacheHitRate: Change;
  };
  byDeveloper: GroupLine[];
  byModel: Array<GroupLine & { pricedAs: string | null }>;
  byTaskKind: GroupLine[];
  byWeek: WeekLine[];
  topSessions: PeriodSession[];
  topPrs: PrLine[];
  budgets: {
    prsChecked: number;
    /** PRs whose verdict is over, then warning. */
    overruns: PrLine[];
    warnings: number;
    dailyLimit: { usd: number | null; tokens: number | null };
    developerDaysOver: DeveloperDay[];
  };
  scope: {
    split: ScopeLine[];
    byTaskKind: KindBaseline[];
    estimateSavingUsd: number | null;
    /** The history window of measured baselines, ending with the period. */
    historyDays: number;
  };
  advice: AdviceLine[];
  adviceTotals: Array<{ kind: AdviceKind; count: number; savingUsd: number }>;
  outliers: Outlier[];
  unattributed: { sessions: number; costUsd: number };
  unpriced: UnpricedLine[];
  currency: CurrencySetting | null;
  notes: string[];
  skipped: Skipped[];
  /** Every session of the period, by start time. */
  sessions: PeriodSession[];
}
