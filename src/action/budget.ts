import type { FailOn } from '../inputs.js';
import type { Report } from '../report/types.js';

export const BUDGET_STATUSES = ['ok', 'warning', 'over', 'none'] as const;
export type BudgetStatus = (typeof BUDGET_STATUSES)[number];

/**
 * The verdict the team policy put on the report. Read defensively: a report built without a
 * policy (or by an older pipeline) has no `budget`, which means "no budget applies".
 */
export function budgetStatusOf(report: Report): BudgetStatus {
  const status = (report as { budget?: { status?: unknown } | null }).budget?.status;
  return (BUDGET_STATUSES as readonly unknown[]).includes(status) ? (status as BudgetStatus) : 'none';
}

export function describeBudgetStatus(status: BudgetStatus): string | undefined {
  switch (status) {
    case 'ok':
      return 'within budget';
    case 'warning':
      return 'close to the budget (warning)';
    case 'over':
      return 'over budget';
    case 'none':
      return undefined;
  }
}

/** The gate: decided after the comment, summary and outputs are written. */
export function shouldFail(status: BudgetStatus, failOn: FailOn): boolean {
  switch (failOn) {
    case 'never':
      return false;
    case 'warning':
      return status === 'warning' || status === 'over';
    case 'over-budget':
      return status === 'over';
  }
}
