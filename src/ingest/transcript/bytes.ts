/**
 * Byte-level tests on raw transcript lines. Claude Code writes compact JSON (no spaces after
 * `:`), and a quote inside a JSON string value is always escaped (`\"`), so a quoted key such as
 * `"usage"` found in the bytes can only be a real key. That lets most lines — huge tool results
 * and file snapshots — be classified without decoding or parsing them.
 */

const needle = (text: string): Buffer => Buffer.from(text, 'utf8');

const USAGE = needle('"usage"');
const TYPE_ASSISTANT = needle('"type":"assistant"');
/** How near its end an assistant line names its type: after its message, before a few ids. */
export const ASSISTANT_TAIL_BYTES = 512;
const TYPE_USER = needle('"type":"user"');
const FIRST_TYPE = needle('"type":"');
const TOOL_USE_ID = needle('"tool_use_id"');
const IS_META = needle('"isMeta":true');
const IS_SIDECHAIN = needle('"isSidechain":true');
const IS_COMPACT_SUMMARY = needle('"isCompactSummary":true');
const COMPACT_BOUNDARY = needle('"subtype":"compact_boundary"');

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const TYPE_KEY = needle('type');

export function hasUsage(bytes: Buffer): boolean {
  return bytes.indexOf(USAGE) !== -1;
}

/**
 * The line names an `assistant` type near its end, where Claude Code writes it (after the
 * message). A cheap hint that the line is a usage line, worth scanning before searching the whole
 * line for `"usage"`; never a verdict.
 */
export function endsLikeAssistantLine(bytes: Buffer): boolean {
  return bytes.indexOf(TYPE_ASSISTANT, Math.max(0, bytes.length - ASSISTANT_TAIL_BYTES)) !== -1;
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
  return userLineLooksLikePrompt(bytes);
}

/** `looksLikeUserPrompt` for a line already known to be a `user` line. */
export function userLineLooksLikePrompt(bytes: Buffer): boolean {
  return (
    bytes.indexOf(TOOL_USE_ID) === -1 &&
    bytes.indexOf(IS_META) === -1 &&
    bytes.indexOf(IS_SIDECHAIN) === -1 &&
    bytes.indexOf(IS_COMPACT_SUMMARY) === -1
  );
}

/**
 * The line's top-level `type`, read from the members before its first nested value; undefined
 * when it is not among them (or the line is not shaped as expected). Claude Code writes the
 * envelope's scalar members first: user, system, progress and snapshot lines name their type
 * within a few hundred bytes, before the message or tool result that holds nearly all of their
 * bytes, so those lines are classified without looking at the rest. Assistant lines write
 * `message` before `type` and are not classified here.
 */
export function leadingType(bytes: Buffer): string | undefined {
  let at = skipSpace(bytes, 0);
  if (bytes[at] !== OPEN_BRACE) return undefined;
  for (;;) {
    at = skipSpace(bytes, at + 1);
    if (bytes[at] !== QUOTE) return undefined;
    const keyEnd = stringEnd(bytes, at);
    if (keyEnd === -1) return undefined;
    const isType = keyEnd - at - 1 === TYPE_KEY.length && startsWith(bytes, at + 1, TYPE_KEY);
    at = skipSpace(bytes, keyEnd + 1);
    if (bytes[at] !== COLON) return undefined;
    at = skipSpace(bytes, at + 1);
    const first = bytes[at];
    if (first === QUOTE) {
      const valueEnd = stringEnd(bytes, at);
      if (valueEnd === -1) return undefined;
      if (isType) return plainAscii(bytes, at + 1, valueEnd);
      at = valueEnd + 1;
    } else if (first === undefined || first === OPEN_BRACE || first === OPEN_BRACKET || isType) {
      return undefined;
    } else {
      // A number, true, false or null: up to the next member.
      while (at < bytes.length && bytes[at] !== COMMA && bytes[at] !== CLOSE_BRACE) at += 1;
    }
    at = skipSpace(bytes, at);
    if (bytes[at] !== COMMA) return undefined;
  }
}

/**
 * Index of the quote that closes the string opening at `open`, or -1. A plain loop: envelope
 * strings are short, and a native search per string cost more in calls than it saved.
 */
function stringEnd(bytes: Buffer, open: number): number {
  for (let at = open + 1; at < bytes.length; at += 1) {
    const byte = bytes[at];
    if (byte === QUOTE) return at;
    if (byte === BACKSLASH) at += 1;
  }
  return -1;
}

/** The bytes as text when they are printable ASCII without escapes, else undefined. */
function plainAscii(bytes: Buffer, start: number, end: number): string | undefined {
  for (let i = start; i < end; i += 1) {
    const byte = bytes[i] as number;
    if (byte < 0x20 || byte > 0x7e || byte === BACKSLASH) return undefined;
  }
  return bytes.toString('latin1', start, end);
}

function skipSpace(bytes: Buffer, at: number): number {
  while (isSpace(bytes[at])) at += 1;
  return at;
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
