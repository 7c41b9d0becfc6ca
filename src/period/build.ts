import type { Skipped } from '../ingest/types.js';
import { classifyTask } from '../policy/classify.js';
import type { Config } from '../policy/config.js';
import { classifyScope } from '../policy/scope.js';
import type { PriceBook } from '../pricing/book.js';
import type { SessionRecord } from '../records/schema.js';
import { addDays, isoWeekLabel, localDateOf } from './calendar.js';
import { byWeek, change, developerDays, groupBy, groupByModel, outliers, totalsOf } from './groups.js';
import {
  adviceTotals,
  baselinesAndAdvice,
  judgePrs,
  measureFrom,
  overruns,
  scopeSplit,
  type JudgedSession,
  type PrInput,
} from './judge.js';
import { cmp, combineReports, priceSession, type PricedSession } from './price.js';
import { inPeriod, previousPeriod, type Period } from './resolve.js';
import { PERIOD_REPORT_SCHEMA, type AttributedRecord, type PeriodReport, type PeriodSession } from './types.js';

export interface PeriodInput {
  /** Every record available (any date): the period, the previous period and the baseline history are taken from them. */
  records: readonly AttributedRecord[];
  period: Period;
  config: Config;
  book: PriceBook;
  generator: string;
  /** Per developer per local day; null or absent: not checked. */
  dailyLimit?: { usd?: number | null; tokens?: number | null };
  /** `owner/name`, stamped on the NDJSON rows for org-wide rollups. */
  repository?: string | null;
  notes?: readonly string[];
  skipped?: readonly Skipped[];
}

const TOP = 10;

/**
 * The period report. Pure: records, period, config and price book in; plain data out. Each record
 * is priced at most once. A session counts in the period its start falls in (in the period's time
 * zone), or, without a start time, the first UTC day it has usage on.
 */
export function buildPeriodReport(input: PeriodInput): PeriodReport {
  const { period, config, book } = input;
  const zone = period.timeZone;
  const previous = previousPeriod(period);
  const notes: string[] = [...(input.notes ?? [])];
  const historyDays = config.baseline.historyDays;
  const historySince = addDays(period.end, 1 - historyDays);
  const earliest = [previous.start, historySince].sort()[0] as string;

  const prTitles = new Map<number, string | null>();
  const prRecords = new Map<number, AttributedRecord[]>();
  for (const r of input.records) {
    const n = r.pr?.number ?? null;
    if (n === null) continue;
    pushTo(prRecords, n, r);
    if (!prTitles.get(n)) prTitles.set(n, r.pr?.title ?? null);
  }
  const prKinds = new Map<number, string>();
  const prBranches = new Map<number, string | null>();
  for (const [n, list] of prRecords) {
    const branch = list.find((r) => r.record.branch !== undefined)?.record.branch ?? list[0]?.pr?.branch ?? undefined;
    prBranches.set(n, branch ?? null);
    prKinds.set(
      n,
      classifyTask(
        list.map((r) => r.record),
        { labels: [], branch, title: prTitles.get(n) ?? undefined },
        config,
      ).kind,
    );
  }

  const priced = new Map<SessionRecord, PricedSession>();
  const price = (record: SessionRecord): PricedSession => {
    let p = priced.get(record);
    if (p === undefined) {
      p = priceSession(record, book);
      priced.set(record, p);
    }
    return p;
  };

  let undated = 0;
  const judged: Array<JudgedSession & { attributed: AttributedRecord }> = [];
  // A written date is within two days of the local one (zone and offset are each under 15 hours):
  // most records of a long history are dropped here without asking Intl for their local day.
  const [roughFirst, roughLast] = [addDays(earliest, -2), addDays(period.end, 2)];
  for (const attributed of input.records) {
    const written = attributed.record.startedAt?.slice(0, 10);
    if (written !== undefined && (written < roughFirst || written > roughLast)) continue;
    const localDate = sessionDate(attributed.record, zone);
    if (localDate === null) {
      undated++;
      continue;
    }
    if (localDate < earliest || localDate > period.end) continue;
    const p = price(attributed.record);
    const n = attributed.pr?.number ?? null;
    const taskKind =
      n !== null
        ? (prKinds.get(n) as string)
        : classifyTask([attributed.record], { labels: [], branch: attributed.record.branch }, config).kind;
    const scope = classifyScope(p.line, config);
    judged.push({ attributed, priced: p, scope, session: periodSession(attributed, p, taskKind, scope, localDate) });
  }
  judged.sort(
    (a, b) =>
      cmp(a.session.startedAt ?? a.session.localDate, b.session.startedAt ?? b.session.localDate) ||
      cmp(a.session.sessionId, b.session.sessionId),
  );
  if (undated > 0)
    notes.push(
      `${undated} session record${undated === 1 ? ' has' : 's have'} no start time and no usage, so ${undated === 1 ? 'it is' : 'they are'} in no period.`,
    );

  const current = judged.filter((j) => inPeriod(period, j.session.localDate));
  const before = judged.filter((j) => inPeriod(previous, j.session.localDate));
  const sessions = current.map((j) => j.session);
  const previousSessions = before.map((j) => j.session);
  const totals = totalsOf(sessions);
  const previousTotals = totalsOf(previousSessions);

  const prInputs: PrInput[] = [];
  const inPeriodByPr = new Map<number, JudgedSession[]>();
  for (const j of current) {
    if (j.session.pr === null) continue;
    pushTo(inPeriodByPr, j.session.pr, j);
  }
  for (const [n, list] of inPeriodByPr) {
    prInputs.push({
      pr: n,
      title: prTitles.get(n) ?? null,
      branch: prBranches.get(n) ?? null,
      taskKind: prKinds.get(n) as string,
      inPeriod: list,
      all: (prRecords.get(n) ?? []).map((r) => price(r.record)),
    });
  }
  const prs = judgePrs(prInputs, config, book).sort((a, b) => b.costUsd - a.costUsd || a.pr - b.pr);
  const over = overruns(prs);

  const history = measureFrom(
    judged.filter((j) => j.session.localDate >= historySince),
    { days: historyDays, since: historySince, until: period.end },
  );
  const { byTaskKind, advice } = baselinesAndAdvice(current, history, config, book, notes);
  const estimates = byTaskKind.map((k) => k.estimateSavingUsd).filter((n) => n !== null);
  const dailyLimit = { usd: input.dailyLimit?.usd ?? null, tokens: input.dailyLimit?.tokens ?? null };
  const combined = combineReports(
    current.map((j) => j.priced),
    book,
    input.generator,
  );
  const prOfSession = new Map(judged.map((j) => [j.priced, j.session.pr]));
  const prOf = (p: PricedSession) => prOfSession.get(p) ?? null;
  const unattributed = sessions.filter((s) => s.pr === null);

  notes.push(...new Set(current.flatMap((j) => j.priced.ruleNotes)));
  return {
    schema: PERIOD_REPORT_SCHEMA,
    generator: input.generator,
    priceBook: { asOf: book.asOf },
    repository: input.repository ?? null,
    period: { ...period, previous },
    totals,
    previousTotals,
    change: {
      costUsd: change(totals.costUsd, previousTotals.costUsd),
      sessions: change(totals.sessions, previousTotals.sessions),
      prs: change(totals.prs, previousTotals.prs),
      costPerSessionUsd: change(totals.costPerSessionUsd, previousTotals.costPerSessionUsd),
      totalTokens: change(totals.totalTokens, previousTotals.totalTokens),
      cacheHitRate: { ...change(totals.cacheHitRate, previousTotals.cacheHitRate), ratio: null },
    },
    byDeveloper: groupBy(sessions, previousSessions, (s) => s.developer, totals.costUsd),
    byModel: groupByModel(
      current.map((j) => j.priced),
      before.map((j) => j.priced),
      prOf,
      totals.costUsd,
    ),
    byTaskKind: groupBy(sessions, previousSessions, (s) => s.taskKind, totals.costUsd),
    byWeek: byWeek(period, sessions),
    topSessions: [...sessions].sort((a, b) => b.costUsd - a.costUsd || cmp(a.sessionId, b.sessionId)).slice(0, TOP),
    topPrs: prs.slice(0, TOP),
    budgets: {
      prsChecked: prs.length,
      overruns: over,
      warnings: over.filter((p) => p.status === 'warning').length,
      dailyLimit,
      developerDaysOver: developerDays(sessions, dailyLimit),
    },
    scope: {
      split: scopeSplit(current),
      byTaskKind,
      estimateSavingUsd: estimates.length === 0 ? null : estimates.reduce((a, b) => a + b, 0),
      historyDays,
    },
    advice,
    adviceTotals: adviceTotals(advice),
    outliers: outliers(sessions),
    unattributed: { sessions: unattributed.length, costUsd: unattributed.reduce((n, s) => n + s.costUsd, 0) },
    unpriced: combined.unpriced,
    currency: config.currency,
    notes: [...new Set(notes)],
    skipped: [...(input.skipped ?? [])],
    sessions,
  };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * The earliest instant whose commits can bring records this report needs: the start of the
 * previous period or of the baseline history, whichever is earlier, less two days for time zones
 * and clocks. Pass it to loadPeriodRecords as `since`.
 */
export function attributionSince(period: Period, config: Config): Date {
  const earliest = [
    previousPeriod(period).start,
    addDays(period.end, 1 - config.baseline.historyDays),
  ].sort()[0] as string;
  return new Date(Date.parse(`${addDays(earliest, -2)}T00:00:00Z`));
}

/** The local day a session counts on: its start in `zone`, else its first usage day (a UTC day). */
export function sessionDate(record: SessionRecord, zone: string): string | null {
  if (record.startedAt !== undefined) return localDateOf(Date.parse(record.startedAt), zone);
  let first: string | null = null;
  for (const b of record.usage) if (first === null || b.day < first) first = b.day;
  return first;
}

function periodSession(
  attributed: AttributedRecord,
  p: PricedSession,
  taskKind: string,
  scope: JudgedSession['scope'],
  localDate: string,
): PeriodSession {
  const { line, record } = p;
  const pr = attributed.pr;
  return {
    sessionId: line.sessionId,
    developer: line.developer,
    branch: line.branch,
    pr: pr?.number ?? null,
    prTitle: pr?.number === null ? null : (pr?.title ?? null),
    commit: pr?.commit ?? null,
    taskKind,
    taskRef: record.task?.ref ?? null,
    scope: scope.scope,
    scopeSource: scope.source,
    startedAt: line.startedAt,
    endedAt: line.endedAt,
    localDate,
    week: isoWeekLabel(localDate),
    durationMinutes: line.durationMinutes,
    turns: line.turns,
    compactions: line.compactions,
    peakContextTokens: line.peakContextTokens,
    models: p.models.map((m) => ({ model: m.model, totalTokens: m.totalTokens, costUsd: m.costUsd })),
    requests: line.requests,
    inputTokens: line.inputTokens,
    outputTokens: line.outputTokens,
    cacheWrite5mTokens: line.cacheWrite5mTokens,
    cacheWrite1hTokens: line.cacheWrite1hTokens,
    cacheReadTokens: line.cacheReadTokens,
    webSearchRequests: line.webSearchRequests,
    totalTokens: line.totalTokens,
    cacheHitRate: line.cacheHitRate,
    costUsd: line.costUsd,
    unpricedTokens: line.unpricedTokens,
    reportedCostUsd: line.reportedCostUsd,
    source: line.source,
  };
}
