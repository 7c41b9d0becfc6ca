import type { Skipped } from '../ingest/types.js';
import type { Advice, Baseline, BudgetVerdict, CurrencySetting, TaskClassification } from '../policy/types.js';
import type { SessionRecord } from '../records/schema.js';

export const REPORT_SCHEMA = 'claude-cost/report@1' as const;

export interface TokenTotals {
  requests: number;
  inputTokens: number;
  outputTokens: number;
  cacheWrite5mTokens: number;
  cacheWrite1hTokens: number;
  cacheReadTokens: number;
  webSearchRequests: number;
  /** input + output + both cache writes + cache read. */
  totalTokens: number;
}

export interface ModelLine extends TokenTotals {
  /** The id as the logs wrote it. */
  model: string;
  /** The price-book row it resolved to, or null when unpriced. */
  pricedAs: string | null;
  /** null when the model is unpriced: never shown as $0. */
  costUsd: number | null;
  cacheHitRate: number | null;
}

export interface SessionLine extends TokenTotals {
  sessionId: string;
  branch: string | null;
  developer: string | null;
  models: string[];
  startedAt: string | null;
  endedAt: string | null;
  durationMinutes: number | null;
  turns: number;
  compactions: number;
  peakContextTokens: number;
  scope: SessionRecord['scope'] | null;
  task: string | null;
  /** Cost of the priced part; `unpricedTokens` > 0 makes it a lower bound. */
  costUsd: number;
  unpricedTokens: number;
  /** Claude Code's own figure, when the source carried one. */
  reportedCostUsd: number | null;
  cacheHitRate: number | null;
  source: SessionRecord['source']['format'];
}

export interface UnpricedLine {
  model: string;
  reason: string;
  tokens: number;
  requests: number;
}

export interface Report {
  schema: typeof REPORT_SCHEMA;
  generator: string;
  priceBook: { asOf: string };
  totals: TokenTotals & {
    costUsd: number;
    /** true when some tokens are unpriced: the cost is a lower bound. */
    costIsLowerBound: boolean;
    unpricedTokens: number;
    sessions: number;
    cacheHitRate: number | null;
    reportedCostUsd: number | null;
  };
  models: ModelLine[];
  sessions: SessionLine[];
  unpriced: UnpricedLine[];
  skipped: Skipped[];
  notes: string[];
  /** The fields below are added by applyPolicy (src/policy) when a team policy is applied. */
  task?: TaskClassification;
  budget?: BudgetVerdict;
  baseline?: Baseline;
  /** Empty when there is nothing worth saying. */
  advice?: Advice[];
  /** The display currency beside USD; null when the config sets none. */
  currency?: CurrencySetting | null;
}
