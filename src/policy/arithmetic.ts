/**
 * Money arithmetic shown to people. The operands are rounded to the shown precision first and
 * the result is computed from the rounded operands, so `$3.10 − $0.42 = $2.68` always adds up
 * on the page (the exact figure stays in the JSON).
 */

import { formatAmount } from '../render/format.js';

/** `$3.10 on X − $0.42 on Y = $2.68`. */
export function difference(a: number, b: number, aLabel: string, bLabel: string): string {
  const digits = precisionFor([a, b]);
  const [ua, ub] = [toUnits(a, digits), toUnits(b, digits)];
  return `${showUnits(ua, digits)} ${aLabel} − ${showUnits(ub, digits)} ${bLabel} = ${showUnits(ua - ub, digits)}`;
}

/** `$8.10 − 2 × $0.94 = $6.22`. */
export function lessTimes(total: number, n: number, each: number): string {
  const digits = precisionFor([total, each]);
  const [ut, ue] = [toUnits(total, digits), toUnits(each, digits)];
  return `${showUnits(ut, digits)} − ${n} × ${showUnits(ue, digits)} = ${showUnits(ut - n * ue, digits)}`;
}

/** Cents, or hundredths of a cent when a figure is under a cent (as formatUsd shows it). */
function precisionFor(values: number[]): number {
  return values.some((v) => v !== 0 && Math.abs(v) < 0.01) ? 4 : 2;
}

function toUnits(usd: number, digits: number): number {
  return Math.round(usd * 10 ** digits);
}

function showUnits(units: number, digits: number): string {
  const amount = formatAmount(Math.abs(units) / 10 ** digits, digits);
  return `${units < 0 ? '−' : ''}$${amount}`;
}
