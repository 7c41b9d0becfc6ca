/**
 * A transcript is a `.jsonl` file whose first line is a Claude Code transcript line. Two other
 * JSONL shapes must not be mistaken for one: `--output-format stream-json` output (snake-case
 * `session_id`, opening with `{"type":"system","subtype":"init"}`) and session records.
 */

const TRANSCRIPT_KEY = /"(?:sessionId|parentUuid|leafUuid)"\s*:/;
const TRANSCRIPT_TYPE =
  /"type"\s*:\s*"(?:user|assistant|summary|system|progress|file-history-snapshot|queue-operation)"/;
const STREAM_JSON = /"session_id"\s*:|"subtype"\s*:\s*"init"/;
const SESSION_RECORD = /"schema"\s*:\s*"claude-cost\//;

export function detectTranscript(path: string, head: string): boolean {
  if (!path.toLowerCase().endsWith('.jsonl')) return false;
  const trimmed = head.trimStart();
  if (trimmed === '') return true; // an empty transcript: reading it yields nothing, harmlessly
  if (!trimmed.startsWith('{')) return false;
  const first = firstObjectText(trimmed);
  if (STREAM_JSON.test(first) || SESSION_RECORD.test(first)) return false;
  return TRANSCRIPT_KEY.test(first) || TRANSCRIPT_TYPE.test(first);
}

/** The first line, or for a pretty-printed first object (a lone `{`) the head up to its `}`. */
function firstObjectText(head: string): string {
  const newline = head.indexOf('\n');
  const firstLine = newline === -1 ? head : head.slice(0, newline);
  if (firstLine.trim() !== '{') return firstLine;
  const close = head.search(/\n\}/);
  return close === -1 ? head : head.slice(0, close);
}
