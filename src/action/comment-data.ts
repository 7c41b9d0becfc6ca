import * as z from 'zod';
import { SCOPES, type UsageBucket } from '../records/schema.js';
import type { Report } from '../report/types.js';
import { formatTokens, formatUsd } from '../render/format.js';
import { BUDGET_STATUSES, type BudgetStatus } from './budget.js';

/**
 * The comment's own numbers, hidden at its end so later runs (the change since the previous
 * push) and the period report can read them back without re-pricing anything.
 *
 * Encoding: `<!-- claude-cost:data v1 BASE64 -->`, base64 of the JSON. The base64 alphabet has
 * no `-` and no `>`, so nothing in the data (session ids, model ids) can close the HTML comment
 * or forge a second one, whatever the records contain.
 */
export const COMMENT_DATA_SCHEMA = 'claude-cost/comment-data@1' as const;
const DATA_OPEN = '<!-- claude-cost:data v1 ';
const DATA_CLOSE = ' -->';

const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const usd = z.number().finite().nonnegative();

/**
 * One usage bucket of a session, as a tuple to keep the hidden JSON small: model, UTC day, speed,
 * geo, prompt band, then requests, input, output, 5m and 1h cache writes, cache reads and web
 * searches. Buckets are merged over origin (main or subagent), which does not change the price.
 * With them the period report re-prices a session exactly as this comment priced it.
 */
const UsageTupleSchema = z.tuple([
  z.string().max(200),
  z.string().max(10),
  z.string().max(16),
  z.string().max(32),
  z.string().max(16),
  count,
  count,
  count,
  count,
  count,
  count,
  count,
]);
export type UsageTuple = z.infer<typeof UsageTupleSchema>;

const SessionTokensSchema = z.object({
  requests: count,
  inputTokens: count,
  outputTokens: count,
  cacheWrite5mTokens: count,
  cacheWrite1hTokens: count,
  cacheReadTokens: count,
  webSearchRequests: count,
});

/**
 * The fields after `startedAt` came after the first comments were written: all optional, so
 * older comments still decode (the period report estimates what they lack).
 */
const SessionLineSchema = z.object({
  sessionId: z.string().max(200),
  costUsd: usd,
  totalTokens: count,
  startedAt: z.string().max(40).nullable(),
  endedAt: z.string().max(40).nullable().optional(),
  developer: z.string().max(255).nullable().optional(),
  branch: z.string().max(255).nullable().optional(),
  scope: z.enum(SCOPES).nullable().optional(),
  models: z.array(z.string().max(200)).max(100).optional(),
  turns: count.optional(),
  compactions: count.optional(),
  peakContextTokens: count.optional(),
  tokens: SessionTokensSchema.optional(),
  usage: z.array(UsageTupleSchema).max(10_000).optional(),
});
export type CommentSessionLine = z.infer<typeof SessionLineSchema>;

const PushTotalsSchema = z.object({
  headSha: z.string().regex(/^[0-9a-f]{40}$/),
  costUsd: usd,
  totalTokens: count,
  sessions: count,
});
export type PushTotals = z.infer<typeof PushTotalsSchema>;

export const CommentDataSchema = z.object({
  schema: z.literal(COMMENT_DATA_SCHEMA),
  generator: z.string().max(64),
  pullRequest: count,
  ...PushTotalsSchema.shape,
  costIsLowerBound: z.boolean(),
  cacheHitRate: z.number().finite().min(0).max(1).nullable(),
  requests: count,
  inputTokens: count,
  outputTokens: count,
  cacheWriteTokens: count,
  cacheReadTokens: count,
  budgetStatus: z.enum(BUDGET_STATUSES),
  priceBookAsOf: z.string().max(32),
  models: z.array(z.object({ model: z.string().max(200), costUsd: usd.nullable(), totalTokens: count })).optional(),
  sessionLines: z.array(SessionLineSchema).optional(),
  /** The PR's task kind as the policy classified it (labels included), so the period report agrees. */
  taskKind: z.string().max(64).optional(),
  /** What the change line compares with: the last push with a different head. */
  previous: PushTotalsSchema.nullable(),
});
export type CommentData = z.infer<typeof CommentDataSchema>;

/** Usage buckets per session, keyed by `sessionKey`; sessions missing from it carry no `usage`. */
export type SessionUsage = ReadonlyMap<string, readonly UsageBucket[]>;

export function sessionKey(sessionId: string, branch: string | null | undefined): string {
  return `${sessionId}\u0000${branch ?? ''}`;
}

export function commentData(
  report: Report,
  context: { headSha: string; pullRequest: number; budgetStatus: BudgetStatus; previous: PushTotals | null },
  usage: SessionUsage = new Map(),
): CommentData {
  const t = report.totals;
  return {
    schema: COMMENT_DATA_SCHEMA,
    generator: report.generator.slice(0, 64),
    pullRequest: context.pullRequest,
    headSha: context.headSha,
    costUsd: t.costUsd,
    totalTokens: t.totalTokens,
    sessions: t.sessions,
    costIsLowerBound: t.costIsLowerBound,
    cacheHitRate: t.cacheHitRate,
    requests: t.requests,
    inputTokens: t.inputTokens,
    outputTokens: t.outputTokens,
    cacheWriteTokens: t.cacheWrite5mTokens + t.cacheWrite1hTokens,
    cacheReadTokens: t.cacheReadTokens,
    budgetStatus: context.budgetStatus,
    priceBookAsOf: report.priceBook.asOf.slice(0, 32),
    models: report.models.map((m) => ({ model: m.model, costUsd: m.costUsd, totalTokens: m.totalTokens })),
    sessionLines: report.sessions.map((s) => {
      const buckets = usage.get(sessionKey(s.sessionId, s.branch));
      return {
        sessionId: s.sessionId,
        costUsd: s.costUsd,
        totalTokens: s.totalTokens,
        startedAt: s.startedAt,
        endedAt: s.endedAt,
        developer: s.developer,
        branch: s.branch,
        scope: s.scope ?? null,
        models: s.models,
        turns: s.turns,
        compactions: s.compactions,
        peakContextTokens: s.peakContextTokens,
        tokens: {
          requests: s.requests,
          inputTokens: s.inputTokens,
          outputTokens: s.outputTokens,
          cacheWrite5mTokens: s.cacheWrite5mTokens,
          cacheWrite1hTokens: s.cacheWrite1hTokens,
          cacheReadTokens: s.cacheReadTokens,
          webSearchRequests: s.webSearchRequests,
        },
        ...(buckets === undefined ? {} : { usage: usageTuples(buckets) }),
      };
    }),
    ...(report.task === undefined ? {} : { taskKind: report.task.kind.slice(0, 64) }),
    previous: context.previous,
  };
}

export function usageTuples(buckets: readonly UsageBucket[]): UsageTuple[] {
  const merged = new Map<string, UsageTuple>();
  for (const b of buckets) {
    const key = `${b.model}\u0000${b.day}\u0000${b.speed}\u0000${b.geo}\u0000${b.band}`;
    const t = merged.get(key);
    const counts = [
      b.requests,
      b.inputTokens,
      b.outputTokens,
      b.cacheWrite5mTokens,
      b.cacheWrite1hTokens,
      b.cacheReadTokens,
      b.webSearchRequests,
    ] as const;
    if (t === undefined) merged.set(key, [b.model, b.day, b.speed, b.geo, b.band, ...counts]);
    else counts.forEach((n, i) => (t[5 + i] = (t[5 + i] as number) + n));
  }
  return [...merged.values()];
}

/** How much of the data a comment keeps; a higher level keeps less. */
export type DataLevel = 0 | 1 | 2 | 3;
export const DATA_LEVELS: readonly DataLevel[] = [0, 1, 2, 3];

/**
 * Detail goes first when the comment must shrink: per-session usage buckets, then per-session
 * lines, then per-model lines. The PR's totals stay at every level.
 */
export function withoutDetail(data: CommentData, level: DataLevel): CommentData {
  if (level === 0) return data;
  const { sessionLines, models, ...rest } = data;
  if (level === 1) {
    return { ...rest, models, sessionLines: sessionLines?.map(({ usage: _usage, ...line }) => line) };
  }
  return level === 2 ? { ...rest, models } : rest;
}

export function encodeCommentData(data: CommentData): string {
  return `${DATA_OPEN}${Buffer.from(JSON.stringify(data), 'utf8').toString('base64')}${DATA_CLOSE}`;
}

/** The data block of one of our comments, or undefined when it has none we can trust. */
export function decodeCommentData(body: string): CommentData | undefined {
  const start = body.lastIndexOf(DATA_OPEN);
  if (start < 0) return undefined;
  const end = body.indexOf(DATA_CLOSE, start + DATA_OPEN.length);
  const encoded = body.slice(start + DATA_OPEN.length, end < 0 ? undefined : end);
  if (end < 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) return undefined;
  try {
    const parsed = CommentDataSchema.safeParse(JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The push to compare with. A rerun on the same head reads a comment written for that head,
 * so it carries forward that comment's own baseline: reruns show the same change line.
 */
export function previousPush(data: CommentData | undefined, headSha: string): PushTotals | null {
  if (data === undefined) return null;
  if (data.headSha === headSha) return data.previous;
  return { headSha: data.headSha, costUsd: data.costUsd, totalTokens: data.totalTokens, sessions: data.sessions };
}

export function renderChange(
  previous: PushTotals | null,
  current: Pick<PushTotals, 'costUsd' | 'totalTokens' | 'sessions'>,
): string | undefined {
  if (previous === null) return undefined;
  const short = previous.headSha.slice(0, 7);
  const cost = current.costUsd - previous.costUsd;
  const tokens = current.totalTokens - previous.totalTokens;
  const sessions = current.sessions - previous.sessions;
  if (Math.abs(cost) < 0.00005 && tokens === 0 && sessions === 0) {
    return `#### Since the previous push\n\nNo change since ${short}.`;
  }
  const signed = (n: number, text: string) => (n > 0 ? `+${text}` : n < 0 ? `−${text}` : `±${text}`);
  const facts = [
    `${signed(cost, formatUsd(Math.abs(cost)))} (${formatUsd(previous.costUsd)} → ${formatUsd(current.costUsd)})`,
    `${signed(tokens, formatTokens(Math.abs(tokens)))} tokens`,
    `${signed(sessions, String(Math.abs(sessions)))} session${Math.abs(sessions) === 1 ? '' : 's'}`,
  ];
  return `#### Since the previous push\n\n${facts.join(' · ')} compared with ${short}.`;
}
