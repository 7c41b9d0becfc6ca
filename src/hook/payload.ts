import * as z from 'zod';

/**
 * The JSON Claude Code writes on a command hook's stdin. Every event carries these four fields
 * (plus others we do not need: `permission_mode`, SessionEnd's `reason`, PreCompact's `trigger`,
 * Stop's `stop_hook_active`), so the object is not strict: a newer Claude Code adding a field
 * must not stop recording.
 */
export const RECORDING_EVENTS = ['SessionEnd', 'Stop', 'PreCompact'] as const;
export type RecordingEvent = (typeof RECORDING_EVENTS)[number];

/**
 * The session id names a directory next to the transcript (`<id>/subagents/`) and a record file,
 * so it must be one path segment: Claude Code's ids are UUIDs.
 */
const sessionId = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a session id (letters, digits, ".", "_" or "-")');
const path = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'must not contain NUL');

export const HookPayloadSchema = z.object({
  session_id: sessionId,
  transcript_path: path,
  cwd: path,
  hook_event_name: z.string().min(1).max(100),
});
export type HookPayload = z.infer<typeof HookPayloadSchema> & { hook_event_name: RecordingEvent };

export type ParsedPayload =
  | { kind: 'record'; payload: HookPayload }
  /** An event this hook does not record on (someone wired it to another event): do nothing. */
  | { kind: 'ignore'; event: string }
  | { kind: 'invalid'; reason: string };

/** Never throws: a bad payload is a value the caller reports in one stderr line. */
export function parseHookPayload(text: string): ParsedPayload {
  const trimmed = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (trimmed.trim() === '') return { kind: 'invalid', reason: 'no hook payload on stdin' };
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    return { kind: 'invalid', reason: 'the hook payload on stdin is not valid JSON' };
  }
  const parsed = HookPayloadSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'payload';
    return { kind: 'invalid', reason: `hook payload: ${where}: ${issue?.message ?? 'invalid'}` };
  }
  const event = parsed.data.hook_event_name;
  if (!isRecordingEvent(event)) return { kind: 'ignore', event };
  return { kind: 'record', payload: { ...parsed.data, hook_event_name: event } };
}

function isRecordingEvent(event: string): event is RecordingEvent {
  return (RECORDING_EVENTS as readonly string[]).includes(event);
}
