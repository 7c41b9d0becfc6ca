import { formatAmount, formatUsd } from '../render/format.js';
import type { CurrencySetting } from './types.js';

/**
 * The display currency. Figures are converted at the configured rate only for display (and for
 * limits written in it); every sum is kept in USD, so a rate change never changes a verdict
 * made in USD.
 */

/** ISO 4217 minor units (JPY 0, HKD 2, ...), from the runtime's own currency data. */
function fractionDigits(code: string): number {
  return (
    new Intl.NumberFormat('en-US', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

/** `HKD 39.00`: the code rather than a symbol, since symbols differ between ICU versions and `$` is ambiguous. */
export function formatLocal(usd: number, currency: CurrencySetting): string {
  const digits = fractionDigits(currency.code);
  const amount = usd * currency.perUsd;
  return `${currency.code} ${amount < 0 || Object.is(amount, -0) ? '-' : ''}${formatAmount(Math.abs(amount), digits)}`;
}

/** `$5.00 (HKD 39.00)`, or `$5.00` with no display currency. */
export function formatMoney(usd: number, currency: CurrencySetting | null | undefined): string {
  return currency ? `${formatUsd(usd)} (${formatLocal(usd, currency)})` : formatUsd(usd);
}
