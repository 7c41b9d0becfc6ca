import type { GroupLine, PeriodReport } from '../period/types.js';
import { html } from './escape.js';
import { formatInteger, formatPercent, formatTokens } from './format.js';
import { barsSvg, colour, pieSvg } from './period-charts.js';
import { MAX_ROWS, num, section, statusCell, table } from './period-html-parts.js';
import { adviceSection, budgetSection, notesSection, outlierSection, scopeSection } from './period-html-policy.js';
import {
  countChange,
  local,
  periodRange,
  pointsChange,
  rowChange,
  shareText,
  usd,
  tokensChange,
  usdChange,
} from './period-format.js';

/**
 * report.html: one self-contained page a lead opens from the workflow artifact. No script, no
 * font, no image, no link: the CSP forbids every fetch, so a hostile string that slipped through
 * could still not load anything. Every data string goes through html(); everything else on the
 * page is our own numbers and words.
 */

const CSP = "default-src 'none'; style-src 'unsafe-inline'";

const STYLE = `
:root { color-scheme: light; --ink: #111827; --muted: #6b7280; --line: #e5e7eb; --bg: #f9fafb; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
main { max-width: 1100px; margin: 0 auto; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 0 0 12px; }
.sub, .note, .axis { color: var(--muted); }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin: 16px 0; overflow-x: auto; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; background: none; border: 0; padding: 0; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
.card .label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.card .value { font-size: 22px; font-weight: 600; margin-top: 2px; }
.card .delta { color: var(--muted); font-size: 12px; }
.row { display: flex; gap: 24px; align-items: flex-start; flex-wrap: wrap; }
.row > table { flex: 1; }
table + table { margin-top: 16px; }
svg.bars { max-width: 760px; display: block; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 12px; color: var(--muted); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; }
.over { color: #b91c1c; font-weight: 600; }
.warning { color: #b45309; font-weight: 600; }
svg text { font-size: 11px; fill: var(--ink); }
svg text.axis { fill: var(--muted); }
.warn { background: #fef3c7; border-color: #f59e0b; }
footer { color: var(--muted); font-size: 12px; margin-top: 16px; }
`;

export function renderPeriodHtml(report: PeriodReport): string {
  const p = report.period;
  const title = `Claude Code cost: ${html(p.label)}`;
  const sections = [cards(report)];
  if (report.totals.costIsLowerBound) {
    sections.push(
      `<section class="warn">${formatTokens(report.totals.unpricedTokens)} tokens are on models the price book does not know, so the cost is a lower bound.</section>`,
    );
  }
  if (report.totals.sessions > 0) {
    sections.push(
      modelSection(report),
      weekSection(report),
      groupSection('By developer', 'Developer', report.byDeveloper, (k) => (k === null ? '(not named)' : html(k, 60))),
      groupSection('By task kind', 'Task kind', report.byTaskKind, (k) => html(k ?? '', 40)),
      prSection(report),
      sessionSection(report),
      budgetSection(report),
      scopeSection(report),
      adviceSection(report),
      outlierSection(report),
    );
  }
  sections.push(notesSection(report));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header><h1>${title}</h1><p class="sub">${periodRange(report)} · ${html(p.timeZone)}${report.repository === null ? '' : ` · ${html(report.repository)}`} · against ${html(p.previous.label)}</p></header>
${sections.filter((s) => s !== '').join('\n')}
<footer>${html(report.generator)} · prices as of ${html(report.priceBook.asOf)} · a session counts in the period it started in</footer>
</main>
</body>
</html>
`;
}

function cards(report: PeriodReport): string {
  const t = report.totals;
  const c = report.change;
  const card = (id: string, label: string, value: string, delta: string) =>
    `<div class="card"><div class="label">${label}</div><div class="value" id="${id}">${value}</div><div class="delta">${delta}</div></div>`;
  const localTotal = local(report, t.costUsd);
  return `<section class="cards">
${card('total-cost', 'Total cost', usd(t.costUsd, t.costIsLowerBound), `${usdChange(c.costUsd)}${localTotal === '' ? '' : ` · ${localTotal}`}`)}
${card('sessions', 'Sessions', formatInteger(t.sessions), countChange(c.sessions))}
${card('per-session', 'Per session', t.costPerSessionUsd === null ? '–' : usd(t.costPerSessionUsd), usdChange(c.costPerSessionUsd))}
${card('cache-hit', 'Cache hit', formatPercent(t.cacheHitRate), pointsChange(c.cacheHitRate))}
${card('prs', 'PRs', formatInteger(t.prs), countChange(c.prs))}
${card('tokens', 'Tokens', formatTokens(t.totalTokens), tokensChange(c.totalTokens))}
</section>`;
}

function modelSection(report: PeriodReport): string {
  const slices = report.byModel.map((m) => ({ label: m.key ?? '', value: m.costUsd ?? 0 }));
  const rows = report.byModel.map((m, i) => [
    `<span class="swatch" style="background:${colour(i)}"></span>${html(m.key ?? '', 60)}`,
    num(formatInteger(m.sessions)),
    num(formatTokens(m.totalTokens)),
    num(formatPercent(m.cacheHitRate)),
    num(m.costUsd === null ? 'unpriced' : usd(m.costUsd)),
    num(shareText(m.share)),
    num(rowChange(m.costUsd, m.previousCostUsd)),
  ]);
  const headers = [
    'Model',
    num('Sessions'),
    num('Tokens'),
    num('Cache hit'),
    num('Cost'),
    num('Share'),
    num('vs previous'),
  ];
  return section('Spend by model', `<div class="row">${pieSvg('Spend by model', slices)}${table(headers, rows)}</div>`);
}

function weekSection(report: PeriodReport): string {
  const bars = report.byWeek.map((w) => ({ label: w.week, value: w.costUsd }));
  const rows = report.byWeek.map((w) => [
    w.week,
    w.start === w.end ? w.start : `${w.start} to ${w.end}`,
    num(formatInteger(w.sessions)),
    num(formatTokens(w.totalTokens)),
    num(usd(w.costUsd)),
  ]);
  return section(
    'Spend by week',
    barsSvg('Spend by week', bars),
    table(['Week', 'Days', num('Sessions'), num('Tokens'), num('Cost')], rows),
  );
}

function groupSection(
  heading: string,
  column: string,
  lines: readonly GroupLine[],
  name: (k: string | null) => string,
): string {
  const rows = lines
    .slice(0, MAX_ROWS)
    .map((g) => [
      name(g.key),
      num(formatInteger(g.sessions)),
      num(formatInteger(g.prs)),
      num(formatTokens(g.totalTokens)),
      num(formatPercent(g.cacheHitRate)),
      num(g.costUsd === null ? 'unpriced' : usd(g.costUsd)),
      num(g.costPerSessionUsd === null ? '–' : usd(g.costPerSessionUsd)),
      num(shareText(g.share)),
      num(rowChange(g.costUsd, g.previousCostUsd)),
    ]);
  if (lines.length > MAX_ROWS) rows.push([`${lines.length - MAX_ROWS} more`, '', '', '', '', '', '', '', '']);
  const headers = [
    column,
    num('Sessions'),
    num('PRs'),
    num('Tokens'),
    num('Cache hit'),
    num('Cost'),
    num('Per session'),
    num('Share'),
    num('vs previous'),
  ];
  return section(heading, table(headers, rows));
}

function prSection(report: PeriodReport): string {
  if (report.topPrs.length === 0) return '';
  const rows = report.topPrs.map((p) => [
    `#${p.pr}`,
    p.title === null ? '–' : html(p.title, 80),
    p.branch === null ? '–' : html(p.branch, 40),
    html(p.taskKind, 40),
    p.developers.map((d) => html(d, 40)).join(', ') || '–',
    num(formatInteger(p.sessions)),
    num(usd(p.costUsd, p.costIsLowerBound)),
    statusCell(p.status),
  ]);
  return section(
    'Top PRs',
    table(['PR', 'Title', 'Branch', 'Kind', 'Developers', num('Sessions'), num('Cost'), 'Budget'], rows),
  );
}

function sessionSection(report: PeriodReport): string {
  const rows = report.topSessions.map((s) => [
    html(s.sessionId.slice(0, 8)),
    s.developer === null ? '–' : html(s.developer, 40),
    s.pr === null ? '–' : `#${s.pr}`,
    html(s.taskKind, 40),
    s.taskRef === null ? '–' : html(s.taskRef, 40),
    s.models.map((m) => html(m.model, 60)).join(', '),
    s.scope,
    num(usd(s.costUsd, s.unpricedTokens > 0)),
    num(formatPercent(s.cacheHitRate)),
  ]);
  return section(
    'Top sessions',
    table(['Session', 'Developer', 'PR', 'Kind', 'Ref', 'Models', 'Scope', num('Cost'), num('Cache hit')], rows),
  );
}
