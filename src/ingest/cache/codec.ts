import type { ResumePoint } from '../transcript/parse.js';
import { isIdentifier } from '../transcript/check.js';
import { normaliseGeo } from '../transcript/request.js';
import type { FileResult, RequestEvent, Skipped, TranscriptSessionFacts } from '../types.js';
import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import { hasPackedShape, packRequests, unpackRequests, type PackedRequests } from '../worker-transfer.js';
import type { FileStamp, Fingerprints } from './fingerprint.js';

/**
 * One cache file's text. It holds numbers, identifiers and the fields a `RequestEvent` has
 * (ids, times, model, branch, working directory), never transcript content. Anything that is not
 * exactly what this version writes is ignored whole: the cost of a bad cache is one full read.
 */
export const CACHE_FORMAT = 'claude-cost/transcript-cache';
/** Bump on any change to what is stored or how a transcript is read into it. */
export const CACHE_VERSION = 2;

/** What a transcript's first `resume.offset` bytes were read into. */
export interface CachedPart {
  linesRead: number;
  duplicatesDropped: number;
  skipped: Array<{ line: number; reason: string }>;
  facts: TranscriptSessionFacts[];
  /** Hashes of the requests' message ids: what links files whose requests deduplicate. */
  ids: Float64Array;
  /**
   * The requests, packed as for a worker (`worker-transfer.ts`) and serialised; decoded only
   * when wanted, and checked then (`cachedRequests`). In memory after a read, as they are.
   */
  requests: { events: RequestEvent[] } | { blob: Uint8Array };
}

/** A cache entry that turns out damaged when its requests are decoded: the run starts over without the cache. */
export class DamagedCacheError extends Error {
  constructor() {
    super('damaged transcript cache');
    this.name = 'DamagedCacheError';
  }
}

export type CacheEntry =
  /** A file no parser recognised when it had this stamp. */
  | { kind: 'other'; path: string; stamp: FileStamp }
  | {
      kind: 'transcript';
      /** Real path: the key. */
      path: string;
      stamp: FileStamp;
      fingerprints: Fingerprints;
      resume: ResumePoint;
      part: CachedPart;
    };

export type TranscriptEntry = Extract<CacheEntry, { kind: 'transcript' }>;

/**
 * The records a group of linked files (one session's transcript and subagent logs, or sessions
 * that share requests) gave last time, so an unchanged group is not decoded and collected again.
 * Kept with the group's first file.
 */
export interface CollectedMemo {
  /** The group's files by real path, in order, with the stamps they had. */
  files: Array<{ path: string; stamp: FileStamp }>;
  recordedBy: string;
  /** The records as JSON text, and a hash of it: a damaged memo is ignored. */
  records: string;
  hash: string;
}

/** The hash a memo keeps of its records' text, so a damaged memo is not used. */
export function recordsHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

export interface Shard {
  entries: CacheEntry[];
  memos: CollectedMemo[];
}

export function toCachedPart(result: FileResult): CachedPart {
  return {
    linesRead: result.linesRead,
    duplicatesDropped: result.duplicatesDropped,
    skipped: result.skipped.map(({ line, reason }) => ({ line, reason })),
    facts: result.facts,
    ids: messageIdHashes(result.requests),
    requests: { events: result.requests },
  };
}

/**
 * 53-bit hashes of the requests' message ids, for telling which files may share a request. Two
 * FNV-1a variants side by side; a collision only makes two files look linked, which costs time.
 */
export function messageIdHashes(requests: readonly RequestEvent[]): Float64Array {
  const ids = new Float64Array(requests.length);
  let n = 0;
  let previous: string | undefined;
  for (const { messageId } of requests) {
    if (messageId === undefined || messageId === previous) continue;
    previous = messageId;
    let a = 0x811c9dc5;
    let b = 0x9747b28c ^ messageId.length;
    for (let i = 0; i < messageId.length; i += 1) {
      const c = messageId.charCodeAt(i);
      a = Math.imul(a ^ c, 16777619);
      b = Math.imul(b ^ c, 0x5bd1e995);
    }
    ids[n++] = (a >>> 0) * 2 ** 21 + ((b >>> 0) >>> 11);
  }
  return ids.slice(0, n);
}

/** The part's requests, their lines named `file`; throws `DamagedCacheError` on a bad blob. */
export function cachedRequests(part: CachedPart, file: string): RequestEvent[] {
  let requests: RequestEvent[];
  if ('events' in part.requests) {
    requests = part.requests.events.map((event) => ({ ...event, file }));
  } else {
    const packed = decodeBlob(part.requests.blob);
    if (packed === undefined || !checkRequests(packed)) throw new DamagedCacheError();
    requests = unpackRequests(packed);
    for (const event of requests) event.file = file;
  }
  return requests;
}

function decodeBlob(blob: Uint8Array): PackedRequests | undefined {
  try {
    const value = deserialize(blob) as unknown;
    if (!isObject(value) || !isCount(value.count) || !(value.numbers instanceof Float64Array)) return undefined;
    if (!Array.isArray(value.table) || !value.table.every((s) => typeof s === 'string')) return undefined;
    if (!Array.isArray(value.unique)) return undefined;
    const unique = value.unique as unknown[];
    for (let i = 0; i < unique.length; i += 1) {
      const item = unique[i];
      if (item === undefined) continue;
      if (typeof item !== 'string' || item.length > 200 || (i % 3 === 2 && !isTime(item))) return undefined;
    }
    return value as unknown as PackedRequests;
  } catch {
    return undefined;
  }
}

/** The part as a `FileResult`, its lines named `file`. */
export function fromCachedPart(part: CachedPart, file: string): FileResult {
  const requests = cachedRequests(part, file);
  return {
    format: 'transcript',
    sessions: [],
    requests,
    facts: part.facts.map((facts) => ({ ...facts, turnsByBranch: new Map(facts.turnsByBranch) })),
    skipped: part.skipped.map(({ line, reason }): Skipped => ({ file, line, reason })),
    linesRead: part.linesRead,
    duplicatesDropped: part.duplicatesDropped,
  };
}

/**
 * A cache file: one line of JSON (stamps, resume points, facts, memos), then the binary parts it
 * points into (message-id hashes, serialised requests), so reading a file costs one JSON.parse
 * of the small part and the requests are decoded only for the files that need them.
 */
export function encodeShard({ entries, memos }: Shard): Buffer {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const add = (bytes: Uint8Array): Span => {
    chunks.push(bytes);
    size += bytes.length;
    return { offset: size - bytes.length, length: bytes.length };
  };
  const header = JSON.stringify({
    format: CACHE_FORMAT,
    version: CACHE_VERSION,
    entries: entries.map((entry) => encodeEntry(entry, add)),
    memos,
  });
  return Buffer.concat([Buffer.from(`${header}\n`, 'utf8'), ...chunks]);
}

/** Where in a cache file's binary part something is. */
interface Span {
  offset: number;
  length: number;
}

/** What `bytes` holds, or undefined when it is not a cache file of this version, or damaged. */
export function decodeShard(bytes: Buffer): Shard | undefined {
  const newline = bytes.indexOf(0x0a);
  if (newline === -1) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8', 0, newline));
  } catch {
    return undefined;
  }
  if (!isObject(json) || json.format !== CACHE_FORMAT || json.version !== CACHE_VERSION) return undefined;
  if (!Array.isArray(json.entries) || !Array.isArray(json.memos)) return undefined;
  const binary = bytes.subarray(newline + 1);
  const entries: CacheEntry[] = [];
  for (const raw of json.entries) {
    const entry = decodeEntry(raw, binary);
    if (entry === undefined) return undefined;
    entries.push(entry);
  }
  const memos: CollectedMemo[] = [];
  for (const raw of json.memos) {
    const memo = decodeMemo(raw);
    if (memo === undefined) return undefined;
    memos.push(memo);
  }
  return { entries, memos };
}

function decodeMemo(raw: unknown): CollectedMemo | undefined {
  if (!isObject(raw) || typeof raw.recordedBy !== 'string' || typeof raw.records !== 'string') return undefined;
  if (!isHash(raw.hash) || !Array.isArray(raw.files) || raw.files.length === 0) return undefined;
  const files: CollectedMemo['files'] = [];
  for (const file of raw.files) {
    const stamp = isObject(file) ? decodeStamp(file.stamp) : undefined;
    if (!isObject(file) || typeof file.path !== 'string' || stamp === undefined) return undefined;
    files.push({ path: file.path, stamp });
  }
  return { files, recordedBy: raw.recordedBy, records: raw.records, hash: raw.hash };
}

function encodeEntry(entry: CacheEntry, add: (bytes: Uint8Array) => Span): unknown {
  if (entry.kind === 'other') return entry;
  const { part } = entry;
  const { ids } = part;
  return {
    ...entry,
    part: {
      ...part,
      facts: part.facts.map((facts) => ({ ...facts, turnsByBranch: [...facts.turnsByBranch] })),
      ids: add(new Uint8Array(ids.buffer, ids.byteOffset, ids.byteLength)),
      requests: add('blob' in part.requests ? part.requests.blob : serialize(packRequests(part.requests.events))),
    },
  };
}

function spanOf(raw: unknown, binary: Buffer): Buffer | undefined {
  if (!isObject(raw) || !isCount(raw.offset) || !isCount(raw.length)) return undefined;
  if (raw.offset + raw.length > binary.length) return undefined;
  return binary.subarray(raw.offset, raw.offset + raw.length);
}

function idsFrom(bytes: Buffer): Float64Array | undefined {
  if (bytes.length % 8 !== 0) return undefined;
  // A copy: a Float64Array needs 8-byte alignment, which a place in the file may lack.
  const ids = new Float64Array(bytes.length / 8);
  new Uint8Array(ids.buffer).set(bytes);
  return ids;
}

function decodeEntry(raw: unknown, binary: Buffer): CacheEntry | undefined {
  if (!isObject(raw) || typeof raw.path !== 'string') return undefined;
  const stamp = decodeStamp(raw.stamp);
  if (stamp === undefined) return undefined;
  if (raw.kind === 'other') return { kind: 'other', path: raw.path, stamp };
  if (raw.kind !== 'transcript') return undefined;
  const fingerprints = raw.fingerprints;
  if (!isObject(fingerprints) || !isHash(fingerprints.head) || !isHash(fingerprints.tail)) return undefined;
  const resume = decodeResume(raw.resume);
  const part = decodePart(raw.part, binary);
  if (resume === undefined || part === undefined) return undefined;
  return {
    kind: 'transcript',
    path: raw.path,
    stamp,
    fingerprints: { head: fingerprints.head, tail: fingerprints.tail },
    resume,
    part,
  };
}

export function decodeStamp(raw: unknown): FileStamp | undefined {
  if (!isObject(raw)) return undefined;
  const { size, mtimeMs, ino, dev } = raw;
  if (!isCount(size) || !isNumber(mtimeMs) || !isNumber(ino) || !isNumber(dev)) return undefined;
  return { size, mtimeMs, ino, dev };
}

function decodeResume(raw: unknown): ResumePoint | undefined {
  if (!isObject(raw) || !isCount(raw.offset) || !isCount(raw.line) || typeof raw.lastBranch !== 'string') {
    return undefined;
  }
  const lastSession = raw.lastSession;
  if (lastSession !== undefined && !isIdentifier(lastSession)) return undefined;
  return { offset: raw.offset, line: raw.line, lastSession, lastBranch: raw.lastBranch };
}

function decodePart(raw: unknown, binary: Buffer): CachedPart | undefined {
  if (!isObject(raw) || !isCount(raw.linesRead) || !isCount(raw.duplicatesDropped)) return undefined;
  const lines = decodeLinesAndFacts(raw.skipped, raw.facts, true);
  if (lines === undefined) return undefined;
  const { skipped, facts } = lines;
  const idBytes = spanOf(raw.ids, binary);
  const blob = spanOf(raw.requests, binary);
  const ids = idBytes === undefined ? undefined : idsFrom(idBytes);
  if (ids === undefined || blob === undefined) return undefined;
  return {
    linesRead: raw.linesRead,
    duplicatesDropped: raw.duplicatesDropped,
    skipped,
    facts,
    ids,
    requests: { blob },
  };
}

/**
 * A part's skipped lines and session facts. `checkValues`: check the values as well as the types
 * (a session's own cache file); the summary's hash already vouches that the parser wrote them.
 */
export function decodeLinesAndFacts(
  rawSkipped: unknown,
  rawFacts: unknown,
  checkValues: boolean,
): { skipped: CachedPart['skipped']; facts: TranscriptSessionFacts[] } | undefined {
  if (!Array.isArray(rawSkipped) || !Array.isArray(rawFacts)) return undefined;
  const skipped: CachedPart['skipped'] = [];
  for (const s of rawSkipped) {
    if (!isObject(s) || !isCount(s.line) || typeof s.reason !== 'string') return undefined;
    skipped.push({ line: s.line, reason: s.reason });
  }
  const facts: TranscriptSessionFacts[] = [];
  for (const f of rawFacts) {
    const decoded = decodeFacts(f, checkValues);
    if (decoded === undefined) return undefined;
    facts.push(decoded);
  }
  return { skipped, facts };
}

function decodeFacts(raw: unknown, checkValues: boolean): TranscriptSessionFacts | undefined {
  if (!isObject(raw) || !isCount(raw.compactions)) return undefined;
  if (checkValues ? !isIdentifier(raw.sessionId) : typeof raw.sessionId !== 'string') return undefined;
  if (!Array.isArray(raw.turnsByBranch)) return undefined;
  const turnsByBranch = new Map<string, number>();
  for (const pair of raw.turnsByBranch) {
    if (!Array.isArray(pair) || typeof pair[0] !== 'string' || !isCount(pair[1])) return undefined;
    turnsByBranch.set(pair[0], pair[1]);
  }
  const { firstTimestamp, lastTimestamp, cwd, toolVersion } = raw;
  if (![firstTimestamp, lastTimestamp].every(checkValues ? isOptionalTime : isOptionalString)) return undefined;
  if (![cwd, toolVersion].every(isOptionalString)) return undefined;
  return {
    sessionId: raw.sessionId as string,
    turnsByBranch,
    compactions: raw.compactions,
    firstTimestamp: firstTimestamp as string | undefined,
    lastTimestamp: lastTimestamp as string | undefined,
    cwd: cwd as string | undefined,
    toolVersion: toolVersion as string | undefined,
  };
}

/** Every unpacked request is one the transcript parser could have produced. */
function checkRequests(packed: PackedRequests): boolean {
  if (!hasPackedShape(packed)) return false;
  const requests: RequestEvent[] = unpackRequests(packed);
  const checked = new Map<string, boolean>();
  const once = (key: string, test: () => boolean): boolean => {
    let ok = checked.get(key);
    if (ok === undefined) checked.set(key, (ok = test()));
    return ok;
  };
  for (const r of requests) {
    if (
      !isCount(r.inputTokens) ||
      !isCount(r.outputTokens) ||
      !isCount(r.cacheWrite5mTokens) ||
      !isCount(r.cacheWrite1hTokens) ||
      !isCount(r.cacheReadTokens) ||
      !isCount(r.webSearchRequests) ||
      !isCount(r.line) ||
      (r.reportedCostUsd !== undefined && !(Number.isFinite(r.reportedCostUsd) && r.reportedCostUsd >= 0))
    ) {
      return false;
    }
    if (typeof r.sessionId !== 'string' || !once(`s${r.sessionId}`, () => isIdentifier(r.sessionId))) return false;
    if (typeof r.model !== 'string' || !once(`m${r.model}`, () => isIdentifier(r.model))) return false;
    if (typeof r.geo !== 'string' || !once(`g${r.geo}`, () => normaliseGeo(r.geo) === r.geo)) return false;
    if (r.origin !== 'main' && r.origin !== 'subagent') return false;
    if (r.speed !== 'standard' && r.speed !== 'fast') return false;
    if (![r.branch, r.cwd, r.toolVersion].every(isOptionalString)) return false;
  }
  return true;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isHash(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{32}$/.test(value);
}

function isOptionalString(value: unknown): boolean {
  return value === undefined || (typeof value === 'string' && value.length <= 4096);
}

/** The shape of an ISO date-time the parser accepted: a cheap check, not a full parse. */
function isTime(value: string): boolean {
  return value.length >= 20 && value.length <= 40 && !Number.isNaN(Date.parse(value));
}

function isOptionalTime(value: unknown): boolean {
  return value === undefined || (typeof value === 'string' && isTime(value));
}
