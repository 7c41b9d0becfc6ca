import * as z from 'zod';

const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/**
 * The per-message export cost dashboards use. Its own semantics, read faithfully:
 * `input_tokens` INCLUDES `cached_tokens` (cache reads), and `thinking_tokens` are part of
 * `output_tokens`. The format has no cache-write figure. Extra fields are allowed.
 */
export const ExportMessageSchema = z.looseObject({
  input_tokens: count,
  output_tokens: count,
  cached_tokens: count.nullish(),
  thinking_tokens: count.nullish(),
  // Checked separately: a bad model id or timestamp must not be echoed in a zod message.
  model: z.unknown().optional(),
  timestamp: z.unknown().optional(),
  id: z.unknown().optional(),
});
export type ExportMessage = z.infer<typeof ExportMessageSchema>;

export const ExportFileSchema = z.looseObject({
  messages: z.array(z.unknown()),
  model: z.unknown().optional(),
  session_id: z.unknown().optional(),
  sessionId: z.unknown().optional(),
});
