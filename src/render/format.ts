/** Number formatting shared by every renderer. Inputs are our own numbers, never data strings. */

export function formatUsd(usd: number): string {
  const sign = usd < 0 ? '−' : '';
  const abs = Math.abs(usd);
  if (abs !== 0 && abs < 0.01) return `${sign}$${abs.toFixed(4)}`;
  return `${sign}$${formatAmount(abs, 2)}`;
}

/**
 * A non-negative amount with `digits` decimals and thousands separators, exactly as
 * `toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })`
 * writes it: rounded half up from the number's shortest decimal form (0.015 is 0.02 there, where
 * `toFixed` sees 0.01499… and writes 0.01). Written out because the first `toLocaleString` of a
 * run loads the locale data: ~30 ms, more than pricing and rendering a report take.
 */
export function formatAmount(abs: number, digits: number): string {
  const text = String(abs);
  if (text.includes('e') || !Number.isInteger(digits) || digits < 0 || digits > 20) {
    return abs.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  }
  const point = text.indexOf('.');
  const whole = point === -1 ? text : text.slice(0, point);
  const fraction = point === -1 ? '' : text.slice(point + 1);
  if (fraction.length <= digits) {
    return groupThousands(whole) + (digits === 0 ? '' : `.${fraction.padEnd(digits, '0')}`);
  }
  const roundUp = fraction.charCodeAt(digits) >= 0x35; // '5'
  const units = (BigInt(whole + fraction.slice(0, digits)) + (roundUp ? 1n : 0n)).toString().padStart(digits + 1, '0');
  const cut = units.length - digits;
  return groupThousands(units.slice(0, cut)) + (digits === 0 ? '' : `.${units.slice(cut)}`);
}

export function formatTokens(n: number): string {
  if (n >= 1_000_000_000) return `${trim(n / 1_000_000_000)}B`;
  if (n >= 1_000_000) return `${trim(n / 1_000_000)}M`;
  if (n >= 10_000) return `${trim(n / 1_000)}k`;
  return formatInteger(n);
}

/** `n` with thousands separators, as `toLocaleString('en-US')` writes a whole number. */
export function formatInteger(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  return n < 0 ? `-${groupThousands(String(-n))}` : groupThousands(String(n));
}

/** Commas between groups of three digits of a whole number's digits. */
function groupThousands(digits: string): string {
  if (digits.length <= 3) return digits;
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let at = grouped.length; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`;
  return grouped;
}

export function formatPercent(rate: number | null): string {
  return rate === null ? '–' : `${(rate * 100).toFixed(1)}%`;
}

export function formatMinutes(minutes: number | null): string {
  if (minutes === null) return '–';
  if (minutes < 1) return '<1m';
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  return h > 0 ? `${h}h ${String(m).padStart(2, '0')}m` : `${m}m`;
}

function trim(n: number): string {
  const fixed = n.toFixed(n >= 100 ? 0 : n >= 10 ? 1 : 2);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}
