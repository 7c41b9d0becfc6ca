/** Number formatting shared by every renderer. Inputs are our own numbers, never data strings. */

export function formatUsd(usd: number): string {
  const sign = usd < 0 ? '−' : '';
  const abs = Math.abs(usd);
  if (abs !== 0 && abs < 0.01) return `${sign}$${abs.toFixed(4)}`;
  return `${sign}$${abs.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

export function formatTokens(n: number): string {
  if (n >= 1_000_000_000) return `${trim(n / 1_000_000_000)}B`;
  if (n >= 1_000_000) return `${trim(n / 1_000_000)}M`;
  if (n >= 10_000) return `${trim(n / 1_000)}k`;
  return n.toLocaleString('en-US');
}

export function formatInteger(n: number): string {
  return n.toLocaleString('en-US');
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
