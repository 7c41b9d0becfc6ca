import { basename, dirname, extname } from 'node:path';
import { DEFAULT_MAX_LINE_BYTES, linesOf, readLinesSync, type Line, type LineTaker } from '../lines.js';
import { emptyFileResult, type FileResult, type ParseOptions, type RequestEvent, type Skipped } from '../types.js';
import {
  endsLikeAssistantLine,
  hasCompactBoundary,
  hasUsage,
  isBlank,
  leadingType,
  looksLikeObject,
  looksLikeUserPrompt,
  opensPrettyObject,
  startsAtColumnZero,
  userLineLooksLikePrompt,
} from './bytes.js';
import { SessionFactsTable } from './facts.js';
import { parseJsonLine } from './json.js';
import { PrettyObject, PRETTY_MAX_LINES } from './pretty.js';
import { checkAssistantLine, checkEnvelope, isIdentifier } from './check.js';
import { normaliseGeo, replaces, toRequest } from './request.js';
import { Found, lineScanner, scanAssistantLine, type LineScanner } from './line-scan.js';
import { identifier, type AssistantLine, type Envelope } from './schema.js';

export interface TranscriptTuning {
  /** Read size for the line reader (tests use small chunks to exercise long lines). */
  chunkSize?: number;
  /**
   * Parse every line whole, decoded as UTF-8 (tests check `parseJsonLine` and the line scanner
   * change nothing).
   */
  plainJson?: boolean;
}

/**
 * Where to start reading: a `ResumePoint` an earlier read of the same file returned, so a file
 * that only grew is read from where the last read stopped. Defaults: the start of the file.
 */
export interface TranscriptStart {
  startOffset?: number;
  /** Lines before `startOffset`. */
  startLine?: number;
  /** The session and branch the file was last on, for a large prompt counted without parsing. */
  lastSession?: string | undefined;
  lastBranch?: string;
}

export interface TranscriptReadOptions extends TranscriptTuning, TranscriptStart {
  /**
   * The file's bytes from `startOffset` on, already being read (`read-ahead.ts`); by default the
   * file is read here.
   */
  chunks?: Iterable<Buffer>;
}

/**
 * The end of the last complete line read, past which nothing was left pending: the next read
 * resumes here. A last line without its newline (a transcript cut mid-write) and a pretty-printed
 * object still open at the end are not behind it: they are read again next time, whole.
 */
export interface ResumePoint {
  offset: number;
  line: number;
  lastSession: string | undefined;
  lastBranch: string;
}

export interface TranscriptPart {
  /** Everything from the start point to the end of the file, as a one-shot parse reports it. */
  result: FileResult;
  resume: ResumePoint;
  /**
   * What `result` holds up to `resume` only, when the read went past it (a cut last line, an open
   * pretty-printed object); undefined when `result` ends at `resume`.
   */
  committed: FileResult | undefined;
}

/** Small enough to parse just to read a prompt's or compaction's session, branch and time. */
export const SMALL_LINE_BYTES = 64 * 1024;

/** Line types Claude Code writes that are not API requests, even when they nest a `usage`. */
export const NON_REQUEST_TYPES = new Set([
  'user',
  'system',
  'summary',
  'progress',
  'file-history-snapshot',
  'queue-operation',
  'custom-title',
  'attachment',
]);

/** The model Claude Code writes on placeholder messages for API errors; zero usage. */
const SYNTHETIC_MODEL = '<synthetic>';

export async function parseTranscriptFile(
  path: string,
  options: ParseOptions,
  read: TranscriptReadOptions = {},
): Promise<FileResult> {
  return parseTranscriptPart(path, options, read).result;
}

/** Reads are synchronous (see `readLinesSync`); the async twin is for the `Parser` contract. */
export function parseTranscriptFileSync(
  path: string,
  options: ParseOptions,
  read: TranscriptReadOptions = {},
): FileResult {
  return parseTranscriptPart(path, options, read).result;
}

/**
 * Parses a transcript from `read.startOffset` (default: its start) to its end, and says where a
 * later read should resume. Line numbers in the result are the file's own, from `startLine`.
 */
export function parseTranscriptPart(
  path: string,
  options: ParseOptions,
  read: TranscriptReadOptions = {},
): TranscriptPart {
  const startOffset = read.startOffset ?? 0;
  const startLine = read.startLine ?? 0;
  const reader = new TranscriptReader(path, options.displayName, read.plainJson === true, {
    offset: startOffset,
    line: startLine,
    lastSession: read.lastSession,
    lastBranch: read.lastBranch ?? '',
  });
  let committed: FileResult | undefined;
  const lineOptions = { startOffset, startLine, taker: reader.taker() };
  const lines =
    read.chunks === undefined
      ? readLinesSync(path, { ...lineOptions, chunkSize: read.chunkSize })
      : linesOf(read.chunks, lineOptions);
  for (const line of lines) {
    // Only the last line can be unterminated: keep what the file said before it.
    if (!line.terminated) committed = reader.snapshot(reader.resume.line);
    reader.read(line);
  }
  // Lines gathered into a still-open pretty object changed nothing but the line count.
  if (committed === undefined && reader.prettyOpen) committed = reader.snapshot(reader.resume.line);
  return { result: reader.finish(), resume: { ...reader.resume }, committed };
}

class TranscriptReader implements LineTaker {
  private readonly result = emptyFileResult('transcript');
  private readonly facts = new SessionFactsTable();
  private readonly requests: RequestEvent[] = [];
  /**
   * message.id → index in `requests` of the first request with that id. Almost every id has one
   * requestId, so the pair is checked on a hit; the rare other pairs live in `seenPairs`. No
   * key string is built per line.
   */
  private readonly seen = new Map<string, number>();
  private readonly seenPairs = new Map<string, number>();
  private readonly inSubagentsDir: boolean;
  /** Fallback session id: the file stem, or `<session>` for `<session>/subagents/agent-*.jsonl`. */
  private readonly stemSession: string | undefined;
  /** The session and branch of the last valid line (read by `parseTranscriptPart`). */
  lastSession: string | undefined;
  lastBranch: string;
  private pretty: PrettyObject | undefined;
  private previous: RequestEvent | undefined;
  /** Past the last terminated line read with no pretty object open: where a later read resumes. */
  readonly resume: ResumePoint;
  /** For `take`: the load of the scanner that holds the chunk, and that chunk's number. */
  private load = -1;
  private chunkNo = -1;
  /** A line the scanner already tried and left: it is not scanned a second time. */
  private tried = -1;
  /** After `take`: where the first line it left starts. */
  takenEnd = 0;

  constructor(
    path: string,
    private readonly file: string,
    private readonly plainJson: boolean,
    start: ResumePoint,
  ) {
    const parent = dirname(path);
    this.inSubagentsDir = basename(parent) === 'subagents';
    const stem = this.inSubagentsDir ? basename(dirname(parent)) : basename(path, extname(path));
    this.stemSession = identifier.safeParse(stem).success ? stem : undefined;
    this.result.linesRead = start.line;
    this.lastSession = start.lastSession;
    this.lastBranch = start.lastBranch;
    this.resume = { ...start };
  }

  /** Reading runs of lines in the scanner (`take`), unless lines are to be parsed whole. */
  taker(): LineTaker | undefined {
    return this.plainJson ? undefined : this;
  }

  /**
   * `LineTaker`: the lines from `start` that the scanner reads as `read` would, in one call for a
   * run of them: the lines `read` passes over (tool results, snapshots, progress; most of a
   * transcript's bytes), and the usage lines and user prompts it reads. It stops at any other
   * line, which `read` then gets, and while a pretty-printed object is open.
   */
  take(chunk: Buffer, chunkNo: number, start: number, line: number, offset: number): number {
    const scanner = this.pretty === undefined ? lineScanner() : null;
    if (scanner === null) return 0;
    if (chunkNo !== this.chunkNo || !scanner.holds(this.load)) {
      const load = scanner.load(chunk, start);
      if (load === undefined) return 0;
      this.load = load;
      this.chunkNo = chunkNo;
    }
    let at = start;
    let lineNo = line;
    for (;;) {
      const found = scanner.next(at);
      lineNo += scanner.passed;
      at = scanner.start;
      if ((found === Found.scanned || found === Found.prompt) && this.readScanned(scanner, found, lineNo + 1)) {
        lineNo += 1;
        at = scanner.after;
        continue;
      }
      if (found === Found.scanned || found === Found.showScanned) this.tried = lineNo + 1;
      break;
    }
    if (lineNo === line) return 0;
    this.result.linesRead = lineNo;
    this.takenEnd = at;
    this.resumeAt(offset + at - start, lineNo);
    return lineNo - line;
  }

  /**
   * Line `line`, which the scanner read (a usage line or a user prompt), taken as `read` takes it;
   * false when the checks leave it to the ordinary way after all.
   */
  private readScanned(scanner: LineScanner, found: Found, line: number): boolean {
    if (found === Found.scanned) {
      const data = scanner.scannedLine();
      if (data !== undefined) this.addAssistant(data, line);
      return data !== undefined;
    }
    const envelope = scanner.promptEnvelope();
    if (envelope !== undefined) this.handleOther(envelope, line);
    return envelope !== undefined;
  }

  get prettyOpen(): boolean {
    return this.pretty !== undefined;
  }

  /** A copy of the result so far, as if the file ended after line `linesRead`. */
  snapshot(linesRead: number): FileResult {
    return {
      ...this.result,
      requests: this.requests.slice(),
      facts: this.facts.copy(),
      skipped: this.result.skipped.slice(),
      linesRead,
    };
  }

  read(line: Line): void {
    this.readLine(line);
    if (line.terminated && this.pretty === undefined) this.resumeAt(line.end, line.line);
  }

  private resumeAt(offset: number, line: number): void {
    this.resume.offset = offset;
    this.resume.line = line;
    this.resume.lastSession = this.lastSession;
    this.resume.lastBranch = this.lastBranch;
  }

  private readLine({ line, bytes, terminated, oversized }: Line): void {
    this.result.linesRead = line;
    if (oversized) {
      this.skip(line, `line is longer than ${DEFAULT_MAX_LINE_BYTES / 1024 / 1024} MiB and was not read`);
      return;
    }
    if (this.pretty) {
      if (!startsAtColumnZero(bytes)) {
        this.continuePretty(this.pretty, bytes);
        return;
      }
      // A new unindented object: the pretty one was cut off. Do not swallow the lines after it.
      this.skip(this.pretty.startLine, 'pretty-printed object is not closed');
      this.pretty = undefined;
    }
    if (isBlank(bytes)) return;
    if (opensPrettyObject(bytes)) {
      this.pretty = new PrettyObject(line);
      this.pretty.add(bytes);
      return;
    }
    if (!looksLikeObject(bytes)) {
      this.skip(line, terminated ? 'not valid JSON' : 'truncated last line');
      return;
    }
    const type = leadingType(bytes);
    if (type !== undefined && NON_REQUEST_TYPES.has(type)) {
      this.readNonRequest(type, bytes, line, terminated);
      return;
    }
    // A line the scanner reads has a message.usage: the `hasUsage` branch below, taken sooner.
    const scanned = this.scanUsageLine(bytes, line);
    if (scanned !== undefined) {
      this.addAssistant(scanned, line);
    } else if (hasUsage(bytes)) {
      this.parseLine(bytes, line, terminated, true);
    } else if (bytes.length < SMALL_LINE_BYTES && hasCompactBoundary(bytes)) {
      this.parseLine(bytes, line, terminated, false);
    } else if (looksLikeUserPrompt(bytes)) {
      if (bytes.length < SMALL_LINE_BYTES) this.parseLine(bytes, line, terminated, false);
      else this.countLargePrompt(line);
    }
  }

  /**
   * The usage line read by the scanner (`line-scan.ts`), or undefined when it is left to
   * `JSON.parse`. Only lines that look like assistant lines are tried: searching a line for
   * `"usage"` cost as much as scanning it, and an assistant line that scans needs no search.
   */
  private scanUsageLine(bytes: Buffer, line: number): AssistantLine | undefined {
    if (this.plainJson || line === this.tried || !endsLikeAssistantLine(bytes)) return undefined;
    return scanAssistantLine(bytes);
  }

  /**
   * A line whose type says it is no API request: only a user prompt or a compaction boundary
   * counts anything, and every other line (tool results, snapshots, progress) is passed over
   * unread, however large, even when a nested tool result or subagent message holds a `usage`.
   */
  private readNonRequest(type: string, bytes: Buffer, line: number, terminated: boolean): void {
    if (type === 'user') {
      if (!userLineLooksLikePrompt(bytes)) return;
      if (bytes.length < SMALL_LINE_BYTES) this.parseLine(bytes, line, terminated, false);
      else this.countLargePrompt(line);
    } else if (type === 'system' && bytes.length < SMALL_LINE_BYTES && hasCompactBoundary(bytes)) {
      this.parseLine(bytes, line, terminated, false);
    }
  }

  finish(): FileResult {
    if (this.pretty) this.skip(this.pretty.startLine, 'pretty-printed object is not closed');
    this.pretty = undefined;
    this.result.requests = this.requests;
    this.result.facts = this.facts.all();
    return this.result;
  }

  private continuePretty(pretty: PrettyObject, bytes: Buffer): void {
    const state = pretty.add(bytes);
    if (state === 'open') return;
    this.pretty = undefined;
    if (state === 'too-big') {
      this.skip(pretty.startLine, `pretty-printed object over ${PRETTY_MAX_LINES} lines or 8 MiB`);
      return;
    }
    const text = pretty.text();
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      this.skip(pretty.startLine, 'not valid JSON');
      return;
    }
    this.handle(value, pretty.startLine, text.includes('"usage"'));
  }

  private parseLine(bytes: Buffer, line: number, terminated: boolean, withUsage: boolean): void {
    let value: unknown;
    try {
      value = this.plainJson ? JSON.parse(bytes.toString('utf8')) : parseJsonLine(bytes);
    } catch {
      // The parser's message quotes the line; never pass it on.
      this.skip(line, terminated ? 'not valid JSON' : 'truncated last line');
      return;
    }
    this.handle(value, line, withUsage);
  }

  private handle(value: unknown, line: number, withUsage: boolean): void {
    if (!isRecord(value)) {
      this.skip(line, 'not a JSON object');
      return;
    }
    const type = value.type;
    if (type === 'assistant') {
      if (withUsage) this.handleAssistant(value, line);
    } else if (typeof type === 'string' && NON_REQUEST_TYPES.has(type)) {
      this.handleOther(value, line);
    } else if (withUsage) {
      this.skip(line, 'unknown line type');
    }
  }

  private handleAssistant(value: Record<string, unknown>, line: number): void {
    const message = value.message;
    if (isRecord(message) && message.model === SYNTHETIC_MODEL) {
      const envelope = checkEnvelope(value);
      if (envelope.ok) this.noteEnvelope(envelope.data);
      return;
    }
    const parsed = checkAssistantLine(value);
    if (!parsed.ok) return this.skip(line, parsed.reason);
    this.addAssistant(parsed.data, line);
  }

  /** A checked usage line that is not a `<synthetic>` placeholder. */
  private addAssistant(data: AssistantLine, line: number): void {
    if (!isIdentifier(data.message.model)) {
      return this.skip(line, 'model id is not an identifier');
    }
    const geo = normaliseGeo(data.message.usage.inference_geo);
    if (geo === undefined) return this.skip(line, 'message.usage.inference_geo is not a region code');
    const sessionId = this.noteEnvelope(data);
    if (sessionId === undefined) return this.skip(line, 'sessionId is not an identifier');
    const ctx = { sessionId, inSubagentsDir: this.inSubagentsDir, file: this.file, line };
    this.addRequest(toRequest(data, geo, ctx));
  }

  private handleOther(value: Record<string, unknown>, line: number): void {
    const isPrompt = !this.inSubagentsDir && isUserPrompt(value);
    const isCompaction = value.type === 'system' && value.subtype === 'compact_boundary';
    const counted = isPrompt || isCompaction;
    const parsed = checkEnvelope(value);
    if (!parsed.ok) {
      // Lines that count nothing are not worth a warning.
      if (counted) this.skip(line, parsed.reason);
      return;
    }
    const sessionId = this.noteEnvelope(parsed.data);
    if (sessionId === undefined) {
      if (counted) this.skip(line, 'sessionId is not an identifier');
      return;
    }
    if (isPrompt) this.facts.addTurn(sessionId, parsed.data.gitBranch ?? '');
    if (isCompaction) this.facts.addCompaction(sessionId);
  }

  /** A prompt too large to parse (pasted images, documents): count it where the file last was. */
  private countLargePrompt(line: number): void {
    if (this.inSubagentsDir) return;
    const sessionId = this.lastSession ?? this.stemSession;
    if (sessionId === undefined) return this.skip(line, 'sessionId is not an identifier');
    this.facts.addTurn(sessionId, this.lastBranch);
  }

  /** Updates the session's facts from a valid line; returns its session id. */
  private noteEnvelope(envelope: Envelope): string | undefined {
    const sessionId = envelope.sessionId ?? this.stemSession;
    if (sessionId === undefined) return undefined;
    this.lastSession = sessionId;
    this.lastBranch = envelope.gitBranch ?? '';
    this.facts.seen(
      sessionId,
      envelope.timestamp ?? undefined,
      envelope.version || undefined,
      envelope.cwd || undefined,
    );
    return sessionId;
  }

  private addRequest(event: RequestEvent): void {
    this.shareStrings(event);
    const { messageId, requestId } = event;
    if (messageId === undefined) {
      this.requests.push(event);
      return;
    }
    let index = this.seen.get(messageId);
    if (index === undefined) {
      this.seen.set(messageId, this.requests.length);
    } else if (this.requests[index]?.requestId !== requestId) {
      const pair = `${messageId}\u0000${requestId ?? ''}`;
      index = this.seenPairs.get(pair);
      if (index === undefined) this.seenPairs.set(pair, this.requests.length);
    }
    if (index === undefined) {
      this.requests.push(event);
      return;
    }
    this.result.duplicatesDropped += 1;
    const kept = this.requests[index];
    if (kept && replaces(event, kept)) this.requests[index] = event;
  }

  /**
   * Each parsed line brings its own copy of the session id, model, branch, cwd and version; keep
   * the previous request's copy instead, so a file's thousands of requests share one of each.
   */
  private shareStrings(event: RequestEvent): void {
    const previous = this.previous;
    this.previous = event;
    if (previous === undefined) return;
    if (event.sessionId === previous.sessionId) event.sessionId = previous.sessionId;
    if (event.model === previous.model) event.model = previous.model;
    if (event.branch === previous.branch) event.branch = previous.branch;
    if (event.cwd === previous.cwd) event.cwd = previous.cwd;
    if (event.toolVersion === previous.toolVersion) event.toolVersion = previous.toolVersion;
  }

  private skip(line: number, reason: string): void {
    const entry: Skipped = { file: this.file, line, reason };
    this.result.skipped.push(entry);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object-level twin of `looksLikeUserPrompt`, for lines that were parsed anyway. */
function isUserPrompt(value: Record<string, unknown>): boolean {
  if (value.type !== 'user') return false;
  if (value.isMeta === true || value.isSidechain === true || value.isCompactSummary === true) {
    return false;
  }
  if (value.toolUseResult !== undefined) return false;
  const message = value.message;
  const content = isRecord(message) ? message.content : undefined;
  return !(Array.isArray(content) && content.some((b) => isRecord(b) && 'tool_use_id' in b));
}
