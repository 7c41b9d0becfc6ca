import { OUTLIER_FACTOR, OUTLIER_MIN_SESSIONS } from '../period/groups.js';
import type { PeriodReport } from '../period/types.js';
import { html } from './escape.js';
import { formatInteger, formatTokens, formatUsd } from './format.js';
import { ADVICE_TITLE, plural, usd } from './period-format.js';
import { MAX_ROWS, num, section, statusCell, table } from './period-html-parts.js';

/** The team-policy sections of report.html: budgets, scope and baseline, advice, outliers, notes. */

export function budgetSection(report: PeriodReport): string {
  const b = report.budgets;
  const over = b.overruns.filter((o) => o.status === 'over').length;
  const parts = [
    `<p>${plural(b.prsChecked, 'PR')} checked against the budget of ${b.prsChecked === 1 ? 'its' : 'their'} task kind: <span class="over">${formatInteger(over)} over</span>, ${plural(b.warnings, 'warning')}. A PR's budget covers all its sessions, including any outside this period.</p>`,
  ];
  if (b.overruns.length > 0) {
    const rows = b.overruns
      .slice(0, MAX_ROWS)
      .map((p) => [
        `#${p.pr}`,
        p.title === null ? '–' : html(p.title, 80),
        html(p.taskKind, 40),
        statusCell(p.status),
        num(usd(p.allCostUsd)),
        p.reasons.map((r) => html(r, 200)).join('<br>'),
      ]);
    parts.push(table(['PR', 'Title', 'Kind', 'Verdict', num('PR cost'), 'Why'], rows));
  }
  const limit = b.dailyLimit;
  if (limit.usd === null && limit.tokens === null)
    parts.push('<p class="note">No per-developer daily limit is set.</p>');
  else {
    const limits = [
      limit.usd === null ? '' : formatUsd(limit.usd),
      limit.tokens === null ? '' : `${formatTokens(limit.tokens)} tokens`,
    ];
    parts.push(
      `<p>Daily limit per developer: ${limits.filter((l) => l !== '').join(' or ')}. ${plural(b.developerDaysOver.length, 'developer-day')} over it.</p>`,
    );
    if (b.developerDaysOver.length > 0) {
      const rows = b.developerDaysOver
        .slice(0, MAX_ROWS)
        .map((d) => [
          d.developer === null ? '(not named)' : html(d.developer, 60),
          d.date,
          num(formatInteger(d.sessions)),
          num(formatTokens(d.totalTokens)),
          num(usd(d.costUsd)),
        ]);
      parts.push(table(['Developer', 'Day', num('Sessions'), num('Tokens'), num('Cost')], rows));
    }
  }
  return section('Budgets', ...parts);
}

export function scopeSection(report: PeriodReport): string {
  const money = (v: number | null) => num(v === null ? '–' : usd(v));
  const split = report.scope.split.map((s) => [
    s.scope,
    num(formatInteger(s.sessions)),
    num(usd(s.costUsd)),
    money(s.costPerSessionUsd),
    money(s.medianUsd),
  ]);
  const kinds = report.scope.byTaskKind.map((k) => [
    html(k.taskKind, 40),
    num(formatInteger(k.scopedSessions)),
    num(formatInteger(k.openEndedSessions)),
    money(k.scopedMedianUsd),
    money(k.openEndedMedianUsd),
    money(k.baselineScopedUsd),
    money(k.baselineOpenEndedUsd),
    k.baselineSource === 'history'
      ? `history${k.baselineBasis === null ? '' : ` (${html(k.baselineBasis, 40)})`}`
      : k.baselineSource === 'none'
        ? 'no baseline'
        : 'config',
  ]);
  const saving = report.scope.estimateSavingUsd;
  return section(
    'Scoped and open-ended sessions',
    table(['Scope', num('Sessions'), num('Cost'), num('Per session'), num('Median')], split),
    table(
      [
        'Task kind',
        num('Scoped'),
        num('Open-ended'),
        num('Scoped median'),
        num('Open-ended median'),
        num('Baseline scoped'),
        num('Baseline open-ended'),
        'Baseline from',
      ],
      kinds,
    ),
    saving !== null && saving >= 0.01
      ? `<p><strong>Estimate:</strong> had every open-ended session above its kind's scoped baseline cost the baseline, the period would have cost ${formatUsd(saving)} less. An estimate, not a measurement.</p>`
      : '',
  );
}

export function adviceSection(report: PeriodReport): string {
  if (report.advice.length === 0) return '';
  const items = report.advice.map(
    (a) =>
      `<li><strong>${ADVICE_TITLE[a.kind]}${a.taskKind === null ? '' : ` (${html(a.taskKind, 40)})`}:</strong> ${html(a.summary, 500)}<br>${html(a.arithmetic, 300)}</li>`,
  );
  return section(
    'Advice',
    `<p class="note">Arithmetic on this period's own tokens at the same prices, not a prediction.</p>`,
    table(
      ['Advice', num('Items'), num('Saving')],
      report.adviceTotals.map((t) => [ADVICE_TITLE[t.kind], num(formatInteger(t.count)), num(formatUsd(t.savingUsd))]),
    ),
    `<ul>${items.join('\n')}</ul>`,
  );
}

export function outlierSection(report: PeriodReport): string {
  const intro = `<p class="note">Sessions that cost more than ${OUTLIER_FACTOR}× the median of their task kind this period (kinds with at least ${OUTLIER_MIN_SESSIONS} sessions).</p>`;
  if (report.outliers.length === 0) return section('Outliers', intro, '<p>None.</p>');
  const rows = report.outliers
    .slice(0, MAX_ROWS)
    .map((o) => [
      html(o.sessionId.slice(0, 8)),
      o.developer === null ? '–' : html(o.developer, 40),
      o.pr === null ? '–' : `#${o.pr}`,
      html(o.taskKind, 40),
      num(usd(o.costUsd)),
      num(usd(o.kindMedianUsd)),
      num(`${o.times.toFixed(1)}×`),
    ]);
  return section(
    'Outliers',
    intro,
    table(['Session', 'Developer', 'PR', 'Kind', num('Cost'), num('Kind median'), num('Times')], rows),
  );
}

export function notesSection(report: PeriodReport): string {
  const items: string[] = [];
  const u = report.unattributed;
  if (u.sessions > 0)
    items.push(
      `${plural(u.sessions, 'session')} (${formatUsd(u.costUsd)}) could not be attributed to a PR (pushed directly, rebase-merged, or not committed).`,
    );
  for (const line of report.unpriced)
    items.push(
      `Unpriced: ${html(line.model)} (${html(line.reason)}): ${formatTokens(line.tokens)} tokens, not included in the cost.`,
    );
  for (const note of report.notes) items.push(html(note, 400));
  for (const s of report.skipped.slice(0, MAX_ROWS))
    items.push(`Not used: ${html(s.file, 200)}: ${html(s.reason, 200)}`);
  if (report.skipped.length > MAX_ROWS) items.push(`and ${report.skipped.length - MAX_ROWS} more files not used`);
  return section('Data notes', `<ul>${items.map((i) => `<li>${i}</li>`).join('\n')}</ul>`);
}
