/**
 * What the policy adds to a report: the task kind, the budget verdict, the baseline comparison,
 * advice and the display currency. These are JSON keys of `claude-cost report --format json`, so
 * every field is plain data (numbers in USD or tokens, strings, nulls), never a class or a Map.
 */

/** The PR as the policy sees it: the CLI flags, or the pull_request event in the Action. */
export interface PrFacts {
  labels: readonly string[];
  branch?: string | undefined;
  title?: string | undefined;
}

export const TASK_SOURCES = ['record', 'label', 'branch', 'title', 'default'] as const;
export type TaskSource = (typeof TASK_SOURCES)[number];

export interface TaskClassification {
  kind: string;
  source: TaskSource;
  /** What matched, in the user's words: the label, the branch, the title's type; null for the default. */
  evidence: string | null;
  /** Declarations that could not be used, e.g. a record declaring a kind the config does not know. */
  notes: string[];
}

export type BudgetStatus = 'ok' | 'warning' | 'over' | 'none';
export type CheckStatus = 'ok' | 'warning' | 'over';

/** One limit of the applied budget, measured against this PR. */
export interface BudgetCheck {
  budget: 'perPr' | 'perSession';
  unit: 'usd' | 'tokens';
  /** In USD or tokens. A limit written in the local currency is converted to USD here. */
  limit: number;
  /** The limit as written, when it was written in the local currency. */
  limitLocal: number | null;
  /** The PR's total, or the largest session's figure for a per-session budget. */
  used: number;
  /** used / limit; null when the limit is 0 (any use is over). */
  share: number | null;
  status: CheckStatus;
  /** The session `used` belongs to (per-session budgets). */
  sessionId: string | null;
  /** Per-session budgets: how many sessions are over / at the warning threshold. */
  sessionsOver: number;
  sessionsWarning: number;
  /** A USD figure that leaves out unpriced tokens: the real figure can only be higher. */
  lowerBound: boolean;
}

export interface BudgetLimits {
  usd: number | null;
  tokens: number | null;
}

export interface BudgetVerdict {
  status: BudgetStatus;
  /** The task kind whose budget applied. */
  kind: string;
  /** The config key the budget came from: the kind, `default`, or null when none applies. */
  budgetKey: string | null;
  warnAt: number;
  limits: { perPr: BudgetLimits; perSession: BudgetLimits };
  used: {
    perPr: { usd: number; tokens: number };
    /** The largest single session, by each unit. */
    perSession: { usd: number; tokens: number };
  };
  checks: BudgetCheck[];
  /** Models used that the budget does not allow (raw ids as logged). */
  disallowedModels: string[];
  /** One sentence per thing that is not ok: which budget, by how much. */
  reasons: string[];
  costIsLowerBound: boolean;
}

export type ScopeSource = 'declared' | 'inferred';
export type Scope = 'scoped' | 'open-ended';

export interface SessionScope {
  sessionId: string;
  scope: Scope;
  source: ScopeSource;
  /** Plain words: "declared in the record", "peak context 182k ≥ 150k", "under every threshold". */
  reason: string;
}

export interface BaselineSession extends SessionScope {
  costUsd: number;
  /** The session has unpriced tokens: its cost is a lower bound. */
  lowerBound: boolean;
  /** The baseline for this session's scope; null when there is none. */
  baselineUsd: number | null;
}

export interface BaselineFigures {
  scopedUsd: number | null;
  openEndedUsd: number | null;
}

export interface HistorySample {
  sessions: number;
  /** The kind the median is over, or `all kinds` when the kind had fewer than `minSessions`. */
  basis: string;
}

export interface Baseline extends BaselineFigures {
  kind: string;
  /** Where the figures came from; `none` when neither the config nor history gave any. */
  source: 'config' | 'history' | 'none';
  /** Config only: the perTask key used (the kind, or `default`). */
  configKey: string | null;
  /** History only: the window and what each median was taken over. */
  history: {
    days: number;
    since: string;
    until: string;
    scoped: HistorySample | null;
    openEnded: HistorySample | null;
    /** Sessions left out because some of their tokens are unpriced (their cost is unknown). */
    excludedUnpriced: number;
  } | null;
  sessions: BaselineSession[];
  /** Open-ended sessions that cost more than the scoped baseline, had each cost the baseline. */
  estimate: {
    sessions: number;
    actualUsd: number;
    atBaselineUsd: number;
    savingUsd: number;
  } | null;
}

export type AdviceKind = 'cheaper-model' | 'cache' | 'open-ended';

export interface Advice {
  kind: AdviceKind;
  /** One sentence saying what to change. */
  summary: string;
  /** The dollar figure as arithmetic on this PR's own tokens, e.g. "$3.10 − $0.42 = $2.68". */
  arithmetic: string;
  savingUsd: number;
  /** Per-session or per-model lines behind the arithmetic (shortened for long PRs). */
  details: string[];
}

export interface CurrencySetting {
  /** ISO 4217 code of the display currency, e.g. HKD. */
  code: string;
  /** Units of the local currency per US dollar, as configured (no rate is fetched). */
  perUsd: number;
}

/** The optional fields applyPolicy adds to a Report. */
export interface PolicyFields {
  task?: TaskClassification;
  budget?: BudgetVerdict;
  baseline?: Baseline;
  advice?: Advice[];
  currency?: CurrencySetting | null;
}
