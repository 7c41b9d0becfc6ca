import { html } from './escape.js';
import { formatUsd } from './format.js';
import { niceCeiling } from './mermaid.js';

/**
 * Inline SVG charts for report.html, drawn here so the page needs no script, font or image. The
 * table beside each chart carries the same numbers (and is what screen readers should use).
 */

export const PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#e15759',
  '#76b7b2',
  '#edc948',
  '#b07aa1',
  '#9c755f',
  '#bab0ac',
];

export function colour(i: number): string {
  return PALETTE[i % PALETTE.length] as string;
}

/** A pie of the positive values; one slice of everything is a full circle (an arc cannot close). */
export function pieSvg(title: string, slices: ReadonlyArray<{ label: string; value: number }>, size = 220): string {
  const total = slices.reduce((n, s) => n + Math.max(0, s.value), 0);
  const r = size / 2 - 4;
  const c = size / 2;
  const parts: string[] = [];
  if (total > 0) {
    let angle = -Math.PI / 2;
    slices.forEach((s, i) => {
      if (s.value <= 0) return;
      const share = s.value / total;
      const tip = `<title>${html(s.label)}: ${formatUsd(s.value)} (${(share * 100).toFixed(1)}%)</title>`;
      if (share >= 0.99999) {
        parts.push(`<circle cx="${c}" cy="${c}" r="${r}" fill="${colour(i)}">${tip}</circle>`);
        return;
      }
      const end = angle + share * 2 * Math.PI;
      const [x1, y1] = [c + r * Math.cos(angle), c + r * Math.sin(angle)];
      const [x2, y2] = [c + r * Math.cos(end), c + r * Math.sin(end)];
      const large = share > 0.5 ? 1 : 0;
      parts.push(
        `<path d="M${c},${c} L${n(x1)},${n(y1)} A${r},${r} 0 ${large} 1 ${n(x2)},${n(y2)} Z" fill="${colour(i)}" stroke="#fff" stroke-width="1">${tip}</path>`,
      );
      angle = end;
    });
  } else {
    parts.push(`<circle cx="${c}" cy="${c}" r="${r}" fill="#e5e7eb"/>`);
  }
  return `<svg class="chart pie" role="img" aria-label="${html(title)}" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

/** Vertical bars with the value above each and the label below; y from 0 to a round figure. */
export function barsSvg(title: string, bars: ReadonlyArray<{ label: string; value: number }>): string {
  const width = 640;
  const height = 260;
  const left = 56;
  const bottom = 40;
  const top = 24;
  const plotW = width - left - 12;
  const plotH = height - top - bottom;
  const max = niceCeiling(Math.max(0, ...bars.map((b) => b.value)));
  const slot = plotW / Math.max(1, bars.length);
  const barW = Math.min(64, slot * 0.6);
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const parts: string[] = [];
  for (const tick of [0, max / 2, max]) {
    parts.push(
      `<line x1="${left}" x2="${width - 12}" y1="${n(y(tick))}" y2="${n(y(tick))}" stroke="#d1d5db" stroke-width="1"/>`,
      `<text x="${left - 6}" y="${n(y(tick) + 4)}" text-anchor="end" class="axis">${formatUsd(tick)}</text>`,
    );
  }
  bars.forEach((b, i) => {
    const x = left + slot * i + (slot - barW) / 2;
    const h = (Math.max(0, b.value) / max) * plotH;
    parts.push(
      `<rect x="${n(x)}" y="${n(top + plotH - h)}" width="${n(barW)}" height="${n(h)}" fill="${colour(0)}"><title>${html(b.label)}: ${formatUsd(b.value)}</title></rect>`,
      `<text x="${n(x + barW / 2)}" y="${n(top + plotH - h - 6)}" text-anchor="middle" class="value">${formatUsd(b.value)}</text>`,
      `<text x="${n(x + barW / 2)}" y="${height - bottom + 18}" text-anchor="middle" class="axis">${html(b.label, 20)}</text>`,
    );
  });
  return `<svg class="chart bars" role="img" aria-label="${html(title)}" viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

function n(value: number): string {
  return (Math.round(value * 100) / 100).toString();
}
