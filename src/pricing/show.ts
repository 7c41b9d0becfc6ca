import type { ModelRow, PriceBook, PriceEntry } from './book.js';
import { entryOn } from './price.js';
import { resolveModel, rowOf } from './resolve.js';
import type { Rates } from './types.js';

/** Plain-text views of the price book for `claude-cost prices [MODEL]`. */

const RATE_FIELDS = [
  ['input', 'input'],
  ['cacheWrite5m', '5m write'],
  ['cacheWrite1h', '1h write'],
  ['cacheRead', 'cache read'],
  ['output', 'output'],
] as const satisfies ReadonlyArray<readonly [keyof Rates, string]>;

/** Two decimals like a price list, more only where the rate has them (Haiku 5.5's 0.125). */
function money(rate: number): string {
  const fixed = rate.toFixed(2);
  return Number(fixed) === rate ? fixed : String(rate);
}

function ratesText(rates: Rates): string {
  return RATE_FIELDS.map(([field, label]) => `${label} ${money(rates[field])}`).join(', ');
}

function sameRates(a: Rates, b: Rates): boolean {
  return RATE_FIELDS.every(([field]) => a[field] === b[field]);
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  // First column (model id) left-aligned, numbers right-aligned, last column (extras) left.
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => {
        const width = widths[i] ?? 0;
        return i === 0 || i === cells.length - 1 ? cell.padEnd(width) : cell.padStart(width);
      })
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

function extras(row: ModelRow, entry: PriceEntry): string {
  const parts: string[] = [];
  if (entry.fast) parts.push('fast');
  if (entry.longContext) parts.push(`long context >${entry.longContext.above / 1000}k`);
  if (entry.promptTier) {
    parts.push(`×${entry.promptTier.multiplier} over ${entry.promptTier.above / 1000}k`);
  }
  if (row.usGeoMultiplier) parts.push('us geo ×1.1');
  if (row.cloudRegionalPremium) parts.push('regional ×1.1');
  return parts.join('; ');
}

/** What changed from one entry to the next, in words. */
function changeText(before: PriceEntry, after: PriceEntry): string {
  const changes: string[] = [];
  for (const [field, label] of RATE_FIELDS) {
    if (before[field] !== after[field]) {
      changes.push(`${label} ${money(before[field])} → ${money(after[field])}`);
    }
  }
  if (before.fast && !after.fast) changes.push('fast mode ends');
  else if (!before.fast && after.fast) changes.push(`fast mode: ${ratesText(after.fast)}`);
  else if (before.fast && after.fast && !sameRates(before.fast, after.fast)) {
    changes.push(`fast mode now ${ratesText(after.fast)}`);
  }
  if (before.longContext && !after.longContext) changes.push('long-context premium ends');
  else if (!before.longContext && after.longContext) changes.push('long-context premium starts');
  if (before.promptTier && !after.promptTier) changes.push('prompt tier ends');
  else if (!before.promptTier && after.promptTier) {
    const { above, multiplier } = after.promptTier;
    changes.push(`prompts over ${above.toString()} tokens bill every category ×${multiplier}`);
  }
  return changes.length > 0 ? changes.join('; ') : 'no change';
}

export function describeBook(book: PriceBook): string {
  const out = [`Claude price book as of ${book.asOf}, ${book.currency} ${book.unit}`, ''];
  const rows: string[][] = [];
  const fast: string[] = [];
  const longContext: string[] = [];
  const changes: string[] = [];
  const ids: string[] = [];
  for (const row of book.models) {
    const entry = entryOn(row, book.asOf) ?? row.prices[0];
    if (entry === undefined) continue;
    rows.push([row.model, ...RATE_FIELDS.map(([field]) => money(entry[field])), extras(row, entry)]);
    if (entry.fast) fast.push(`  ${row.model}: ${ratesText(entry.fast)}`);
    if (entry.longContext) {
      const { above, rates } = entry.longContext;
      longContext.push(`  ${row.model}: prompt over ${above / 1000}k, every token at ${ratesText(rates)}`);
    }
    row.prices.forEach((after, i) => {
      const before = row.prices[i - 1];
      if (before !== undefined && after.from !== null) {
        changes.push(`  ${row.model} from ${after.from}: ${changeText(before, after)}`);
      }
    });
    if (row.ids.length > 0) ids.push(`  ${row.model}: ${row.ids.join(', ')}`);
  }
  const header = ['Model', ...RATE_FIELDS.map(([, label]) => label), 'Also'];
  out.push(...table(header, rows));
  const section = (title: string, lines: string[]) => {
    if (lines.length > 0) out.push('', title, ...lines);
  };
  section(`Fast mode (on ${book.asOf}):`, fast);
  section(`Long-context premium (on ${book.asOf}):`, longContext);
  section('Dated changes (UTC day, inclusive):', changes);
  section('Other ids for the same model:', ids);
  section('Sources:', sourceLines(book));
  out.push(
    '',
    'Cache writes without a 5m/1h split are priced at the 5m rate. Web search: $0.01 per request.',
    'Unknown models and aliases (opus, sonnet, haiku, fable) are unpriced, never priced as $0.',
  );
  return `${out.join('\n')}\n`;
}

function sourceLines(book: PriceBook): string[] {
  const bySource = new Map<string, string[]>();
  for (const row of book.models) {
    const key = `${row.source} (checked ${row.checked})`;
    bySource.set(key, [...(bySource.get(key) ?? []), row.model]);
  }
  return [...bySource].map(([source, models]) => `  ${source}: ${models.join(', ')}`);
}

/** How one raw id resolves and which rates apply on `day` (default: the book's date). */
export function describeResolution(book: PriceBook, rawId: string, day?: string): string {
  const on = day ?? book.asOf;
  const resolution = resolveModel(book, rawId);
  if (!resolution.ok) return `${rawId}\n  not priced: ${resolution.reason}\n`;
  const row = rowOf(book, resolution.model);
  if (row === undefined) return `${rawId}\n  not priced: model not in price book\n`;
  const how: string[] = [resolution.provider];
  if (resolution.longContextSuffix) how.push('[1m] suffix: tiers still follow prompt size');
  const lines = [rawId, `  resolves to   ${row.model} (${how.join('; ')})`];
  const entry = entryOn(row, on);
  if (entry === undefined) {
    lines.push(`  rates on ${on}: none in force (unpriced)`);
  } else {
    lines.push(
      `  rates on      ${on} (${entry.from === null ? 'first entry' : `entry from ${entry.from}`})`,
      `  standard      ${ratesText(entry)}`,
      `  fast          ${entry.fast ? ratesText(entry.fast) : 'none: fast requests are unpriced'}`,
    );
    if (entry.longContext) {
      const { above, rates } = entry.longContext;
      lines.push(`  long context  prompt over ${above / 1000}k: every token at ${ratesText(rates)}`);
    }
    if (entry.promptTier) {
      const { above, multiplier } = entry.promptTier;
      lines.push(`  prompt tier   prompt over ${above / 1000}k: every category ×${multiplier}`);
    }
  }
  lines.push(
    `  us geo        ${row.usGeoMultiplier ? '×1.1 when inference_geo is "us"' : 'no multiplier'}`,
    `  regional      ${regionalText(row, resolution.regional)}`,
    `  source        ${row.source}, checked ${row.checked}`,
  );
  if (row.notes) lines.push(`  notes         ${row.notes}`);
  return `${lines.join('\n')}\n`;
}

function regionalText(row: ModelRow, regional: boolean): string {
  if (!row.cloudRegionalPremium) {
    return regional ? 'regional endpoint; this model has no regional premium' : 'no premium';
  }
  return regional
    ? 'regional cloud endpoint: ×1.1 applies'
    : '×1.1 on regional Bedrock/Vertex endpoints (not this id)';
}
