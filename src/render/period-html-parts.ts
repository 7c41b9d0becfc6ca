import type { BudgetStatus } from '../policy/types.js';

/** The building blocks of report.html: sections and tables whose cells are already escaped. */

export type Cell = string | { text: string; num?: boolean; cls?: string };

export const MAX_ROWS = 50;

export function section(heading: string, ...body: string[]): string {
  return `<section><h2>${heading}</h2>\n${body.filter((b) => b !== '').join('\n')}\n</section>`;
}

export function table(headers: Cell[], rows: Cell[][]): string {
  const cell = (tag: 'th' | 'td', c: Cell) => {
    const { text, num, cls } = typeof c === 'string' ? { text: c, num: false, cls: undefined } : c;
    const classes = [num ? 'num' : '', cls ?? ''].filter((x) => x !== '').join(' ');
    return `<${tag}${classes === '' ? '' : ` class="${classes}"`}>${text}</${tag}>`;
  };
  const head = `<tr>${headers.map((h) => cell('th', h)).join('')}</tr>`;
  const body = rows.map((r) => `<tr>${r.map((c) => cell('td', c)).join('')}</tr>`).join('\n');
  return `<table>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

export const num = (text: string): Cell => ({ text, num: true });

/** Words, not the markdown's emoji: the page must not depend on an emoji font being installed. */
const STATUS_WORD: Record<BudgetStatus, string> = { over: 'over', warning: 'warning', ok: 'ok', none: 'no budget' };
export const statusCell = (status: BudgetStatus): Cell => ({ text: STATUS_WORD[status], cls: status });
