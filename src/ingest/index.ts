import { closeSync, openSync, readSync } from 'node:fs';
import type { SessionRecord } from '../records/schema.js';
import { mergeRecords } from '../records/write.js';
import { fingerprints, type Fingerprints } from './cache/fingerprint.js';
import { collectTranscripts } from './collect.js';
import { exportParser } from './export/index.js';
import { recordParser } from './record/index.js';
import { resultParser } from './result/index.js';
import { parseTranscriptPart, transcriptParser } from './transcript/index.js';
import type { FileResult, Format, Parser, Skipped } from './types.js';
import { READ_NO_FOLLOW } from './lines.js';
import { walkInputs, type FoundFile, type WalkOptions } from './walk.js';
import { readAll, type Outcome, type ParallelOptions, type ReadTask } from './worker-pool.js';

/** Detection order matters: the most specific formats first, transcripts last. */
export const PARSERS: readonly Parser[] = [recordParser, resultParser, exportParser, transcriptParser];

const HEAD_BYTES = 64 * 1024;
const FIRST_READ_BYTES = 4 * 1024;

export interface IngestOptions extends WalkOptions {
  /** `claude-cost <version>`, stamped on sessions built from raw logs. */
  recordedBy: string;
  maxJsonBytes: number;
  /** Only these formats are read (e.g. `record` reads transcripts only). */
  formats?: readonly Format[];
  /** Worker threads for large inputs (tests pin them; the default follows the CPUs). */
  parallel?: ParallelOptions;
}

export interface IngestResult {
  sessions: SessionRecord[];
  skipped: Skipped[];
  /** Plain-language facts about the data, for the report's data notes. */
  notes: string[];
  /** Per file: which format it was read as. */
  files: Array<{ file: string; format: Format }>;
  /** Raw per-file results, for callers that need more than sessions (e.g. `record`'s cwd filter). */
  results: FileResult[];
}

export const DEFAULT_LIMITS = {
  maxFileBytes: 8 * 1024 ** 4,
  maxJsonBytes: 64 * 1024 ** 2,
} as const;

/** Read every supported input under `paths` and return one list of sessions. */
export async function ingestPaths(paths: readonly string[], options: IngestOptions): Promise<IngestResult> {
  const walked = await walkInputs(paths, options);
  const skipped: Skipped[] = [...walked.skipped];
  const notes: string[] = [];
  const files: IngestResult['files'] = [];
  const results: FileResult[] = [];
  const task: ReadTask = {
    formats: PARSERS.map((p) => p.format).filter((f) => options.formats === undefined || options.formats.includes(f)),
    maxJsonBytes: options.maxJsonBytes,
  };
  let unrecognised = 0;

  const outcomes = await readAll(walked.files, task, readInput, options.parallel);
  walked.files.forEach((file, index) => {
    const outcome = outcomes[index];
    if (outcome === undefined) {
      unrecognised++;
      return;
    }
    files.push({ file: file.displayName, format: outcome.format });
    results.push(outcome.result);
    skipped.push(...outcome.result.skipped);
  });
  if (files.length > 0) notes.push(describeFiles(files));
  if (unrecognised > 0) {
    notes.push(
      `${unrecognised} file${unrecognised === 1 ? '' : 's'} in a supported extension but no recognised format were ignored.`,
    );
  }

  const transcripts = collectTranscripts(
    results.filter((r) => r.format === 'transcript'),
    options.recordedBy,
  );
  const others = results.filter((r) => r.format !== 'transcript').flatMap((r) => r.sessions);
  const sessions = chooseSources([...transcripts.sessions, ...others], notes);
  return { sessions, skipped, notes, files, results };
}

/**
 * Detects one file's format and parses it: the unit of work, on the main thread or a worker.
 * `chunks`, when given, are the file's bytes from its start offset, already being read.
 */
export async function readInput(file: FoundFile, task: ReadTask, chunks?: Iterable<Buffer>): Promise<Outcome> {
  const options = { displayName: file.displayName, maxJsonBytes: task.maxJsonBytes };
  let bytes = chunks?.[Symbol.iterator]();
  let parser: Parser | undefined = transcriptParser;
  if (file.start === undefined) {
    // The head comes from the first chunk when it holds enough of it (or the whole file, as the
    // walk saw it); else it is read here.
    const first = bytes?.next();
    const head = first === undefined || first.done === true ? undefined : first.value;
    const whole = head !== undefined && (head.length >= HEAD_BYTES || head.length === file.size);
    parser = detectFormat(file.path, readableParsers(task), whole ? head : undefined);
    if (bytes !== undefined && head !== undefined) bytes = withFirst(head, bytes);
  }
  if (parser === undefined) return undefined;
  if (parser === transcriptParser) {
    // Transcripts say where a later read resumes, for the incremental cache.
    const read = { ...file.start, chunks: bytes === undefined ? undefined : { [Symbol.iterator]: () => bytes } };
    const { result, resume, committed } = parseTranscriptPart(file.path, options, read);
    const marks = task.fingerprints === true ? fingerprintsOrUndefined(file.path, resume.offset) : undefined;
    return { format: 'transcript', result, resume: { point: resume, committed, marks } };
  }
  return { format: parser.format, result: await parser.parse(file.path, options) };
}

/** `first`, then the rest of `rest`. */
function* withFirst(first: Buffer, rest: Iterator<Buffer>): Generator<Buffer, void, undefined> {
  yield first;
  for (let next = rest.next(); next.done !== true; next = rest.next()) yield next.value;
}

function fingerprintsOrUndefined(path: string, offset: number): Fingerprints | undefined {
  try {
    return fingerprints(path, offset);
  } catch {
    return undefined;
  }
}

function readableParsers(task: ReadTask): readonly Parser[] {
  return task.formats.length === PARSERS.length ? PARSERS : PARSERS.filter((p) => task.formats.includes(p.format));
}

/** Decoded before the next read, so one buffer serves every file (per thread). */
const headBuffer = Buffer.alloc(HEAD_BYTES);

/** `head`: the file's first bytes, when the caller has at least HEAD_BYTES of them already. */
function detectFormat(path: string, parsers: readonly Parser[], head?: Buffer): Parser | undefined {
  if (head !== undefined) return detectFromHead(path, parsers, head, head.length);
  const fd = openSync(path, READ_NO_FOLLOW);
  try {
    // Most files are told by a short first line: read a little first, the rest only if needed.
    let bytesRead = readSync(fd, headBuffer, 0, FIRST_READ_BYTES, 0);
    if (headLength(path, headBuffer, bytesRead) === FIRST_READ_BYTES) {
      bytesRead += readSync(fd, headBuffer, bytesRead, HEAD_BYTES - bytesRead, bytesRead);
    }
    return detectFromHead(path, parsers, headBuffer, bytesRead);
  } finally {
    closeSync(fd);
  }
}

function detectFromHead(
  path: string,
  parsers: readonly Parser[],
  bytes: Buffer,
  available: number,
): Parser | undefined {
  const length = headLength(path, bytes, Math.min(available, HEAD_BYTES));
  let head = bytes.toString('utf8', 0, length);
  if (head.charCodeAt(0) === 0xfeff) head = head.slice(1);
  return parsers.find((p) => p.detect(path, head));
}

/**
 * How much of the head the detectors need. JSON Lines formats are told apart by their first
 * object, so a `.jsonl` file's head is its first line (unless that line is a lone `{`, the start
 * of a pretty-printed object): decoding 64 KiB of tool output per transcript was a measurable
 * part of reading a large tree.
 */
function headLength(path: string, head: Buffer, bytesRead: number): number {
  if (!/\.(?:jsonl|ndjson)$/i.test(path)) return bytesRead;
  const newline = head.indexOf(0x0a);
  if (newline === -1 || newline >= bytesRead) return bytesRead;
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  return head.toString('latin1', bom, newline).trim() === '{' ? bytesRead : newline + 1;
}

/**
 * The same session can arrive in several forms. A result object's `modelUsage` is the better
 * truth (transcripts undercount output and miss background calls), then raw transcripts, then
 * committed records; records of the same (session, branch) are merged, never double counted.
 */
const PRIORITY: Record<SessionRecord['source']['format'], number> = {
  result: 0,
  transcript: 1,
  record: 2,
  export: 3,
};

function chooseSources(sessions: SessionRecord[], notes: string[]): SessionRecord[] {
  const bestFormat = new Map<string, SessionRecord['source']['format']>();
  for (const s of sessions) {
    const current = bestFormat.get(s.sessionId);
    if (current === undefined || PRIORITY[s.source.format] < PRIORITY[current]) {
      bestFormat.set(s.sessionId, s.source.format);
    }
  }
  const kept = new Map<string, SessionRecord>();
  const replaced = new Set<string>();
  for (const s of sessions) {
    if (bestFormat.get(s.sessionId) !== s.source.format) {
      replaced.add(s.sessionId);
      continue;
    }
    const key = `${s.sessionId}\u0000${s.branch ?? ''}`;
    const existing = kept.get(key);
    kept.set(key, existing === undefined ? s : mergeRecords(existing, s));
  }
  for (const id of [...replaced].sort()) {
    const format = bestFormat.get(id);
    if (format === 'result') {
      notes.push(`Session ${id}: Claude Code's result object was used instead of its transcript or record.`);
    } else {
      notes.push(`Session ${id}: read from its ${format}; other copies of it were not counted again.`);
    }
  }
  return [...kept.values()].sort(compareSessions);
}

export function compareSessions(a: SessionRecord, b: SessionRecord): number {
  const at = a.startedAt ?? '';
  const bt = b.startedAt ?? '';
  if (at !== bt) return at < bt ? -1 : 1;
  return a.sessionId < b.sessionId ? -1 : a.sessionId > b.sessionId ? 1 : 0;
}

const FORMAT_NAMES: Record<Format, [string, string]> = {
  record: ['session record', 'session records'],
  transcript: ['Claude Code transcript', 'Claude Code transcripts'],
  result: ['Claude Code result object', 'Claude Code result objects'],
  export: ['per-message export', 'per-message exports'],
};

function describeFiles(files: IngestResult['files']): string {
  const counts = new Map<Format, number>();
  for (const f of files) counts.set(f.format, (counts.get(f.format) ?? 0) + 1);
  const parts = [...counts].map(([format, n]) => `${n} ${FORMAT_NAMES[format][n === 1 ? 0 : 1]}`);
  return `Read ${parts.join(', ')}.`;
}
