import { createHash } from 'node:crypto';
import type { TranscriptSessionFacts } from '../types.js';
import {
  CACHE_VERSION,
  decodeLinesAndFacts,
  decodeStamp,
  isCount,
  isObject,
  type CachedPart,
  type CacheEntry,
  type CollectedMemo,
} from './codec.js';
import { sameStamp, type FileStamp } from './fingerprint.js';
import { IdTable, type SoleHolder } from './groups.js';

/**
 * The transcript cache's summary: one file that says, for every file a run has seen, what a
 * warm run needs to know when the file is unchanged (its stamp, sessions, message-id hashes,
 * skipped lines) and the records each unchanged group of files gave. A warm `record --all` reads
 * it in one go instead of a cache file per session; the per-session files stay the source of
 * the requests, read only for the files that changed. Like them it holds no transcript text.
 */
export const SUMMARY_FORMAT = 'claude-cost/transcript-summary';
/** Bump on any change to what is stored. A summary of another `CACHE_VERSION` is ignored too. */
export const SUMMARY_VERSION = 1;

export type SummaryEntry =
  /** A file no parser recognised when it had this stamp. */
  | { kind: 'other'; path: string; stamp: FileStamp }
  /** A transcript read to its end when it had this stamp: nothing after its resume point. */
  | {
      kind: 'transcript';
      path: string;
      stamp: FileStamp;
      skipped: CachedPart['skipped'];
      facts: TranscriptSessionFacts[];
      ids: Float64Array;
      /** Read from disk: those of `ids` another entry of the summary has too (see `linkedGroups`). */
      sharedIds?: Float64Array;
    };

export interface Summary {
  entries: SummaryEntry[];
  memos: CollectedMemo[];
  /** Read from disk: which entry holds an id no other entry holds. */
  soleHolder?: SoleHolder;
}

/** The summary of a cache entry; undefined for a transcript with bytes after its resume point. */
export function summaryOf(entry: CacheEntry): SummaryEntry | undefined {
  if (entry.kind === 'other') return entry;
  if (entry.resume.offset !== entry.stamp.size) return undefined;
  const { part } = entry;
  return {
    kind: 'transcript',
    path: entry.path,
    stamp: entry.stamp,
    skipped: part.skipped,
    facts: part.facts,
    ids: part.ids,
  };
}

/**
 * A first line that says what the file is, with a hash of the rest: a summary is checked whole,
 * once, rather than field by field (which would cost a warm run more than reading it), and any
 * damage makes it ignored whole. Then one line of JSON, padded with spaces so the binary part after
 * it starts 8-byte aligned, then the message-id hashes as float64s, viewed in place, not copied:
 * per entry those another entry shares, then every other one, sorted, with the entry that holds
 * it (see `linkedGroups`); then the memos' records as UTF-8 (JSON text inside JSON would be
 * escaped, and parsed twice). A memo names its files by their place among the entries; one whose
 * files are not all there, with the stamps it was made for, is left out.
 */
export function encodeSummary({ entries, memos }: Summary): Buffer {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const add = (bytes: Uint8Array): { offset: number; length: number } => {
    chunks.push(bytes);
    size += bytes.length;
    return { offset: size - bytes.length, length: bytes.length };
  };
  const bytesOf = (array: Float64Array | Int32Array): Uint8Array =>
    new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  const { shared, sole } = shareIds(entries);
  const encoded = entries.map((entry, i) => {
    if (entry.kind === 'other') return entry;
    const { kind, path, stamp, skipped, facts } = entry;
    return {
      kind,
      path,
      stamp,
      skipped,
      facts: facts.map((f) => ({ ...f, turnsByBranch: [...f.turnsByBranch] })),
      sharedIds: add(bytesOf(shared[i] ?? NO_IDS)),
    };
  });
  // Float64s first, then int32s: each stays aligned.
  const soleIds = add(bytesOf(sole.ids));
  const soleHolders = add(bytesOf(sole.holders));
  const places = new Map(entries.map((entry, i) => [entry.path, i]));
  const encodedMemos = memos.flatMap((memo) => {
    const files: number[] = [];
    for (const file of memo.files) {
      const place = places.get(file.path);
      const entry = place === undefined ? undefined : entries[place];
      if (place === undefined || entry === undefined || !sameStamp(entry.stamp, file.stamp)) return [];
      files.push(place);
    }
    return [{ files, recordedBy: memo.recordedBy, records: add(Buffer.from(memo.records)), hash: memo.hash }];
  });
  const json = JSON.stringify({ entries: encoded, memos: encodedMemos, soleIds, soleHolders });
  // The first line's length is fixed (the hash is), so the padding can be worked out first.
  const firstLength = Buffer.byteLength(firstLine('0'.repeat(HASH_LENGTH)));
  const padding = (8 - ((firstLength + Buffer.byteLength(json) + 1) % 8)) % 8;
  const body = Buffer.concat([Buffer.from(`${json}${' '.repeat(padding)}\n`), ...chunks]);
  return Buffer.concat([Buffer.from(firstLine(hashOf(body))), body]);
}

/** What `bytes` holds, or undefined when it is not a summary of this version, or damaged. */
export function decodeSummary(bytes: Buffer): Summary | undefined {
  const first = bytes.indexOf(0x0a);
  const second = first === -1 ? -1 : bytes.indexOf(0x0a, first + 1);
  if (second === -1) return undefined;
  const body = bytes.subarray(first + 1);
  if (bytes.toString('utf8', 0, first + 1) !== firstLine(hashOf(body))) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8', first + 1, second));
  } catch {
    return undefined;
  }
  if (!isObject(json) || !Array.isArray(json.entries) || !Array.isArray(json.memos)) return undefined;
  const binary = bytes.subarray(second + 1);
  const idsAt = idReader(binary);
  const soleIds = idsAt(json.soleIds);
  const soleHolders = holdersAt(binary, json.soleHolders);
  if (soleIds === undefined || soleHolders === undefined || soleHolders.length !== soleIds.length) return undefined;
  const entries: SummaryEntry[] = [];
  // An entry's ids are its shared ones and those it holds alone: wanted only to write it again.
  let soleIdsByHolder: Map<number, number[]> | undefined;
  const allIdsOf = (index: number, sharedIds: Float64Array): Float64Array => {
    if (soleIdsByHolder === undefined) {
      soleIdsByHolder = new Map();
      soleHolders.forEach((holder, i) => {
        const list = soleIdsByHolder?.get(holder);
        if (list === undefined) soleIdsByHolder?.set(holder, [soleIds[i] as number]);
        else list.push(soleIds[i] as number);
      });
    }
    return Float64Array.from([...sharedIds, ...(soleIdsByHolder.get(index) ?? [])]);
  };
  for (const raw of json.entries) {
    const index = entries.length;
    const entry = decodeEntry(raw, idsAt, (sharedIds) => allIdsOf(index, sharedIds));
    if (entry === undefined) return undefined;
    entries.push(entry);
  }
  const memos: CollectedMemo[] = [];
  for (const raw of json.memos) {
    const memo = decodeMemo(raw, entries, binary);
    if (memo === undefined) return undefined;
    memos.push(memo);
  }
  const soleHolder: SoleHolder = (id) => {
    let low = 0;
    let high = soleIds.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const found = soleIds[middle] as number;
      if (found === id) return entries[soleHolders[middle] as number]?.path;
      if (found < id) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  };
  return { entries, memos, soleHolder };
}

const NO_IDS = new Float64Array(0);

/**
 * Per entry, its ids another entry has too; and every id only one entry has, sorted, with the
 * index of that entry.
 */
function shareIds(entries: readonly SummaryEntry[]): {
  shared: Array<Float64Array | undefined>;
  sole: { ids: Float64Array; holders: Int32Array };
} {
  let count = 0;
  for (const entry of entries) if (entry.kind === 'transcript') count += entry.ids.length;
  const firstHolder = new IdTable(count);
  const sharedIds = new IdTable(count);
  entries.forEach((entry, i) => {
    if (entry.kind !== 'transcript') return;
    for (const id of entry.ids) if (firstHolder.claim(id, i) !== i) sharedIds.claim(id, 0);
  });
  const shared = entries.map((entry) =>
    entry.kind === 'transcript' ? entry.ids.filter((id) => sharedIds.get(id) !== -1) : undefined,
  );
  const all = new Float64Array(count);
  let n = 0;
  for (const entry of entries) {
    if (entry.kind !== 'transcript') continue;
    for (const id of entry.ids) if (sharedIds.get(id) === -1) all[n++] = id;
  }
  // An id repeated within one file appears once.
  const sorted = all.subarray(0, n).sort();
  const ids = sorted.filter((id, i) => i === 0 || id !== sorted[i - 1]);
  const holders = Int32Array.from(ids, (id) => firstHolder.get(id));
  return { shared, sole: { ids, holders } };
}

function holdersAt(binary: Buffer, span: unknown): Int32Array | undefined {
  if (!isObject(span) || !isCount(span.offset) || !isCount(span.length)) return undefined;
  const { offset, length } = span;
  if (length % 4 !== 0 || offset + length > binary.length) return undefined;
  if ((binary.byteOffset + offset) % 4 === 0)
    return new Int32Array(binary.buffer, binary.byteOffset + offset, length / 4);
  const holders = new Int32Array(length / 4);
  new Uint8Array(holders.buffer).set(binary.subarray(offset, offset + length));
  return holders;
}

const HASH_LENGTH = 32;

function firstLine(hash: string): string {
  return `${JSON.stringify({ format: SUMMARY_FORMAT, version: SUMMARY_VERSION, cacheVersion: CACHE_VERSION, hash })}\n`;
}

function hashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, HASH_LENGTH);
}

function decodeMemo(raw: unknown, entries: readonly SummaryEntry[], binary: Buffer): CollectedMemo | undefined {
  if (!isObject(raw) || typeof raw.recordedBy !== 'string' || !isObject(raw.records)) return undefined;
  // The hash of its records is not worked out again: the summary's own hash vouches for them.
  if (typeof raw.hash !== 'string' || !Array.isArray(raw.files) || raw.files.length === 0) return undefined;
  const { offset, length } = raw.records;
  if (!isCount(offset) || !isCount(length) || offset + length > binary.length) return undefined;
  const files: CollectedMemo['files'] = [];
  for (const place of raw.files) {
    const entry = isCount(place) ? entries[place] : undefined;
    if (entry === undefined) return undefined;
    files.push({ path: entry.path, stamp: entry.stamp });
  }
  const records = binary.toString('utf8', offset, offset + length);
  return { files, recordedBy: raw.recordedBy, records, hash: raw.hash };
}

function decodeEntry(
  raw: unknown,
  idsAt: (span: unknown) => Float64Array | undefined,
  allIds: (sharedIds: Float64Array) => Float64Array,
): SummaryEntry | undefined {
  if (!isObject(raw) || typeof raw.path !== 'string') return undefined;
  const stamp = decodeStamp(raw.stamp);
  if (stamp === undefined) return undefined;
  if (raw.kind === 'other') return { kind: 'other', path: raw.path, stamp };
  if (raw.kind !== 'transcript') return undefined;
  const lines = decodeLinesAndFacts(raw.skipped, raw.facts, false);
  if (lines === undefined) return undefined;
  const { skipped, facts } = lines;
  const sharedIds = idsAt(raw.sharedIds);
  if (sharedIds === undefined) return undefined;
  let ids: Float64Array | undefined;
  return {
    kind: 'transcript',
    path: raw.path,
    stamp,
    skipped,
    facts,
    get ids() {
      return (ids ??= allIds(sharedIds));
    },
    sharedIds,
  };
}

/** Reads a span of the binary part as float64s: in place when aligned (it is, as written). */
function idReader(binary: Buffer): (span: unknown) => Float64Array | undefined {
  const aligned = binary.byteOffset % 8 === 0;
  return (span) => {
    if (!isObject(span) || !isCount(span.offset) || !isCount(span.length)) return undefined;
    const { offset, length } = span;
    // Ids come first in the binary part, so each span of them is aligned as the part is.
    if (offset % 8 !== 0 || length % 8 !== 0 || offset + length > binary.length) return undefined;
    if (aligned) return new Float64Array(binary.buffer, binary.byteOffset + offset, length / 8);
    const ids = new Float64Array(length / 8);
    new Uint8Array(ids.buffer).set(binary.subarray(offset, offset + length));
    return ids;
  };
}
