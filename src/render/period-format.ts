import type { Change, PeriodReport } from '../period/types.js';
import { formatLocal } from '../policy/money.js';
import type { AdviceKind, BudgetStatus } from '../policy/types.js';
import { formatInteger, formatPercent, formatTokens, formatUsd } from './format.js';

/**
 * Figures of the period report as both the markdown and the HTML page show them. Every function
 * here formats our own numbers and fixed words; data strings are escaped by the callers.
 */

/** `$12.30`, with `+` when the figure is a lower bound. */
export function usd(value: number, lowerBound = false): string {
  return `${formatUsd(value)}${lowerBound ? '+' : ''}`;
}

/** `HKD 95.94`, or '' without a display currency. */
export function local(report: PeriodReport, value: number): string {
  return report.currency === null ? '' : formatLocal(value, report.currency);
}

export function signedUsd(delta: number): string {
  if (Math.abs(delta) < 0.005) return '±$0.00';
  return `${delta > 0 ? '+' : '−'}${formatUsd(Math.abs(delta))}`;
}

export function signedPercent(ratio: number): string {
  const pct = ratio * 100;
  if (Math.abs(pct) < 0.05) return '±0.0%';
  return `${pct > 0 ? '+' : '−'}${Math.abs(pct).toFixed(1)}%`;
}

export function signedCount(delta: number): string {
  return delta === 0 ? '±0' : `${delta > 0 ? '+' : '−'}${formatInteger(Math.abs(delta))}`;
}

/** `+$12.00 (+10.8%)`; `new` when there was nothing before; `–` when unknown. */
export function usdChange(c: Change): string {
  if (c.delta === null) return '–';
  if (c.previous === 0 && c.current !== 0) return `${signedUsd(c.delta)} (new)`;
  return c.ratio === null ? signedUsd(c.delta) : `${signedUsd(c.delta)} (${signedPercent(c.ratio)})`;
}

export function countChange(c: Change): string {
  if (c.delta === null) return '–';
  return c.ratio === null ? signedCount(c.delta) : `${signedCount(c.delta)} (${signedPercent(c.ratio)})`;
}

/** `+9.05M (+607.1%)`: token counts as the tables show them. */
export function tokensChange(c: Change): string {
  if (c.delta === null) return '–';
  const sign = c.delta > 0 ? '+' : c.delta < 0 ? '−' : '±';
  const text = `${sign}${formatTokens(Math.abs(c.delta))}`;
  return c.ratio === null ? text : `${text} (${signedPercent(c.ratio)})`;
}

/** Cache hit rate change in percentage points. */
export function pointsChange(c: Change): string {
  if (c.delta === null) return '–';
  const pts = c.delta * 100;
  return Math.abs(pts) < 0.05 ? '±0.0 pts' : `${pts > 0 ? '+' : '−'}${Math.abs(pts).toFixed(1)} pts`;
}

export function shareText(share: number | null): string {
  return share === null ? '–' : formatPercent(share);
}

/** The difference from the previous period for one row of a by-X table. */
export function rowChange(current: number | null, previous: number | null): string {
  if (current === null || previous === null) return '–';
  if (previous === 0) return current === 0 ? '±$0.00' : 'new';
  return signedPercent((current - previous) / previous);
}

export function periodRange(report: PeriodReport): string {
  const p = report.period;
  return p.start === p.end ? p.start : `${p.start} to ${p.end}`;
}

/** `1 session`, `2 sessions`. */
export function plural(n: number, word: string): string {
  return `${formatInteger(n)} ${word}${n === 1 ? '' : 's'}`;
}

export const STATUS_TEXT: Record<BudgetStatus, string> = {
  over: '🛑 over',
  warning: '⚠️ warning',
  ok: '✅ ok',
  none: 'no budget',
};

export const ADVICE_TITLE: Record<AdviceKind, string> = {
  'cheaper-model': 'Cheaper model for mechanical work',
  cache: 'Cache more of the prompt',
  'open-ended': 'Scope sessions',
};

/** Two decimals, no grouping: the number Mermaid charts and the tables beside them share. */
export function chartNumber(value: number): string {
  return (Math.round(value * 100) / 100).toFixed(2);
}
