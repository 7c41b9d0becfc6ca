import type { CommentData, CommentSessionLine } from '../action/comment-data.js';
import type { Skipped } from '../ingest/types.js';
import { emptyTokens, SESSION_SCHEMA, SessionRecordSchema, type UsageBucket } from '../records/schema.js';
import { formatUsd } from '../render/format.js';
import type { AttributedRecord, PrRef } from './types.js';

/**
 * The `--source comments` side of the period report: the hidden data of merged PRs' cost comments
 * turned back into session records, so buildPeriodReport prices and aggregates them exactly as it
 * does committed records. Pure: the API calls that find the PRs and comments live in src/github/.
 *
 * A comment keeps what fitted in it (see withoutDetail in src/action/comment-data.ts), so each
 * session is rebuilt as faithfully as its comment allows:
 * - `exact`: the session's usage buckets are there; re-pricing gives the comment's own figure.
 * - `session`: the session's totals are there but not its buckets; prompt-size tiers cannot be
 *   applied, and a session on several models is split by the PR's model mix.
 * - `pr`: only the PR's totals are left; the PR counts as one session on its merge day.
 * Every estimate is named in the data notes, with what the comments said the sessions cost.
 */

/** A merged pull request, as the search found it. */
export interface MergedPr {
  number: number;
  title: string;
  branch: string | null;
  mergedAt: string;
  mergeCommit: string | null;
}

export interface PrCostComment {
  pr: MergedPr;
  /** The decoded data of our newest cost comment on it; undefined when it has none. */
  data: CommentData | undefined;
}

export interface CommentRecords {
  records: AttributedRecord[];
  notes: string[];
  skipped: Skipped[];
}

type Fidelity = 'exact' | 'session' | 'pr';

interface Tally {
  sessions: number;
  prs: Set<number>;
  commentUsd: number;
}

/** What a session has neither in its own line nor in the PR's: unknown to the price book, so unpriced. */
const UNKNOWN_MODEL = 'unknown-model';

export function recordsFromComments(comments: readonly PrCostComment[]): CommentRecords {
  const byKey = new Map<string, AttributedRecord>();
  const skipped: Skipped[] = [];
  const tallies: Record<Fidelity, Tally> = {
    exact: { sessions: 0, prs: new Set(), commentUsd: 0 },
    session: { sessions: 0, prs: new Set(), commentUsd: 0 },
    pr: { sessions: 0, prs: new Set(), commentUsd: 0 },
  };
  let withoutComment = 0;
  let withoutModels = 0;
  let duplicates = 0;
  const ordered = [...comments].sort((a, b) => cmp(a.pr.mergedAt, b.pr.mergedAt) || a.pr.number - b.pr.number);
  for (const { pr, data } of ordered) {
    if (data === undefined) {
      withoutComment++;
      continue;
    }
    if (data.sessions === 0) continue;
    if (data.models === undefined || data.models.length === 0) withoutModels++;
    const lines = data.sessionLines;
    const rebuilt: Array<{ fidelity: Fidelity; record: unknown; commentUsd: number }> =
      lines === undefined
        ? [{ fidelity: 'pr', record: prSession(pr, data), commentUsd: data.costUsd }]
        : lines.map((line) => ({
            fidelity: line.usage === undefined ? 'session' : 'exact',
            record: lineSession(pr, data, line),
            commentUsd: line.costUsd,
          }));
    for (const { fidelity, record, commentUsd } of rebuilt) {
      const parsed = SessionRecordSchema.safeParse(record);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        skipped.push({
          file: `PR #${pr.number} cost comment`,
          line: 0,
          reason:
            `a session in its hidden data is not a valid record (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'})`.slice(
              0,
              200,
            ),
        });
        continue;
      }
      const key = `${parsed.data.sessionId}\u0000${parsed.data.branch ?? ''}`;
      if (byKey.has(key)) {
        duplicates++;
        continue;
      }
      byKey.set(key, { record: parsed.data, pr: prRef(pr) });
      const tally = tallies[fidelity];
      tally.sessions++;
      tally.prs.add(pr.number);
      tally.commentUsd += commentUsd;
    }
  }
  return {
    records: [...byKey.values()],
    skipped,
    notes: notesFor(tallies, { withoutComment, withoutModels, duplicates }),
  };
}

function lineSession(pr: MergedPr, data: CommentData, line: CommentSessionLine): unknown {
  const day = utcDay(line.startedAt) ?? utcDay(pr.mergedAt) ?? pr.mergedAt.slice(0, 10);
  const usage =
    line.usage !== undefined
      ? line.usage.map(
          ([model, bucketDay, speed, geo, band, requests, input, output, write5m, write1h, read, web]): UsageBucket =>
            ({
              model,
              day: bucketDay,
              speed,
              geo,
              band,
              origin: 'main',
              requests,
              inputTokens: input,
              outputTokens: output,
              cacheWrite5mTokens: write5m,
              cacheWrite1hTokens: write1h,
              cacheReadTokens: read,
              webSearchRequests: web,
            }) as UsageBucket,
        )
      : estimatedUsage(line.tokens ?? tokensFromMix(data, line.totalTokens), modelsOf(data, line.models), day);
  return {
    ...baseRecord(line.sessionId, data, usage),
    ...optional('branch', line.branch ?? pr.branch),
    ...optional('developer', line.developer),
    ...optional('scope', line.scope),
    ...(isTime(line.startedAt) ? { startedAt: line.startedAt } : {}),
    ...(isTime(line.endedAt) ? { endedAt: line.endedAt } : {}),
    turns: line.turns ?? 0,
    compactions: line.compactions ?? 0,
    peakContextTokens: line.peakContextTokens ?? 0,
  };
}

/** The PR's totals as one session, dated by the merge (its sessions' own times are gone). */
function prSession(pr: MergedPr, data: CommentData): unknown {
  const tokens = {
    requests: data.requests,
    inputTokens: data.inputTokens,
    outputTokens: data.outputTokens,
    // The comment keeps cache writes unsplit; unsplit writes are priced as 5-minute ones.
    cacheWrite5mTokens: data.cacheWriteTokens,
    cacheWrite1hTokens: 0,
    cacheReadTokens: data.cacheReadTokens,
    webSearchRequests: 0,
  };
  const day = utcDay(pr.mergedAt) ?? pr.mergedAt.slice(0, 10);
  return {
    ...baseRecord(`pr-${pr.number}`, data, estimatedUsage(tokens, modelsOf(data, undefined), day)),
    ...optional('branch', pr.branch),
    turns: 0,
    compactions: 0,
    peakContextTokens: 0,
  };
}

function baseRecord(sessionId: string, data: CommentData, usage: UsageBucket[]) {
  return {
    schema: SESSION_SCHEMA,
    sessionId,
    tool: 'claude-code' as const,
    recordedBy: data.generator === '' ? 'claude-cost' : data.generator,
    ...(data.taskKind === undefined || data.taskKind === '' ? {} : { task: { kind: data.taskKind } }),
    requests: usage.reduce((n, b) => n + b.requests, 0),
    usage,
    source: { format: 'record' as const, files: 0, linesRead: 0, duplicatesDropped: 0, skipped: [] },
  };
}

type Tokens = Pick<
  UsageBucket,
  | 'requests'
  | 'inputTokens'
  | 'outputTokens'
  | 'cacheWrite5mTokens'
  | 'cacheWrite1hTokens'
  | 'cacheReadTokens'
  | 'webSearchRequests'
>;

const TOKEN_KEYS = [
  'requests',
  'inputTokens',
  'outputTokens',
  'cacheWrite5mTokens',
  'cacheWrite1hTokens',
  'cacheReadTokens',
  'webSearchRequests',
] as const satisfies ReadonlyArray<keyof Tokens>;

/** A session that kept only its total: split into kinds of token by the PR's own mix. */
function tokensFromMix(data: CommentData, total: number): Tokens {
  const [input, output, write, read] = splitByWeights(total, [
    data.inputTokens,
    data.outputTokens,
    data.cacheWriteTokens,
    data.cacheReadTokens,
  ]);
  const requests = data.totalTokens === 0 ? 0 : Math.round((data.requests * total) / data.totalTokens);
  return {
    requests,
    inputTokens: input ?? 0,
    outputTokens: output ?? 0,
    cacheWrite5mTokens: write ?? 0,
    cacheWrite1hTokens: 0,
    cacheReadTokens: read ?? 0,
    webSearchRequests: 0,
  };
}

/** The models a session used with their weights: the PR's per-model tokens, among the session's own models. */
function modelsOf(data: CommentData, names: readonly string[] | undefined): Array<{ model: string; weight: number }> {
  const perModel = new Map((data.models ?? []).map((m) => [m.model, m.totalTokens]));
  const models = names !== undefined && names.length > 0 ? names : [...perModel.keys()];
  if (models.length === 0) return [{ model: UNKNOWN_MODEL, weight: 1 }];
  return models.map((model) => ({ model, weight: perModel.get(model) ?? 0 }));
}

/** Estimated buckets: every kind of token split over the models by weight, prompt size unknown. */
function estimatedUsage(tokens: Tokens, models: Array<{ model: string; weight: number }>, day: string): UsageBucket[] {
  const shares = TOKEN_KEYS.map((key) =>
    splitByWeights(
      tokens[key],
      models.map((m) => m.weight),
    ),
  );
  return models.map((m, i) => {
    const bucket: UsageBucket = {
      model: m.model,
      day,
      speed: 'standard',
      geo: 'global',
      band: 'unknown',
      origin: 'main',
      ...emptyTokens(),
      requests: 0,
    };
    TOKEN_KEYS.forEach((key, k) => (bucket[key] = shares[k]?.[i] ?? 0));
    return bucket;
  });
}

/**
 * `total` split in proportion to `weights`, in whole numbers that add up to `total` (largest
 * remainder). Weights that are all zero split it evenly.
 */
export function splitByWeights(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, b) => a + b, 0);
  const even = sum <= 0;
  const exact = weights.map((w) => (even ? total / weights.length : total * (w / sum)));
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0 && byRemainder.length > 0; k = (k + 1) % byRemainder.length, left--) {
    const i = byRemainder[k]?.i ?? 0;
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts;
}

/** Search does not say how a PR was merged; the merge commit is what landed either way. */
function prRef(pr: MergedPr): PrRef {
  return {
    number: pr.number,
    title: pr.title,
    via: 'merge',
    commit: pr.mergeCommit ?? '',
    landedAt: pr.mergedAt,
    branch: pr.branch,
  };
}

function notesFor(
  t: Record<Fidelity, Tally>,
  counts: { withoutComment: number; withoutModels: number; duplicates: number },
): string[] {
  const notes: string[] = [];
  const sessions = (n: number) => `${n} session${n === 1 ? '' : 's'}`;
  const prs = (n: number) => `${n} PR${n === 1 ? '' : 's'}`;
  if (t.session.sessions > 0) {
    const one = t.session.sessions === 1;
    notes.push(
      `${sessions(t.session.sessions)} in ${prs(t.session.prs.size)} ${one ? 'is an estimate' : 'are estimates'}: the cost comments kept session totals but no usage detail (shortened to fit, or written by an older claude-cost), so prompt-size tiers are not applied and a session on several models is split by its PR's model mix. The comments said ${formatUsd(t.session.commentUsd)}.`,
    );
  }
  if (t.pr.sessions > 0) {
    const one = t.pr.sessions === 1;
    notes.push(
      `${prs(t.pr.sessions)} kept only ${one ? 'its' : 'their'} totals in the cost comment${one ? '' : 's'}: each counts as one session on its merge day, split by its model mix. The comments said ${formatUsd(t.pr.commentUsd)}.`,
    );
  }
  if (counts.withoutModels > 0) {
    notes.push(
      `${prs(counts.withoutModels)} kept no per-model figures in their cost comments; sessions with no model named are on "${UNKNOWN_MODEL}", which is unpriced.`,
    );
  }
  if (counts.withoutComment > 0) {
    notes.push(
      `${prs(counts.withoutComment)} merged in the range read have no claude-cost comment with readable data by the expected author; their sessions, if any, are not in this report.`,
    );
  }
  if (counts.duplicates > 0) {
    notes.push(
      `${sessions(counts.duplicates)} appeared in the comments of more than one PR; each is counted once, with the PR merged first.`,
    );
  }
  return notes;
}

function optional<K extends string>(key: K, value: string | null | undefined): Partial<Record<K, string>> {
  return value === null || value === undefined || value === '' ? {} : ({ [key]: value } as Record<K, string>);
}

function isTime(value: string | null | undefined): value is string {
  return value !== null && value !== undefined && SessionRecordSchema.shape.startedAt.safeParse(value).success;
}

function utcDay(value: string | null | undefined): string | null {
  if (!isTime(value)) return null;
  return new Date(Date.parse(value)).toISOString().slice(0, 10);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
