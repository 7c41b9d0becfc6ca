import { chartNumber } from './period-format.js';

/**
 * Mermaid charts for GitHub markdown. A label sits inside a fenced code block and a quoted Mermaid
 * string, where neither markdown nor HTML escaping applies, so labels are not escaped but checked
 * against a strict character set: model ids (the record schema's identifier rule) and week names
 * pass; anything else is replaced by a neutral name. The table beside each chart carries the same
 * numbers and the real names (escaped by md()).
 */

const SAFE_LABEL = /^[A-Za-z0-9 ._:@/+[\]()-]{1,80}$/;

export function chartLabel(text: string, fallback: string): string {
  return SAFE_LABEL.test(text) ? text : fallback;
}

/** `pie` with the values shown; slices of zero are left out (Mermaid draws them as slivers). */
export function mermaidPie(title: string, slices: ReadonlyArray<{ label: string; value: number }>): string {
  const lines = ['```mermaid', 'pie showData', `    title ${title}`];
  slices.forEach((s, i) => {
    if (Number(chartNumber(s.value)) > 0)
      lines.push(`    "${chartLabel(s.label, `item ${i + 1}`)}" : ${chartNumber(s.value)}`);
  });
  lines.push('```');
  return lines.join('\n');
}

/** `xychart-beta` bar chart, y axis from 0 to a round figure above the largest bar. */
export function mermaidBars(
  title: string,
  bars: ReadonlyArray<{ label: string; value: number }>,
  yTitle: string,
): string {
  const labels = bars.map((b, i) => `"${chartLabel(b.label, `item ${i + 1}`)}"`).join(', ');
  const values = bars.map((b) => chartNumber(b.value)).join(', ');
  const top = niceCeiling(Math.max(0, ...bars.map((b) => b.value)));
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${title}"`,
    `    x-axis [${labels}]`,
    `    y-axis "${yTitle}" 0 --> ${top}`,
    `    bar [${values}]`,
    '```',
  ].join('\n');
}

/** 1, 2 or 5 times a power of ten, at or above `value` (1 for nothing). */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}
