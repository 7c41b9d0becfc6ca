import type { PriceBook } from '../pricing/book.js';
import { resolveModel } from '../pricing/resolve.js';
import type { SessionRecord } from '../records/schema.js';
import type { Report } from '../report/types.js';
import { cacheAdvice, cheaperModelAdvice, openEndedAdvice, type SessionPair } from './advice.js';
import { chooseBaseline, compareBaseline, measureHistory } from './baseline.js';
import { evaluateBudget, resolveBudget } from './budget.js';
import { classifyTask } from './classify.js';
import type { Config } from './config.js';
import { classifyScope } from './scope.js';
import type { Advice, PrFacts } from './types.js';

export { defaultConfig, validateConfig, ConfigError, type Config } from './config.js';
export type * from './types.js';

export interface PolicyInput {
  /** The records the report was built from, in the same order (buildReport keeps it). */
  sessions: readonly SessionRecord[];
  config: Config;
  pr: PrFacts;
  /** Merged records to measure the baseline from; undefined when none were given. */
  history?: readonly SessionRecord[] | undefined;
  /** The end of the history window. Passed in: the core never reads the clock. */
  now: Date;
  book: PriceBook;
}

/**
 * The report with the team's judgement added: `task`, `budget`, `baseline`, `advice` and
 * `currency`. Pure: the history is already read, the time is given. Notes about the policy
 * (a declared kind the config lacks, a preferred model the price book lacks) join the data notes.
 */
export function applyPolicy(report: Report, input: PolicyInput): Report {
  const { config, book } = input;
  const pairs = pairSessions(report, input.sessions);
  const notes: string[] = [];

  const task = classifyTask(input.sessions, input.pr, config);
  notes.push(...task.notes);
  const budget = evaluateBudget(report, task.kind, config, book);

  const scopes = report.sessions.map((line) => classifyScope(line, config));
  const excludeSessionIds = new Set(input.sessions.map((s) => s.sessionId));
  const history =
    input.history === undefined
      ? undefined
      : measureHistory(input.history, { config, book, now: input.now, excludeSessionIds });
  const baseline = compareBaseline(task.kind, report, scopes, chooseBaseline(task.kind, config, history, notes));

  const advice: Advice[] = [];
  const preferred = resolveBudget(task.kind, config)?.budget.preferredModel;
  if (preferred !== undefined && config.tasks.mechanical.includes(task.kind)) {
    if (resolveModel(book, preferred).ok) push(advice, cheaperModelAdvice(pairs, task.kind, preferred, book));
    else notes.push(`The preferred model ${preferred} is not in the price book, so no cheaper-model advice is given.`);
  }
  push(advice, cacheAdvice(pairs, config.cache.hitRateTarget, book));
  push(advice, openEndedAdvice(baseline));

  return {
    ...report,
    notes: [...report.notes, ...notes],
    task,
    budget,
    baseline,
    advice,
    currency: config.currency,
  };
}

function push(list: Advice[], item: Advice | null): void {
  if (item !== null) list.push(item);
}

/** buildReport keeps the records' order; a mismatch means the caller passed other records (a bug). */
function pairSessions(report: Report, sessions: readonly SessionRecord[]): SessionPair[] {
  if (report.sessions.length !== sessions.length) {
    throw new Error(
      `applyPolicy: the report has ${report.sessions.length} sessions but ${sessions.length} records were given`,
    );
  }
  return report.sessions.map((line, i) => {
    const record = sessions[i] as SessionRecord;
    if (record.sessionId !== line.sessionId) throw new Error('applyPolicy: records are not in the report order');
    return { record, line };
  });
}
