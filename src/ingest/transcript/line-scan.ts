import { isAssistantLine } from './check.js';
import { LINE_SCAN_WASM } from './line-scan-wasm.js';
import type { AssistantLine } from './schema.js';

/**
 * The fast path for usage lines: a WebAssembly scanner (wasm/line-scan.ts) checks the line is valid
 * JSON and says where the members the reader needs are, and only those members are turned into
 * values. `JSON.parse` builds the whole line instead (some forty keys, ids, content blocks), and
 * on transcripts that was the largest single cost of reading them.
 *
 * The result is the line's `AssistantLine` with exactly the values `JSON.parse` would have given
 * those members. Anything this path does not read exactly (invalid JSON, a read member given twice
 * or spelled with an escape, a value of another type, a line of another type or one the checks
 * refuse) returns undefined, and the caller parses the line the ordinary way, which also explains
 * what is wrong with it.
 */

/** Member slots, as wasm/line-scan.ts numbers them. */
const F = {
  type: 0,
  subtype: 1,
  sessionId: 2,
  timestamp: 3,
  gitBranch: 4,
  cwd: 5,
  version: 6,
  requestId: 7,
  messageId: 8,
  model: 9,
  speed: 10,
  inferenceGeo: 11,
  serviceTier: 12,
  isSidechain: 13,
  isMeta: 14,
  isCompactSummary: 15,
  costUsd: 16,
  inputTokens: 17,
  outputTokens: 18,
  cacheCreationInputTokens: 19,
  cacheReadInputTokens: 20,
  ephemeral5m: 21,
  ephemeral1h: 22,
  webSearchRequests: 23,
  message: 24,
  usage: 25,
  cacheCreation: 26,
  serverToolUse: 27,
} as const;
const FIELDS = 28;

/** Slot kinds (see wasm/line-scan.ts). */
const ABSENT = 0;
const NULL = 1;
const ASCII = 2;
const STRING = 3;
const TRUE = 4;
const FALSE = 5;
const INTEGER = 6;
const NUMBER = 7;
const OBJECT = 8;

/** Lines longer than this are parsed the ordinary way: the scanner's memory grows to the line. */
export const MAX_SCAN_BYTES = 4 * 1024 * 1024;

/** A member whose value is an object or an array where the reader wants a scalar. */
const NOT_SCALAR = Symbol('not a scalar');

/** The parts of the WebAssembly API used here (the Node types declare only part of it). */
interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}

interface Global {
  value: number;
}

interface Exports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  scan(length: number): number;
  OUT: Global;
  NUM: Global;
  INPUT: Global;
  SHARED_MAX: Global;
}

class LineScanner {
  private readonly exports: Exports;
  private readonly out: number;
  private readonly num: number;
  private readonly input: number;
  private readonly sharedMax: number;
  private bytes: Buffer;
  private slots: Int32Array;
  private numbers: Float64Array;
  /**
   * The last line's value of each member the scanner compares from line to line: when it says a
   * member has the same bytes, the string made last time is used again. Kept in step with the
   * scanner's own copy: set from every line the scanner accepted.
   */
  private readonly shared: Array<string | undefined> = new Array<string | undefined>(FIELDS).fill(undefined);

  constructor(wasm: Wasm) {
    const module = new wasm.Module(Buffer.from(LINE_SCAN_WASM, 'base64'));
    this.exports = new wasm.Instance(module, {}).exports as Exports;
    this.out = this.exports.OUT.value;
    this.num = this.exports.NUM.value;
    this.input = this.exports.INPUT.value;
    this.sharedMax = this.exports.SHARED_MAX.value;
    this.bytes = Buffer.alloc(0);
    this.slots = new Int32Array(0);
    this.numbers = new Float64Array(0);
    this.views();
  }

  read(line: Buffer): AssistantLine | undefined {
    const need = this.input + line.length;
    if (need > this.bytes.length) {
      this.exports.memory.grow(Math.ceil((need - this.bytes.length) / 65536));
      this.views();
    }
    this.bytes.set(line, this.input);
    if (this.exports.scan(line.length) !== 1) return undefined;
    // First the members compared from line to line, so `shared` follows the scanner's copy.
    const type = this.sharedString(F.type);
    const sessionId = this.sharedString(F.sessionId);
    const gitBranch = this.sharedString(F.gitBranch);
    const cwd = this.sharedString(F.cwd);
    const version = this.sharedString(F.version);
    const model = this.sharedString(F.model);
    const speed = this.sharedString(F.speed);
    const inferenceGeo = this.sharedString(F.inferenceGeo);
    const serviceTier = this.sharedString(F.serviceTier);
    if (type !== 'assistant' || this.kind(F.message) !== OBJECT || this.kind(F.usage) !== OBJECT) return undefined;
    const cacheCreation = this.kind(F.cacheCreation);
    const serverToolUse = this.kind(F.serverToolUse);
    if (!isNullish(cacheCreation) && cacheCreation !== OBJECT) return undefined;
    if (!isNullish(serverToolUse) && serverToolUse !== OBJECT) return undefined;
    const value = {
      type,
      subtype: this.value(F.subtype),
      sessionId,
      timestamp: this.value(F.timestamp),
      gitBranch,
      cwd,
      version,
      isSidechain: this.value(F.isSidechain),
      isMeta: this.value(F.isMeta),
      isCompactSummary: this.value(F.isCompactSummary),
      requestId: this.value(F.requestId),
      costUSD: this.value(F.costUsd),
      message: {
        id: this.value(F.messageId),
        model,
        usage: {
          input_tokens: this.value(F.inputTokens),
          output_tokens: this.value(F.outputTokens),
          cache_creation_input_tokens: this.value(F.cacheCreationInputTokens),
          cache_read_input_tokens: this.value(F.cacheReadInputTokens),
          cache_creation:
            cacheCreation === OBJECT
              ? {
                  ephemeral_5m_input_tokens: this.value(F.ephemeral5m),
                  ephemeral_1h_input_tokens: this.value(F.ephemeral1h),
                }
              : nullish(cacheCreation),
          server_tool_use:
            serverToolUse === OBJECT
              ? { web_search_requests: this.value(F.webSearchRequests) }
              : nullish(serverToolUse),
          speed,
          inference_geo: inferenceGeo,
          service_tier: serviceTier,
        },
      },
    };
    return isAssistantLine(value) ? value : undefined;
  }

  private kind(field: number): number {
    return this.slots[(this.out >> 2) + field * 4] ?? ABSENT;
  }

  private value(field: number): unknown {
    const at = (this.out >> 2) + field * 4;
    const start = this.slots[at + 1] ?? 0;
    const end = this.slots[at + 2] ?? 0;
    switch (this.slots[at]) {
      case ABSENT:
        return undefined;
      case NULL:
        return null;
      case ASCII:
        return this.bytes.toString('latin1', start, end);
      case STRING:
        // The string with its quotes, decoded and unescaped as JSON.parse of the line would.
        return JSON.parse(this.bytes.toString('utf8', start - 1, end + 1)) as string;
      case TRUE:
        return true;
      case FALSE:
        return false;
      case INTEGER:
        return this.numbers[(this.num >> 3) + field];
      case NUMBER:
        // A valid JSON number: Number() reads it to the same double.
        return Number(this.bytes.toString('latin1', start, end));
      default:
        return NOT_SCALAR;
    }
  }

  private sharedString(field: number): unknown {
    const at = (this.out >> 2) + field * 4;
    if (this.slots[at] !== ASCII) return this.value(field);
    const kept = this.shared[field];
    if (this.slots[at + 3] === 1 && kept !== undefined) return kept;
    const start = this.slots[at + 1] ?? 0;
    const end = this.slots[at + 2] ?? 0;
    const text = this.bytes.toString('latin1', start, end);
    // The scanner keeps only short strings; a longer one must not stand in for them later.
    if (end - start <= this.sharedMax) this.shared[field] = text;
    return text;
  }

  private views(): void {
    const buffer = this.exports.memory.buffer;
    this.bytes = Buffer.from(buffer);
    this.slots = new Int32Array(buffer);
    this.numbers = new Float64Array(buffer);
  }
}

function isNullish(kind: number): boolean {
  return kind === ABSENT || kind === NULL;
}

function nullish(kind: number): null | undefined {
  return kind === NULL ? null : undefined;
}

/** One scanner per thread, made on first use; null when this runtime cannot run it. */
let scanner: LineScanner | null | undefined;

function lineScanner(): LineScanner | null {
  if (scanner === undefined) {
    try {
      const wasm = (globalThis as { WebAssembly?: Wasm }).WebAssembly;
      scanner = wasm === undefined ? null : new LineScanner(wasm);
    } catch {
      scanner = null;
    }
  }
  return scanner;
}

/**
 * The usage line's members as `JSON.parse` and the checks would give them, or undefined when the
 * line must be parsed the ordinary way (see above). `<synthetic>` lines are left to that way too.
 */
export function scanAssistantLine(line: Buffer): AssistantLine | undefined {
  if (line.length > MAX_SCAN_BYTES) return undefined;
  const data = lineScanner()?.read(line);
  return data === undefined || data.message.model === '<synthetic>' ? undefined : data;
}
