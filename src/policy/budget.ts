import type { PriceBook } from '../pricing/book.js';
import { resolveModel } from '../pricing/resolve.js';
import type { Report } from '../report/types.js';
import { formatTokens, formatUsd } from '../render/format.js';
import type { BudgetConfig, Config, LimitConfig } from './config.js';
import { DEFAULT_WARN_AT, FALLBACK_KEY } from './defaults.js';
import { formatLocal } from './money.js';
import type { BudgetCheck, BudgetLimits, BudgetStatus, BudgetVerdict, CheckStatus, CurrencySetting } from './types.js';

/**
 * The budget verdict of a PR for its task kind:
 * - `over`: some limit is exceeded (strictly more than the limit);
 * - `warning`: some limit is used at or past `warnAt`, or a model outside `allowedModels` was
 *   used. A disallowed model warns rather than fails, because the gate is about spend: a team
 *   that wants it to fail the check runs with `fail-on: warning`;
 * - `ok`: a budget applies and nothing above happened;
 * - `none`: no budget (and no model rule) applies to the kind.
 * USD figures leave out unpriced tokens, so with unpriced tokens they are lower bounds and the
 * verdict says so: `over` is then certain, `ok` and `warning` are not.
 */
export function evaluateBudget(report: Report, kind: string, config: Config, book: PriceBook): BudgetVerdict {
  const resolved = resolveBudget(kind, config);
  const budget = resolved?.budget ?? {};
  const warnAt = budget.warnAt ?? DEFAULT_WARN_AT;
  const currency = config.currency;
  const limits = { perPr: toUsd(budget.perPr, currency), perSession: toUsd(budget.perSession, currency) };
  const sessions = report.sessions;
  const lowerBound = report.totals.costIsLowerBound;

  const checks: BudgetCheck[] = [];
  const add = (
    budgetName: BudgetCheck['budget'],
    unit: BudgetCheck['unit'],
    figures: Figure[],
    limitLocal: number | null,
  ) => {
    const limit = limits[budgetName][unit];
    if (limit !== null) checks.push(measure(budgetName, unit, limit, limitLocal, figures, warnAt));
  };
  const prFigure: Figure = {
    sessionId: null,
    usd: report.totals.costUsd,
    tokens: report.totals.totalTokens,
    lowerBound,
  };
  const sessionFigures: Figure[] = sessions.map((s) => ({
    sessionId: s.sessionId,
    usd: s.costUsd,
    tokens: s.totalTokens,
    lowerBound: s.unpricedTokens > 0,
  }));
  add('perPr', 'usd', [prFigure], budget.perPr?.local ?? null);
  add('perPr', 'tokens', [prFigure], null);
  add('perSession', 'usd', sessionFigures, budget.perSession?.local ?? null);
  add('perSession', 'tokens', sessionFigures, null);

  const disallowedModels = budget.allowedModels === undefined ? [] : disallowed(report, budget.allowedModels, book);
  const reasons = checks.filter((c) => c.status !== 'ok').map((c) => describeCheck(c, warnAt, currency));
  if (disallowedModels.length > 0) {
    reasons.push(
      `${disallowedModels.length === 1 ? 'Model' : 'Models'} ${disallowedModels.join(', ')} ${disallowedModels.length === 1 ? 'is' : 'are'} not allowed for ${kind} work (allowed: ${(budget.allowedModels ?? []).join(', ')}).`,
    );
  }
  if (lowerBound && checks.some((c) => c.unit === 'usd')) {
    reasons.push(
      `The cost is a lower bound: ${formatTokens(report.totals.unpricedTokens)} tokens are on models the price book does not know, so USD budgets may be used more than shown.`,
    );
  }

  const ruled = checks.length > 0 || budget.allowedModels !== undefined;
  const statuses: CheckStatus[] = [...checks.map((c) => c.status), disallowedModels.length > 0 ? 'warning' : 'ok'];
  const status: BudgetStatus = !ruled ? 'none' : worst(statuses);
  return {
    status,
    kind,
    budgetKey: ruled ? (resolved?.key ?? null) : null,
    warnAt,
    limits,
    used: {
      perPr: { usd: report.totals.costUsd, tokens: report.totals.totalTokens },
      perSession: {
        usd: Math.max(0, ...sessions.map((s) => s.costUsd)),
        tokens: Math.max(0, ...sessions.map((s) => s.totalTokens)),
      },
    },
    checks,
    disallowedModels,
    reasons,
    costIsLowerBound: lowerBound,
  };
}

/** The kind's own budget, field by field over the `default` budget. */
export function resolveBudget(kind: string, config: Config): { key: string; budget: BudgetConfig } | undefined {
  const own = config.budgets.get(kind);
  const fallback = config.budgets.get(FALLBACK_KEY);
  if (own === undefined && fallback === undefined) return undefined;
  const budget = { ...fallback, ...definedFields(own ?? {}) };
  return { key: own === undefined ? FALLBACK_KEY : kind, budget };
}

interface Figure {
  sessionId: string | null;
  usd: number;
  tokens: number;
  lowerBound: boolean;
}

const SEVERITY: Record<CheckStatus, number> = { ok: 0, warning: 1, over: 2 };

function worst(statuses: CheckStatus[]): CheckStatus {
  return statuses.reduce<CheckStatus>((a, b) => (SEVERITY[b] > SEVERITY[a] ? b : a), 'ok');
}

function statusOf(used: number, limit: number, warnAt: number): CheckStatus {
  if (used > limit) return 'over';
  if (limit > 0 && used / limit >= warnAt) return 'warning';
  return 'ok';
}

function measure(
  budget: BudgetCheck['budget'],
  unit: BudgetCheck['unit'],
  limit: number,
  limitLocal: number | null,
  figures: Figure[],
  warnAt: number,
): BudgetCheck {
  let top: Figure | undefined;
  let sessionsOver = 0;
  let sessionsWarning = 0;
  for (const figure of figures) {
    const status = statusOf(figure[unit], limit, warnAt);
    if (status === 'over') sessionsOver++;
    if (status === 'warning') sessionsWarning++;
    if (top === undefined || figure[unit] > top[unit]) top = figure;
  }
  const used = top?.[unit] ?? 0;
  return {
    budget,
    unit,
    limit,
    limitLocal,
    used,
    share: limit === 0 ? null : used / limit,
    status: statusOf(used, limit, warnAt),
    sessionId: top?.sessionId ?? null,
    sessionsOver: budget === 'perSession' ? sessionsOver : 0,
    sessionsWarning: budget === 'perSession' ? sessionsWarning : 0,
    // Another session with unpriced tokens could really be the largest one.
    lowerBound: unit === 'usd' && figures.some((f) => f.lowerBound),
  };
}

/** "Per-PR budget: $6.10 used of $5.00, over by $1.10 (122%)." */
export function describeCheck(check: BudgetCheck, warnAt: number, currency: CurrencySetting | null): string {
  const amount = (n: number) => (check.unit === 'usd' ? formatUsd(n) : `${formatTokens(n)} tokens`);
  const limitText =
    check.unit === 'usd' && check.limitLocal !== null && currency !== null
      ? `${formatLocal(check.limit, currency)} (${formatUsd(check.limit)})`
      : amount(check.limit);
  const name = `${check.budget === 'perPr' ? 'Per-PR' : 'Per-session'}${check.unit === 'tokens' ? ' token' : ''} budget`;
  const who = check.sessionId === null ? '' : `session ${check.sessionId.slice(0, 8)} `;
  const atLeast = check.lowerBound ? 'at least ' : '';
  const share = check.share === null ? '' : ` (${Math.round(check.share * 100)}%)`;
  let text = `${name}: ${who}used ${atLeast}${amount(check.used)} of ${limitText}`;
  if (check.status === 'over') text += `, over by ${atLeast}${amount(check.used - check.limit)}${share}`;
  else if (check.status === 'warning') text += `${share}, past the ${Math.round(warnAt * 100)}% warning threshold`;
  else text += share;
  if (check.budget === 'perSession' && check.sessionsOver + check.sessionsWarning > 1) {
    const parts = [
      check.sessionsOver > 0 ? `${check.sessionsOver} over` : '',
      check.sessionsWarning > 0 ? `${check.sessionsWarning} past the warning threshold` : '',
    ];
    text += `; sessions: ${parts.filter((p) => p !== '').join(', ')}`;
  }
  return `${text}.`;
}

function toUsd(limit: LimitConfig | undefined, currency: CurrencySetting | null): BudgetLimits {
  const local = limit?.local;
  // Config validation guarantees a currency whenever a local limit is written.
  const usd = local !== undefined && currency !== null ? local / currency.perUsd : (limit?.usd ?? null);
  return { usd, tokens: limit?.tokens ?? null };
}

/** Raw ids as logged, compared by the price-book row they resolve to, so dated and cloud forms match. */
function disallowed(report: Report, allowed: readonly string[], book: PriceBook): string[] {
  const canonical = (id: string) => {
    const r = resolveModel(book, id);
    return r.ok ? r.model : id.toLowerCase();
  };
  const ok = new Set(allowed.map(canonical));
  return report.models.map((m) => m.model).filter((m) => !ok.has(canonical(m)));
}

function definedFields<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
