import type { PeriodReport } from '../period/types.js';

/** report.json: the whole period report, every session included. */
export function renderPeriodJson(report: PeriodReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
