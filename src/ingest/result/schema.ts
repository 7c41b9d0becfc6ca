import * as z from 'zod';

/**
 * Claude Code's result message (`SDKResultMessage` in @anthropic-ai/claude-agent-sdk), as printed
 * by `claude -p --output-format json`, as the last line of `stream-json`, and as the last
 * `type:"result"` element of claude-code-action's `execution_file`. Only the fields the cost needs
 * are checked; Claude Code adds fields between versions, so unknown ones are allowed.
 */
const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const money = z.number().finite().nonnegative();

/** `ModelUsage`: one entry per model id, summed over the whole run (subagents included). */
export const ModelUsageSchema = z.looseObject({
  inputTokens: count,
  outputTokens: count,
  cacheReadInputTokens: count.default(0),
  // Unsplit: the 5-minute / 1-hour split is not kept per model.
  cacheCreationInputTokens: count.default(0),
  webSearchRequests: count.default(0),
  costUSD: money.optional(),
  contextWindow: count.optional(),
  maxOutputTokens: count.optional(),
});
export type ModelUsage = z.infer<typeof ModelUsageSchema>;

/** The run's API `usage` (snake_case, like the Messages API). */
export const ApiUsageSchema = z.looseObject({
  input_tokens: count.default(0),
  output_tokens: count.default(0),
  cache_read_input_tokens: count.nullish(),
  cache_creation_input_tokens: count.nullish(),
  cache_creation: z
    .looseObject({
      ephemeral_5m_input_tokens: count.nullish(),
      ephemeral_1h_input_tokens: count.nullish(),
    })
    .nullish(),
  server_tool_use: z.looseObject({ web_search_requests: count.nullish() }).nullish(),
});
export type ApiUsage = z.infer<typeof ApiUsageSchema>;

export const ResultMessageSchema = z.looseObject({
  type: z.literal('result'),
  subtype: z.string().max(64).optional(),
  // Checked against the identifier rule later, so a bad id falls back to the file name.
  session_id: z.unknown().optional(),
  total_cost_usd: money.optional(),
  num_turns: count.optional(),
  duration_ms: count.optional(),
  // Not in SDKResultMessage today; wrappers that stamp one give the day better than mtime does.
  timestamp: z.unknown().optional(),
  usage: z.unknown().optional(),
  // Entries are checked one by one, so one bad entry does not lose the others.
  modelUsage: z.record(z.string(), z.unknown()).optional(),
});
export type ResultMessage = z.infer<typeof ResultMessageSchema>;
