import { isAscii } from 'node:buffer';

/**
 * The string fields the transcript parser reads from a line: every string in `EnvelopeSchema`
 * and `AssistantLineSchema` (a test holds the two lists together). Each path is a key chain
 * from the line's top-level object.
 */
export const READ_STRING_PATHS = [
  ['type'],
  ['subtype'],
  ['sessionId'],
  ['timestamp'],
  ['gitBranch'],
  ['cwd'],
  ['version'],
  ['requestId'],
  ['message', 'id'],
  ['message', 'model'],
  ['message', 'usage', 'speed'],
  ['message', 'usage', 'inference_geo'],
  ['message', 'usage', 'service_tier'],
] as const;

/**
 * `JSON.parse` of a transcript line's UTF-8 bytes, decoded the cheap way where that cannot
 * change what the parser sees.
 *
 * Decoding as latin1 is a plain copy and always yields a compact one-byte string, where UTF-8
 * decoding has to work per character and yields a two-byte string (twice the memory, a slower
 * parse) as soon as the line holds one non-ASCII character: prose in a thinking block, an emoji
 * in a file. The two decodings agree on every ASCII byte, and JSON's syntax is all ASCII, so
 * the latin1 text parses exactly when the UTF-8 text does (the error is the same throw) and into
 * the same structure: same keys wherever a key is ASCII, same numbers, booleans and nesting.
 * Only strings with non-ASCII bytes differ. So the latin1 value is used when the line is ASCII
 * or every string the parser reads is ASCII, and the line is decoded again as UTF-8 otherwise
 * (a branch name or a cwd with an accent): prompt text and tool output are never read.
 */
export function parseJsonLine(bytes: Buffer): unknown {
  const value: unknown = JSON.parse(bytes.toString('latin1'));
  if (isAscii(bytes) || readStringsAreAscii(value)) return value;
  return JSON.parse(bytes.toString('utf8'));
}

function readStringsAreAscii(value: unknown): boolean {
  for (const path of READ_STRING_PATHS) {
    let node: unknown = value;
    for (const key of path) {
      if (typeof node !== 'object' || node === null) break;
      node = (node as Record<string, unknown>)[key];
    }
    if (typeof node === 'string' && !isAsciiString(node)) return false;
  }
  return true;
}

function isAsciiString(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
