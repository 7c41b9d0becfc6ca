/**
 * Byte-level tests on raw transcript lines. Claude Code writes compact JSON (no spaces after
 * `:`), and a quote inside a JSON string value is always escaped (`\"`), so a quoted key such as
 * `"usage"` found in the bytes can only be a real key. That lets most lines — huge tool results
 * and file snapshots — be classified without decoding or parsing them.
 */

const needle = (text: string): Buffer => Buffer.from(text, 'utf8');

const USAGE = needle('"usage"');
const TYPE_USER = needle('"type":"user"');
const FIRST_TYPE = needle('"type":"');
const TOOL_USE_ID = needle('"tool_use_id"');
const IS_META = needle('"isMeta":true');
const IS_SIDECHAIN = needle('"isSidechain":true');
const IS_COMPACT_SUMMARY = needle('"isCompactSummary":true');
const COMPACT_BOUNDARY = needle('"subtype":"compact_boundary"');

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

export function hasUsage(bytes: Buffer): boolean {
  return bytes.indexOf(USAGE) !== -1;
}

export function hasCompactBoundary(bytes: Buffer): boolean {
  return bytes.indexOf(COMPACT_BOUNDARY) !== -1;
}

/**
 * A user prompt: a `user` line that is not a tool result, not injected meta text (command
 * expansions, caveats), not the summary Claude Code writes after compacting, and not a
 * subagent's prompt.
 */
export function looksLikeUserPrompt(bytes: Buffer): boolean {
  // Newer `progress` lines nest whole user messages; the top-level `type` comes first in
  // Claude Code's key order, so the first `"type":"` must be the user one.
  const typeAt = bytes.indexOf(FIRST_TYPE);
  if (typeAt === -1 || !startsWith(bytes, typeAt, TYPE_USER)) return false;
  return (
    bytes.indexOf(TOOL_USE_ID) === -1 &&
    bytes.indexOf(IS_META) === -1 &&
    bytes.indexOf(IS_SIDECHAIN) === -1 &&
    bytes.indexOf(IS_COMPACT_SUMMARY) === -1
  );
}

function startsWith(bytes: Buffer, at: number, prefix: Buffer): boolean {
  if (at + prefix.length > bytes.length) return false;
  for (let i = 0; i < prefix.length; i += 1) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

function isSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0d || byte === 0x0a;
}

/** The line holds nothing but whitespace. */
export function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) if (!isSpace(byte)) return false;
  return true;
}

/** First and last non-space bytes are `{` and `}`: cheap evidence of one JSON object per line. */
export function looksLikeObject(bytes: Buffer): boolean {
  let first = 0;
  while (first < bytes.length && isSpace(bytes[first])) first += 1;
  let last = bytes.length - 1;
  while (last > first && isSpace(bytes[last])) last -= 1;
  return last > first && bytes[first] === OPEN_BRACE && bytes[last] === CLOSE_BRACE;
}

/** The line is a lone `{`: the first line of a pretty-printed object. */
export function opensPrettyObject(bytes: Buffer): boolean {
  let first = 0;
  while (first < bytes.length && isSpace(bytes[first])) first += 1;
  if (bytes[first] !== OPEN_BRACE) return false;
  for (let i = first + 1; i < bytes.length; i += 1) if (!isSpace(bytes[i])) return false;
  return true;
}

/** Unindented `{`: in pretty-printed JSON only the object's own first line starts at column 0. */
export function startsAtColumnZero(bytes: Buffer): boolean {
  return bytes[0] === OPEN_BRACE;
}
