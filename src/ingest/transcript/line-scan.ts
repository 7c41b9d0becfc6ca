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
  toolUseResult: 28,
} as const;
const FIELDS = 29;

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
  Memory: new (descriptor: { initial: number; maximum: number; shared: boolean }) => WasmMemory;
}

interface WasmMemory {
  buffer: ArrayBufferLike;
  grow(pages: number): number;
}

/** The module's memory, in 64 KiB pages: at first, and at most (scripts/build-wasm.mjs). */
const INITIAL_PAGES = 2;
const MAXIMUM_PAGES = 16384;
const PAGE_BYTES = 65536;

interface Global {
  value: number;
}

interface Exports {
  scan(start: number, length: number): number;
  next(from: number, end: number): number;
  OUT: Global;
  NUM: Global;
  INPUT: Global;
  FOUND: Global;
  SHARED_MAX: Global;
}

/** What `LineScanner.next` found at the line it stopped at (see `next` in wasm/line-scan.ts). */
export const Found = {
  /** No whole line is left. */
  end: 0,
  /** A usage line the scanner read: `scannedLine()` gives it. */
  scanned: 1,
  /** A line to read the ordinary way. */
  show: 2,
  /** A line to read the ordinary way that the scanner has already tried: not worth a second try. */
  showScanned: 3,
  /** A user prompt the scanner read: `promptEnvelope()` gives what the reader needs of it. */
  prompt: 4,
} as const;
export type Found = (typeof Found)[keyof typeof Found];

export class LineScanner {
  private readonly memory: WasmMemory;
  private readonly exports: Exports;
  private readonly out: number;
  private readonly num: number;
  private readonly input: number;
  private readonly found: number;
  private readonly sharedMax: number;
  /**
   * The memory from `input` on: the read-ahead ring first, when one was made here (`ring`), then
   * a chunk copied in for `next`, then a line copied in for `read`.
   */
  private ringBytes = 0;
  private ringInUse = false;
  /** The buffer the ring's chunks are views of: those are scanned where they are. */
  private ringBuffer: ArrayBufferLike | undefined;
  /** The loaded chunk: where it ends in this memory, and what to add to an offset in it. */
  private loadedEnd = 0;
  private shift = 0;
  /** Where a line is copied in for `read`, past the loaded chunk. */
  private lineAt = 0;
  /** Counts loads, so a reader can tell whether the chunk it loaded is still there. */
  private loads = 0;
  /** After `next`: the lines passed over, where the line it stopped at starts and the next one. */
  passed = 0;
  start = 0;
  after = 0;
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
    this.memory = new wasm.Memory({ initial: INITIAL_PAGES, maximum: MAXIMUM_PAGES, shared: true });
    this.exports = new wasm.Instance(module, { env: { memory: this.memory } }).exports as Exports;
    this.out = this.exports.OUT.value;
    this.num = this.exports.NUM.value;
    this.input = this.exports.INPUT.value;
    this.found = this.exports.FOUND.value;
    this.sharedMax = this.exports.SHARED_MAX.value;
    this.lineAt = this.input;
    this.bytes = Buffer.alloc(0);
    this.slots = new Int32Array(0);
    this.numbers = new Float64Array(0);
    this.views();
  }

  /**
   * `bytes` of this memory for the read-ahead ring, so the chunks read into it are scanned where
   * they are, without a copy; undefined while another ring holds them. Give it back with
   * `releaseRing` once nothing writes to it any more.
   */
  ring(bytes: number): Buffer | undefined {
    if (this.ringInUse || (this.ringBytes !== 0 && bytes > this.ringBytes)) return undefined;
    if (this.ringBytes === 0) {
      if (!this.reserve(this.input + bytes)) return undefined;
      this.ringBytes = bytes;
      this.ringBuffer = this.memory.buffer;
      // What was loaded after `input` is now under the ring.
      this.loads += 1;
      this.lineAt = this.input + bytes;
    }
    this.ringInUse = true;
    return Buffer.from(this.ringBuffer as ArrayBuffer, this.input, bytes);
  }

  releaseRing(): void {
    this.ringInUse = false;
  }

  /** The usage line `line`, scanned on its own; see `scanAssistantLine`. */
  read(line: Buffer): AssistantLine | undefined {
    if (line.length > MAX_SCAN_BYTES || !this.reserve(this.lineAt + line.length)) return undefined;
    this.bytes.set(line, this.lineAt);
    return this.exports.scan(this.lineAt, line.length) === 1 ? this.scannedLine() : undefined;
  }

  /**
   * Loads `chunk` from `from` on, for `next` to walk its lines: a chunk of the ring is scanned
   * where it is, any other is copied in. Returns a number that `holds` tells apart from any later
   * load, or undefined when the memory cannot hold the chunk.
   */
  load(chunk: Buffer, from: number): number | undefined {
    if (this.ringBuffer !== undefined && chunk.buffer === this.ringBuffer) {
      this.shift = chunk.byteOffset;
      this.loadedEnd = chunk.byteOffset + chunk.length;
      this.lineAt = this.input + this.ringBytes;
    } else {
      const at = this.input + this.ringBytes;
      const length = chunk.length - from;
      if (!this.reserve(at + length)) return undefined;
      this.bytes.set(chunk.subarray(from), at);
      this.shift = at - from;
      this.loadedEnd = at + length;
      this.lineAt = this.loadedEnd;
    }
    this.loads += 1;
    return this.loads;
  }

  /** Whether the chunk of load `load` is still the one loaded. */
  holds(load: number): boolean {
    return load === this.loads;
  }

  /**
   * Passes over the whole lines from `from` (a line start in the loaded chunk) that a transcript
   * reader does nothing with, and says what the line it stopped at is. `passed`, `start` and
   * `after` then tell the lines passed over, and where that line and the next one start.
   */
  next(from: number): Found {
    const shift = this.shift;
    const found = this.exports.next(from + shift, this.loadedEnd) as Found;
    const at = this.found >> 2;
    this.passed = this.slots[at] ?? 0;
    this.start = (this.slots[at + 1] ?? 0) - shift;
    this.after = (this.slots[at + 2] ?? 0) - shift;
    return found;
  }

  /**
   * The line the scanner last accepted, as `JSON.parse` and the checks would give it, or undefined
   * when it must be parsed the ordinary way after all. Call once per accepted line: it keeps the
   * strings shared from line to line in step with the scanner.
   */
  scannedLine(): AssistantLine | undefined {
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
    return isAssistantLine(value) && value.message.model !== SYNTHETIC_MODEL ? value : undefined;
  }

  /** Grows the memory to hold `bytes`; false when it cannot. */
  /**
   * The user prompt `next` stopped at (`Found.prompt`), as `JSON.parse` would give the members the
   * reader reads of it: its envelope, and whether it has a `toolUseResult` (given as `true`). Its
   * message is left out: no key of the line is `tool_use_id`, so the message holds no tool
   * result. Undefined when one of the members is an object or an array: the ordinary way then
   * reads the line, and says what is wrong with it.
   */
  promptEnvelope(): Record<string, unknown> | undefined {
    const envelope: Record<string, unknown> = {
      type: this.value(F.type),
      subtype: this.value(F.subtype),
      sessionId: this.value(F.sessionId),
      timestamp: this.value(F.timestamp),
      gitBranch: this.value(F.gitBranch),
      cwd: this.value(F.cwd),
      version: this.value(F.version),
      isSidechain: this.value(F.isSidechain),
      isMeta: this.value(F.isMeta),
      isCompactSummary: this.value(F.isCompactSummary),
      toolUseResult: this.kind(F.toolUseResult) === ABSENT ? undefined : true,
    };
    for (const key in envelope) if (envelope[key] === NOT_SCALAR) return undefined;
    return envelope;
  }

  private reserve(bytes: number): boolean {
    if (bytes <= this.bytes.length) return true;
    try {
      this.memory.grow(Math.ceil((bytes - this.bytes.length) / PAGE_BYTES));
    } catch {
      return false;
    }
    this.views();
    return true;
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
    const buffer = this.memory.buffer as ArrayBuffer;
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

/** Placeholder messages for API errors: left to the ordinary way, which tells them apart. */
const SYNTHETIC_MODEL = '<synthetic>';

/** One scanner per thread, made on first use; null when this runtime cannot run it. */
let scanner: LineScanner | null | undefined;

export function lineScanner(): LineScanner | null {
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
  return lineScanner()?.read(line);
}

/** A ring for the read-ahead thread in the scanner's memory (see `LineScanner.ring`). */
export function scannerRing(bytes: number): { buffer: Buffer; release(): void } | undefined {
  const scanner = lineScanner();
  const buffer = scanner?.ring(bytes);
  return scanner === null || scanner === undefined || buffer === undefined
    ? undefined
    : { buffer, release: () => scanner.releaseRing() };
}
