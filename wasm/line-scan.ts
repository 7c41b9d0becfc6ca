// AssemblyScript, compiled to WebAssembly by scripts/build-wasm.mjs into
// src/ingest/transcript/line-scan-wasm.ts. The JavaScript side is src/ingest/transcript/line-scan.ts.
//
// `scan(start, length)` checks that the line at `start` is one JSON object (RFC 8259, the grammar
// JSON.parse accepts) and records where the members the transcript reader needs are: the envelope,
// `message.id`, `message.model` and `message.usage`. It builds nothing, so a line's prompt text and
// tool input cost a pass over their bytes and no allocation. Only a verdict of 1 is trusted: the
// caller reads the recorded members then, and parses the line the ordinary way otherwise.
//
// Every member slot is 16 bytes at OUT + 16 * field: kind, start, end, same.
//   kind: 0 absent, 1 null, 2 string of printable ASCII without escapes, 3 other string,
//         4 true, 5 false, 6 integer of at most 15 digits (value at NUM + 8 * field),
//         7 other number, 8 object, 9 array
//   start, end: the bytes of a string between its quotes, or of a number
//   same: 1 when a kind-2 string has the same bytes as the same member of the last line read
//
// `next(from, end)` walks the whole lines of a chunk of a transcript from `from`, passing over the
// lines the reader does nothing with (tool results, snapshots, progress) and scanning usage lines,
// and stops at the first line the caller must see. It decides exactly as the reader's byte tests
// in src/ingest/transcript/bytes.ts and parse.ts do, line by line; see `next`.

/** Member slots, in the order of the fields in line-scan.ts. */
const FIELDS: i32 = 29;
const F_MESSAGE: i32 = 24;
const F_USAGE: i32 = 25;
const F_CACHE_CREATION: i32 = 26;
const F_SERVER_TOOL_USE: i32 = 27;

/** Objects whose members are read: the line itself, message, usage and two objects in usage. */
const C_NONE: i32 = 0;
const C_LINE: i32 = 1;
const C_MESSAGE: i32 = 2;
const C_USAGE: i32 = 3;
const C_CACHE_CREATION: i32 = 4;
const C_SERVER_TOOL_USE: i32 = 5;

// Memory: static strings sit below 32 KiB; the slots, the stack of open containers and the last
// line's shared strings above it; the line from 64 KiB on (the caller grows the memory for it).
export const OUT: usize = 32768;
export const NUM: usize = 33280;
const STACK: usize = 33536;
const MAX_DEPTH: i32 = 1024;
const PREVIOUS: usize = 36864;
/** Longest string compared from line to line. */
export const SHARED_MAX: i32 = 255;
export const INPUT: usize = 65536;
/** What `next` found, as i32s: see `next`. */
export const FOUND: usize = 45056;
/** The byte strings the line tests search for, each a length byte and the bytes. */
const NEEDLES: usize = 46080;

function kindOf(field: i32): i32 {
  return load<i32>(OUT + ((<usize>field) << 4));
}

function record(field: i32, kind: i32, start: usize, end: usize): void {
  const at = OUT + ((<usize>field) << 4);
  store<i32>(at, kind);
  store<i32>(at, <i32>start, 4);
  store<i32>(at, <i32>end, 8);
  store<i32>(at, 0, 12);
}

function isSpace(c: u32): bool {
  return c == 0x20 || c == 0x0a || c == 0x0d || c == 0x09;
}

function skipSpace(p: usize, end: usize): usize {
  while (p < end && isSpace(<u32>load<u8>(p))) p++;
  return p;
}

function bytesAre(p: usize, length: usize, text: string): bool {
  if (length != <usize>text.length) return false;
  // The string's UTF-16 code units, read in place (charCodeAt checks its index each time).
  const units = changetype<usize>(text);
  for (let i: usize = 0; i < length; i++) {
    if (<u32>load<u8>(p + i) != <u32>load<u16>(units + (i << 1))) return false;
  }
  return true;
}

/** `field` when the `length` bytes at `p` spell `name`, else -1. */
function named(p: usize, length: usize, name: string, field: i32): i32 {
  return bytesAre(p, length, name) ? field : -1;
}

/**
 * The slot of member `key` of an object read in context `context`, or -1. Keys are told apart
 * by their length and first letter first: most members of a line are not read, and each key is
 * compared with one name at most.
 */
function fieldOf(context: i32, p: usize, length: usize): i32 {
  const first = <i32>load<u8>(p);
  if (context == C_LINE) {
    switch (<i32>length) {
      case 3:
        return named(p, length, 'cwd', 5);
      case 4:
        return named(p, length, 'type', 0);
      case 6:
        return named(p, length, 'isMeta', 14);
      case 7:
        if (first == 0x73) return named(p, length, 'subtype', 1); // s
        if (first == 0x76) return named(p, length, 'version', 6); // v
        if (first == 0x6d) return named(p, length, 'message', F_MESSAGE); // m
        if (first == 0x63) return named(p, length, 'costUSD', 16); // c
        return -1;
      case 9:
        if (first == 0x73) return named(p, length, 'sessionId', 2); // s
        if (first == 0x74) return named(p, length, 'timestamp', 3); // t
        if (first == 0x67) return named(p, length, 'gitBranch', 4); // g
        if (first == 0x72) return named(p, length, 'requestId', 7); // r
        return -1;
      case 11:
        return named(p, length, 'isSidechain', 13);
      case 13:
        return named(p, length, 'toolUseResult', 28);
      case 16:
        return named(p, length, 'isCompactSummary', 15);
    }
  } else if (context == C_MESSAGE) {
    if (length == 2) return named(p, length, 'id', 8);
    if (length == 5) return first == 0x6d ? named(p, length, 'model', 9) : named(p, length, 'usage', F_USAGE);
  } else if (context == C_USAGE) {
    switch (<i32>length) {
      case 5:
        return named(p, length, 'speed', 10);
      case 12:
        return first == 0x69 ? named(p, length, 'input_tokens', 17) : named(p, length, 'service_tier', 12);
      case 13:
        return first == 0x6f ? named(p, length, 'output_tokens', 18) : named(p, length, 'inference_geo', 11);
      case 14:
        return named(p, length, 'cache_creation', F_CACHE_CREATION);
      case 15:
        return named(p, length, 'server_tool_use', F_SERVER_TOOL_USE);
      case 23:
        return named(p, length, 'cache_read_input_tokens', 20);
      case 27:
        return named(p, length, 'cache_creation_input_tokens', 19);
    }
  } else if (context == C_CACHE_CREATION) {
    if (length == 25) {
      if (bytesAre(p, length, 'ephemeral_5m_input_tokens')) return 21;
      return named(p, length, 'ephemeral_1h_input_tokens', 22);
    }
  } else if (context == C_SERVER_TOOL_USE) {
    return named(p, length, 'web_search_requests', 23);
  }
  return -1;
}

function contextOf(field: i32): i32 {
  if (field == F_MESSAGE) return C_MESSAGE;
  if (field == F_USAGE) return C_USAGE;
  if (field == F_CACHE_CREATION) return C_CACHE_CREATION;
  if (field == F_SERVER_TOOL_USE) return C_SERVER_TOOL_USE;
  return C_NONE;
}

/** Set by `skipString`: bit 1, the string holds an escape; bit 2, a byte over 0x7e. */
let stringFlags: i32 = 0;

/** Set by `scanLine`: some key of the line, at any depth, is spelled with an escape. */
let keyEscaped = false;

function isHexDigit(c: u32): bool {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/**
 * From the byte after an opening quote: the index past the closing quote, or 0 when the string is
 * not valid JSON (a control character, a bad escape, no closing quote before `end`). Sixteen bytes
 * at a time while none of them is a quote, a backslash or a control character.
 */
function skipString(start: usize, end: usize): usize {
  const quote = i8x16.splat(0x22);
  const backslash = i8x16.splat(0x5c);
  const space = i8x16.splat(0x20);
  const tilde = i8x16.splat(0x7e);
  let p = start;
  let flags: i32 = 0;
  for (;;) {
    while (p + 16 <= end) {
      const v = v128.load(p);
      const stop = i8x16.bitmask(v128.or(v128.or(i8x16.eq(v, quote), i8x16.eq(v, backslash)), i8x16.lt_u(v, space)));
      const wide = i8x16.bitmask(i8x16.gt_u(v, tilde));
      if (stop != 0) {
        const at = ctz(stop);
        if ((wide & ((1 << at) - 1)) != 0) flags |= 2;
        p += <usize>at;
        break;
      }
      if (wide != 0) flags |= 2;
      p += 16;
    }
    if (p >= end) return 0;
    const c = <u32>load<u8>(p);
    if (c == 0x22) {
      stringFlags = flags;
      return p + 1;
    }
    if (c == 0x5c) {
      flags |= 1;
      if (p + 1 >= end) return 0;
      const e = <u32>load<u8>(p + 1);
      if (e == 0x75) {
        if (p + 6 > end) return 0;
        if (!isHexDigit(<u32>load<u8>(p + 2)) || !isHexDigit(<u32>load<u8>(p + 3))) return 0;
        if (!isHexDigit(<u32>load<u8>(p + 4)) || !isHexDigit(<u32>load<u8>(p + 5))) return 0;
        p += 6;
      } else if (e == 0x22 || e == 0x5c || e == 0x2f || e == 0x62 || e == 0x66 || e == 0x6e || e == 0x72 || e == 0x74) {
        p += 2;
      } else {
        return 0;
      }
      continue;
    }
    if (c < 0x20) return 0;
    // Fewer than 16 bytes were left: one at a time.
    if (c > 0x7e) flags |= 2;
    p++;
  }
  return 0;
}

/** Set by `skipNumber`: the value when the number is a plain integer of at most 15 digits. */
let integerValue: f64 = 0;
let isPlainInteger: bool = false;

function isDigit(c: u32): bool {
  return c >= 0x30 && c <= 0x39;
}

/** The index past the number at `p`, or 0 when it is not a JSON number. */
function skipNumber(start: usize, end: usize): usize {
  let p = start;
  let plain = true;
  if (load<u8>(p) == 0x2d) {
    plain = false;
    p++;
  }
  if (p >= end) return 0;
  let c = <u32>load<u8>(p);
  let value: u64 = 0;
  let digits = 0;
  if (c == 0x30) {
    p++;
    digits = 1;
  } else if (c >= 0x31 && c <= 0x39) {
    while (p < end && isDigit((c = <u32>load<u8>(p)))) {
      if (digits < 16) value = value * 10 + <u64>(c - 0x30);
      digits++;
      p++;
    }
  } else {
    return 0;
  }
  if (p < end && load<u8>(p) == 0x2e) {
    plain = false;
    p++;
    if (p >= end || !isDigit(<u32>load<u8>(p))) return 0;
    while (p < end && isDigit(<u32>load<u8>(p))) p++;
  }
  if (p < end && (load<u8>(p) | 0x20) == 0x65) {
    plain = false;
    p++;
    if (p < end && (load<u8>(p) == 0x2b || load<u8>(p) == 0x2d)) p++;
    if (p >= end || !isDigit(<u32>load<u8>(p))) return 0;
    while (p < end && isDigit(<u32>load<u8>(p))) p++;
  }
  isPlainInteger = plain && digits <= 15;
  integerValue = <f64>value;
  return p;
}

function skipLiteral(p: usize, end: usize, text: string): usize {
  const length = <usize>text.length;
  if (p + length > end || !bytesAre(p, length, text)) return 0;
  return p + length;
}

/** Marks kind-2 strings of the members that repeat from line to line, and remembers them. */
function compareShared(field: i32): void {
  const at = OUT + ((<usize>field) << 4);
  if (load<i32>(at) != 2) return;
  const start = <usize>load<i32>(at, 4);
  const length = <i32>(<usize>load<i32>(at, 8) - start);
  if (length > SHARED_MAX) return;
  const kept = PREVIOUS + ((<usize>field) << 8);
  if (<i32>load<u8>(kept) == length && memory.compare(kept + 1, start, <usize>length) == 0) {
    store<i32>(at, 1, 12);
    return;
  }
  store<u8>(kept, <u8>length);
  memory.copy(kept + 1, start, <usize>length);
}

function compareAllShared(): void {
  compareShared(0); // type
  compareShared(2); // sessionId
  compareShared(4); // gitBranch
  compareShared(5); // cwd
  compareShared(6); // version
  compareShared(9); // message.model
  compareShared(10); // usage.speed
  compareShared(11); // usage.inference_geo
  compareShared(12); // usage.service_tier
}

// Parser states.
const FIRST_MEMBER: i32 = 0; // after `{`
const MEMBER: i32 = 1; // after `,` in an object
const FIRST_ELEMENT: i32 = 2; // after `[`
const ELEMENT: i32 = 3; // after `,` in an array
const AFTER_VALUE: i32 = 4;

/**
 * 1: the `length` bytes at INPUT are one valid JSON object, and the slots hold its members.
 * 0: they are not valid JSON. 2: valid or not, this scan does not read them (a top-level value
 * that is no object, a read member given twice or spelled with an escape, deeper nesting than
 * MAX_DEPTH): the caller parses them the ordinary way.
 */
export function scan(start: usize, length: i32): i32 {
  const verdict = scanLine(start, length);
  if (verdict == 1) compareAllShared();
  return verdict;
}

/** `scan` without marking and remembering the shared strings. */
function scanLine(start: usize, length: i32): i32 {
  memory.fill(OUT, 0, (<usize>FIELDS) << 4);
  keyEscaped = false;
  const end = start + <usize>length;
  let p = skipSpace(start, end);
  if (p >= end) return 0;
  if (load<u8>(p) != 0x7b) return 2;
  p++;
  store<u8>(STACK, 1);
  store<u8>(STACK + 1, <u8>C_LINE);
  let depth = 1;
  let inObject = true;
  let context = C_LINE;
  let state = FIRST_MEMBER;
  for (;;) {
    p = skipSpace(p, end);
    if (p >= end) return 0;
    let c = <u32>load<u8>(p);
    if (state == AFTER_VALUE) {
      if (c == 0x2c) {
        p++;
        state = inObject ? MEMBER : ELEMENT;
        continue;
      }
      if (c != (inObject ? 0x7d : 0x5d)) return 0;
      p++;
      depth--;
      if (depth == 0) {
        return skipSpace(p, end) == end ? 1 : 0;
      }
      const top = STACK + ((<usize>(depth - 1)) << 1);
      inObject = load<u8>(top) == 1;
      context = <i32>load<u8>(top + 1);
      continue;
    }
    let field = -1;
    if (inObject) {
      if (c == 0x7d && state == FIRST_MEMBER) {
        state = AFTER_VALUE;
        continue;
      }
      if (c != 0x22) return 0;
      const keyEnd = skipString(p + 1, end);
      if (keyEnd == 0) return 0;
      if ((stringFlags & 1) != 0) keyEscaped = true;
      if (context != C_NONE) {
        if ((stringFlags & 1) != 0) return 2;
        field = fieldOf(context, p + 1, keyEnd - 1 - (p + 1));
        if (field >= 0 && kindOf(field) != 0) return 2;
      }
      p = skipSpace(keyEnd, end);
      if (p >= end || load<u8>(p) != 0x3a) return 0;
      p = skipSpace(p + 1, end);
      if (p >= end) return 0;
      c = <u32>load<u8>(p);
    } else if (c == 0x5d && state == FIRST_ELEMENT) {
      state = AFTER_VALUE;
      continue;
    }
    if (c == 0x7b || c == 0x5b) {
      if (depth >= MAX_DEPTH) return 2;
      const isObject = c == 0x7b;
      const child = isObject ? contextOf(field) : C_NONE;
      if (field >= 0) record(field, isObject ? 8 : 9, p, p);
      const top = STACK + ((<usize>depth) << 1);
      store<u8>(top, isObject ? 1 : 0);
      store<u8>(top + 1, <u8>child);
      depth++;
      inObject = isObject;
      context = child;
      state = isObject ? FIRST_MEMBER : FIRST_ELEMENT;
      p++;
      continue;
    }
    let valueEnd: usize = 0;
    if (c == 0x22) {
      valueEnd = skipString(p + 1, end);
      if (valueEnd == 0) return 0;
      if (field >= 0) record(field, stringFlags == 0 ? 2 : 3, p + 1, valueEnd - 1);
    } else if (c == 0x74) {
      valueEnd = skipLiteral(p, end, 'true');
      if (field >= 0) record(field, 4, p, valueEnd);
    } else if (c == 0x66) {
      valueEnd = skipLiteral(p, end, 'false');
      if (field >= 0) record(field, 5, p, valueEnd);
    } else if (c == 0x6e) {
      valueEnd = skipLiteral(p, end, 'null');
      if (field >= 0) record(field, 1, p, valueEnd);
    } else {
      valueEnd = skipNumber(p, end);
      if (field >= 0) {
        record(field, isPlainInteger ? 6 : 7, p, valueEnd);
        store<f64>(NUM + ((<usize>field) << 3), integerValue);
      }
    }
    if (valueEnd == 0) return 0;
    p = valueEnd;
    state = AFTER_VALUE;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Whole lines of a chunk: `next`.

const N_TOOL_USE_ID: usize = NEEDLES;
const N_IS_META: usize = NEEDLES + 32;
const N_IS_SIDECHAIN: usize = NEEDLES + 64;
const N_IS_COMPACT_SUMMARY: usize = NEEDLES + 96;
const N_COMPACT_BOUNDARY: usize = NEEDLES + 128;
const N_TYPE_ASSISTANT: usize = NEEDLES + 160;

/**
 * A needle: its length, the two places in it that `contains` tests first, and its bytes. The two
 * are picked so that text seldom has both (a quote, the commonest byte of a JSON line, or a
 * common letter would send `contains` comparing at most places).
 */
function putNeedle(at: usize, text: string, first: i32, second: i32): void {
  store<u8>(at, <u8>text.length);
  store<u8>(at + 1, <u8>first);
  store<u8>(at + 2, <u8>second);
  for (let i = 0; i < text.length; i++) store<u8>(at + 3 + <usize>i, <u8>text.charCodeAt(i));
}

putNeedle(N_TOOL_USE_ID, '"tool_use_id"', 5, 9); // _ _
putNeedle(N_IS_META, '"isMeta":true', 3, 8); // M :
putNeedle(N_IS_SIDECHAIN, '"isSidechain":true', 3, 13); // S :
putNeedle(N_IS_COMPACT_SUMMARY, '"isCompactSummary":true', 3, 10); // C S
putNeedle(N_COMPACT_BOUNDARY, '"subtype":"compact_boundary"', 9, 18); // : _
putNeedle(N_TYPE_ASSISTANT, '"type":"assistant"', 6, 9); // : s

/**
 * Whether the bytes from `p` to `end` hold the needle at `needle`, 16 places at a time: where both
 * of its test bytes match, the whole needle is compared.
 */
function contains(p: usize, end: usize, needle: usize): bool {
  const length = <usize>load<u8>(needle);
  if (end < p + length) return false;
  const first = <usize>load<u8>(needle + 1);
  const second = <usize>load<u8>(needle + 2);
  const bytes = needle + 3;
  const last = end - length; // the last place the needle can start
  const a = i8x16.splat(load<u8>(bytes + first));
  const b = i8x16.splat(load<u8>(bytes + second));
  let q = p;
  while (q + 15 <= last) {
    let mask = i8x16.bitmask(v128.and(i8x16.eq(v128.load(q + first), a), i8x16.eq(v128.load(q + second), b)));
    while (mask != 0) {
      if (memory.compare(q + <usize>ctz(mask), bytes, length) == 0) return true;
      mask &= mask - 1;
    }
    q += 16;
  }
  for (; q <= last; q++) {
    if (load<u8>(q) == load<u8>(bytes) && memory.compare(q, bytes, length) == 0) return true;
  }
  return false;
}

/** The first newline from `p`, or `end`. */
function lineEnd(p: usize, end: usize): usize {
  const newline = i8x16.splat(0x0a);
  // Most lines are kilobytes long: 64 bytes a step while none of them is a newline.
  while (p + 64 <= end) {
    const a = i8x16.eq(v128.load(p), newline);
    const b = i8x16.eq(v128.load(p, 16), newline);
    const c = i8x16.eq(v128.load(p, 32), newline);
    const d = i8x16.eq(v128.load(p, 48), newline);
    if (v128.any_true(v128.or(v128.or(a, b), v128.or(c, d)))) break;
    p += 64;
  }
  while (p + 16 <= end) {
    const mask = i8x16.bitmask(i8x16.eq(v128.load(p), newline));
    if (mask != 0) return p + <usize>ctz(mask);
    p += 16;
  }
  while (p < end && load<u8>(p) != 0x0a) p++;
  return p;
}

/** `stringEnd` of bytes.ts: the closing quote of the string opening at `open`, or 0. */
function closingQuote(open: usize, end: usize): usize {
  const quote = i8x16.splat(0x22);
  const backslash = i8x16.splat(0x5c);
  let p = open + 1;
  // 16 bytes a step while none of them is a quote or a backslash.
  while (p + 16 <= end) {
    const v = v128.load(p);
    const stop = i8x16.bitmask(v128.or(i8x16.eq(v, quote), i8x16.eq(v, backslash)));
    if (stop != 0) {
      p += <usize>ctz(stop);
      break;
    }
    p += 16;
  }
  for (; p < end; p++) {
    const c = load<u8>(p);
    if (c == 0x22) return p;
    if (c == 0x5c) p++;
  }
  return 0;
}

// What `leadingType` of bytes.ts says of a line.
const T_OTHER: i32 = 0; // no leading type, or one of no interest
const T_USER: i32 = 1;
const T_SYSTEM: i32 = 2;
const T_PASSED: i32 = 3; // summary, progress, file-history-snapshot, queue-operation, custom-title, attachment

function typeNamed(p: usize, length: usize): i32 {
  if (bytesAre(p, length, 'user')) return T_USER;
  if (bytesAre(p, length, 'system')) return T_SYSTEM;
  if (
    bytesAre(p, length, 'summary') ||
    bytesAre(p, length, 'progress') ||
    bytesAre(p, length, 'file-history-snapshot') ||
    bytesAre(p, length, 'queue-operation') ||
    bytesAre(p, length, 'custom-title') ||
    bytesAre(p, length, 'attachment')
  )
    return T_PASSED;
  return T_OTHER;
}

/**
 * `leadingType` of bytes.ts, member by member: the top-level `type` when it comes before the
 * line's first nested value. A type spelled with an escape or a byte outside printable ASCII is
 * none of the names, as there.
 */
function leadingType(start: usize, end: usize): i32 {
  let p = skipSpace(start, end);
  if (p >= end || load<u8>(p) != 0x7b) return T_OTHER;
  for (;;) {
    p = skipSpace(p + 1, end);
    if (p >= end || load<u8>(p) != 0x22) return T_OTHER;
    const keyEnd = closingQuote(p, end);
    if (keyEnd == 0) return T_OTHER;
    const isType = keyEnd - p - 1 == 4 && bytesAre(p + 1, 4, 'type');
    p = skipSpace(keyEnd + 1, end);
    if (p >= end || load<u8>(p) != 0x3a) return T_OTHER;
    p = skipSpace(p + 1, end);
    if (p >= end) return T_OTHER;
    const first = load<u8>(p);
    if (first == 0x22) {
      const valueEnd = closingQuote(p, end);
      if (valueEnd == 0) return T_OTHER;
      if (isType) return typeNamed(p + 1, valueEnd - p - 1);
      p = valueEnd + 1;
    } else if (first == 0x7b || first == 0x5b || isType) {
      return T_OTHER;
    } else {
      while (p < end && load<u8>(p) != 0x2c && load<u8>(p) != 0x7d) p++;
    }
    p = skipSpace(p, end);
    if (p >= end || load<u8>(p) != 0x2c) return T_OTHER;
  }
  return T_OTHER;
}

// The reader's limits, exported so a test holds them to the reader's own.
/** Lines at least this long are never parsed for a prompt's or compaction's facts (parse.ts). */
export const SMALL_LINE_BYTES: usize = 65536;
/** Lines longer than this are not scanned (line-scan.ts). */
export const MAX_SCAN_BYTES: usize = 4 * 1024 * 1024;
/** How near its end an assistant line names its type (bytes.ts). */
export const ASSISTANT_TAIL_BYTES: usize = 512;

// Verdicts of `next`.
const V_END: i32 = 0;
const V_SCANNED: i32 = 1;
const V_SHOW: i32 = 2;
const V_SHOW_SCANNED: i32 = 3;
const V_PROMPT: i32 = 4;

const PASS: i32 = -1;

/** Whether the line's `type` member, as the scan recorded it, is `type`. */
function scannedType(type: string): bool {
  if (kindOf(0) != 2) return false;
  const start = <usize>load<i32>(OUT, 4);
  return bytesAre(start, <usize>load<i32>(OUT, 8) - start, type);
}

/**
 * What the reader does with the line from `start` to `end` (no newline, no carriage return). It
 * tests a line in the order parse.ts does, but for one shortcut: a line the scanner reads, whose
 * only top-level `type` is `assistant`, is a usage line whatever `leadingType` says of it (the
 * type it finds is that one, or none), so it is scanned first and its members not walked twice.
 */
function verdict(start: usize, end: usize): i32 {
  const first = skipSpace(start, end);
  if (first == end) return PASS; // blank
  let last = end - 1;
  while (last > first && isSpace(<u32>load<u8>(last))) last--;
  if (load<u8>(first) != 0x7b || last == first || load<u8>(last) != 0x7d) return V_SHOW; // a lone `{`, or no object
  const length = end - start;
  const tail = length > ASSISTANT_TAIL_BYTES ? end - ASSISTANT_TAIL_BYTES : start;
  const scannable = length <= MAX_SCAN_BYTES && contains(tail, end, N_TYPE_ASSISTANT);
  let scanned = false;
  if (scannable) {
    if (scanLine(start, <i32>length) == 1 && scannedType('assistant')) {
      compareAllShared();
      return V_SCANNED;
    }
    scanned = true;
  }
  const type = leadingType(start, end);
  if (type == T_USER) {
    const prompt =
      !contains(start, end, N_TOOL_USE_ID) &&
      !contains(start, end, N_IS_META) &&
      !contains(start, end, N_IS_SIDECHAIN) &&
      !contains(start, end, N_IS_COMPACT_SUMMARY);
    if (!prompt) return PASS;
    // A prompt small enough to parse: the scanner reads its envelope. No key is spelled with an
    // escape, so no key is `tool_use_id` (the bytes would hold it): it is no tool result.
    if (length >= SMALL_LINE_BYTES || scanLine(start, <i32>length) != 1) return V_SHOW;
    return !keyEscaped && scannedType('user') ? V_PROMPT : V_SHOW;
  }
  if (type == T_SYSTEM) {
    return end - start < SMALL_LINE_BYTES && contains(start, end, N_COMPACT_BOUNDARY) ? V_SHOW : PASS;
  }
  if (type == T_PASSED) return PASS;
  return scanned ? V_SHOW_SCANNED : V_SHOW;
}

/**
 * From `from`, the start of a line, to `end`: passes over the whole lines the reader does nothing
 * with, and stops at the first other one. Writes at FOUND: [0] the lines passed over, [1] where
 * the line it stopped at starts (past the lines passed over), [2] where the line after it starts.
 *
 * Returns 0 when no whole line is left (FOUND[1] is where the rest starts), 1 for a usage line
 * the scanner read (its slots are filled), 2 for a line the caller reads itself, 3 for one the
 * caller reads itself although the scanner has already tried it (it needs no second try), 4 for
 * a user prompt the scanner read (its envelope's slots are filled).
 */
export function next(from: usize, end: usize): i32 {
  let p = from;
  let passed = 0;
  for (;;) {
    const newline = lineEnd(p, end);
    if (newline >= end) {
      store<i32>(FOUND, passed);
      store<i32>(FOUND, <i32>p, 4);
      return V_END;
    }
    let stop = newline;
    if (stop > p && load<u8>(stop - 1) == 0x0d) stop--;
    const found = verdict(p, stop);
    if (found != PASS) {
      store<i32>(FOUND, passed);
      store<i32>(FOUND, <i32>p, 4);
      store<i32>(FOUND, <i32>(newline + 1), 8);
      return found;
    }
    passed++;
    p = newline + 1;
  }
  return V_END;
}
