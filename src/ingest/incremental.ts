import { realpathSync } from 'node:fs';
import type { SessionRecord } from '../records/schema.js';
import {
  DamagedCacheError,
  fromCachedPart,
  messageIdHashes,
  recordsHash,
  toCachedPart,
  type CachedPart,
  type CacheEntry,
  type CollectedMemo,
  type TranscriptEntry,
} from './cache/codec.js';
import { fingerprints, sameStamp, stampNow, type FileStamp } from './cache/fingerprint.js';
import { linkedGroups } from './cache/groups.js';
import { StaleSummaryError, type TranscriptCache } from './cache/store.js';
import { collectTranscripts } from './collect.js';
import { compareSessions, readInput } from './index.js';
import { appendFileResult } from './transcript/append.js';
import type { ResumePoint } from './transcript/parse.js';
import type { FileResult, Skipped, TranscriptSessionFacts } from './types.js';
import { walkInputs, type FoundFile, type WalkOptions } from './walk.js';
import { readAll, type Outcome, type ParallelOptions, type ReadTask } from './worker-pool.js';

export interface TranscriptIngestOptions extends WalkOptions {
  /** `claude-cost <version>`, stamped on the sessions. */
  recordedBy: string;
  /** Read each file from where the last run left it; undefined reads every file whole. */
  cache?: TranscriptCache | undefined;
  parallel?: ParallelOptions;
  /**
   * The sessions to build records for, chosen from what every file says about its sessions
   * (working directory, times). Only files holding a chosen session are collected. Default: all.
   */
  selectSessions?: (facts: readonly TranscriptSessionFacts[]) => ReadonlySet<string>;
}

export interface TranscriptIngest {
  /** One record per (session, branch), in the order `ingestPaths` gives. */
  sessions: SessionRecord[];
  /** Refused files, and unusable lines of the files collected. */
  skipped: Skipped[];
  /** Files not read at all, read from where the last run stopped (or a cut last line again), read whole; bytes read. */
  reads: { unchanged: number; resumed: number; whole: number; bytes: number };
  /**
   * With a cache, a key for each session record that is the same only for the same record (its
   * group's records hashed, and its place among them), known without serialising it: what a
   * writer compares with what it wrote last time.
   */
  recordKeys: ReadonlyMap<SessionRecord, string>;
}

/** What an unchanged transcript's cache entry (or its summary) says without decoding requests. */
type CachedFacts = Pick<CachedPart, 'skipped' | 'facts' | 'ids'>;

/** What the cache lets us do with one file. */
type Plan =
  /**
   * Unchanged since cached, nothing after the resume point: not read; `part` only when collected.
   * `summarisedAs`: known from the summary read from disk, its `ids` only those shared there.
   */
  | { kind: 'cached'; known: CachedFacts; part: () => CachedPart; summarisedAs?: string }
  /** Unchanged, but a cut last line or open object after the resume point: that is read again. */
  | { kind: 'tail'; entry: TranscriptEntry }
  /** Grew since cached: read from the resume point. */
  | { kind: 'resume'; entry: TranscriptEntry }
  /** A file no parser recognised, unchanged since. */
  | { kind: 'other' }
  | { kind: 'whole' };

const TASK: ReadTask = { formats: ['transcript'], maxJsonBytes: 0, fingerprints: true };
const NO_CACHE_TASK: ReadTask = { ...TASK, fingerprints: false };
const NO_IDS = new Float64Array(0);

/**
 * Claude Code transcripts under `paths` into session records, reading as little as the cache
 * allows: an unchanged file not at all, a grown one from where the last run stopped. The records
 * are the same as reading every file whole (cached parts and appended parts are joined as one
 * read would have seen them; see `appendFileResult`).
 */
export async function ingestTranscripts(
  paths: readonly string[],
  options: TranscriptIngestOptions,
): Promise<TranscriptIngest> {
  try {
    return await ingestOnce(paths, options);
  } catch (error) {
    // A cache entry that looked sound until its requests were decoded: start over, reading
    // every file whole, and write the cache anew.
    const { cache } = options;
    if (cache === undefined) throw error;
    if (error instanceof StaleSummaryError) {
      // The summary vouched for an entry its session's cache file lacks: go by those files alone.
      cache.forgetSummary();
      return ingestTranscripts(paths, options);
    }
    if (!(error instanceof DamagedCacheError)) throw error;
    cache.forgetStored();
    return ingestOnce(paths, options);
  }
}

/** Everything known about one file after the reads. */
interface Known {
  file: FoundFile;
  realPath: string | undefined;
  stamp: FileStamp | undefined;
  plan: Plan;
  facts: readonly TranscriptSessionFacts[];
  /** Message-id hashes of its requests (see `messageIdHashes`). */
  ids: Float64Array;
  result: () => FileResult;
  /** The file's entry is in the cache as it is now, with nothing after its resume point. */
  settledInCache: boolean;
  /** See `Linkable`. */
  summarisedAs: string | undefined;
}

async function ingestOnce(paths: readonly string[], options: TranscriptIngestOptions): Promise<TranscriptIngest> {
  const walked = await walkInputs(paths, options);
  const { cache } = options;
  const files = walked.files;
  const realPaths = files.map((file) => (cache === undefined ? undefined : (file.realPath ?? realPathOf(file.path))));
  const stamps = files.map(stampOf);
  const plans = files.map((file, i) => planRead(cache, realPaths[i], stamps[i], file));

  const reads = { unchanged: 0, resumed: 0, whole: 0, bytes: 0 };
  const toRead: FoundFile[] = [];
  const readIndex: number[] = [];
  plans.forEach((plan, i) => {
    const file = files[i] as FoundFile;
    if (plan.kind === 'cached' || plan.kind === 'other') {
      reads.unchanged += 1;
      return;
    }
    const start = plan.kind === 'whole' ? undefined : startAt(plan.entry.resume);
    if (plan.kind === 'whole') reads.whole += 1;
    else reads.resumed += 1;
    reads.bytes += file.size - (start?.startOffset ?? 0);
    readIndex[i] = toRead.length;
    toRead.push(start === undefined ? file : { ...file, start });
  });
  const outcomes = await readAll(toRead, cache === undefined ? NO_CACHE_TASK : TASK, readInput, options.parallel);

  const known: Known[] = [];
  plans.forEach((plan, i) => {
    const file = files[i] as FoundFile;
    const outcome = readIndex[i] === undefined ? undefined : outcomes[readIndex[i] as number];
    const settled = settle(plan, file, outcome);
    const realPath = realPaths[i];
    const stamp = stamps[i];
    let settledInCache = plan.kind === 'cached';
    if (cache !== undefined && realPath !== undefined && stamp !== undefined && settled?.entry !== undefined) {
      const entry = settled.entry(realPath, stamp);
      if (entry !== undefined) {
        cache.set(entry);
        settledInCache = entry.kind === 'transcript' && entry.resume.offset === stamp.size;
      }
    }
    if (settled?.result === undefined) return;
    known.push({
      file,
      realPath,
      stamp,
      plan,
      facts: settled.facts,
      ids: settled.ids,
      result: settled.result,
      settledInCache,
      summarisedAs: plan.kind === 'cached' ? plan.summarisedAs : undefined,
    });
  });

  const chosen = options.selectSessions?.(known.flatMap((k) => k.facts));
  const wanted = chosen === undefined ? known : known.filter((k) => k.facts.some((f) => chosen.has(f.sessionId)));
  const skipped: Skipped[] = [...walked.skipped];
  let sessions: SessionRecord[] = [];
  const recordKeys = new Map<SessionRecord, string>();
  const keyed = (records: SessionRecord[], hash: string): SessionRecord[] => {
    records.forEach((record, i) => recordKeys.set(record, `${hash}/${i}`));
    return records;
  };
  for (const group of linkedGroups(wanted, cache?.soleHolder())) {
    const memo = cache === undefined ? undefined : usableMemo(cache, group, options.recordedBy);
    if (memo !== undefined) {
      for (const k of group) skipped.push(...skippedOf(k));
      sessions.push(...keyed(memo.records, memo.hash));
      continue;
    }
    const results = group.map((k) => k.result());
    for (const result of results) skipped.push(...result.skipped);
    const collected = collectTranscripts(results, options.recordedBy).sessions;
    sessions.push(...collected);
    if (cache !== undefined) {
      const text = JSON.stringify(collected);
      const hash = recordsHash(text);
      keyed(collected, hash);
      rememberGroup(cache, group, { recordedBy: options.recordedBy, records: text, hash });
    }
  }
  if (chosen !== undefined) sessions = sessions.filter((s) => chosen.has(s.sessionId));
  cache?.save();
  return { sessions: sessions.sort(compareSessions), skipped, reads, recordKeys };
}

/** The records the group gave last time, when every file of it is as it was then. */
function usableMemo(
  cache: TranscriptCache,
  group: readonly Known[],
  recordedBy: string,
): { records: SessionRecord[]; hash: string } | undefined {
  if (!group.every((k) => k.plan.kind === 'cached')) return undefined;
  const first = group[0]?.realPath;
  const fits = (memo: CollectedMemo): boolean =>
    memo.recordedBy === recordedBy &&
    memo.files.length === group.length &&
    group.every((k, i) => {
      const file = memo.files[i];
      return file !== undefined && k.stamp !== undefined && file.path === k.realPath && sameStamp(file.stamp, k.stamp);
    });
  const memo = first === undefined ? undefined : cache.memo(first, fits);
  if (memo === undefined) return undefined;
  try {
    return { records: JSON.parse(memo.records) as SessionRecord[], hash: memo.hash };
  } catch {
    return undefined;
  }
}

function rememberGroup(cache: TranscriptCache, group: readonly Known[], collected: Omit<CollectedMemo, 'files'>): void {
  const files: CollectedMemo['files'] = [];
  for (const k of group) {
    if (!k.settledInCache || k.realPath === undefined || k.stamp === undefined) return;
    files.push({ path: k.realPath, stamp: k.stamp });
  }
  cache.setMemo({ files, ...collected });
}

function skippedOf(k: Known): Skipped[] {
  if (k.plan.kind !== 'cached') return k.result().skipped;
  return k.plan.known.skipped.map(({ line, reason }) => ({ file: k.file.displayName, line, reason }));
}

interface Settled {
  facts: readonly TranscriptSessionFacts[];
  ids: Float64Array;
  /** Undefined for a file that is not a transcript. */
  result?: () => FileResult;
  /** The cache entry to keep for the file, when this read makes a new one. */
  entry?: (realPath: string, stamp: FileStamp) => CacheEntry | undefined;
}

/** Joins what was read with what was cached. Undefined: nothing to use or to cache. */
function settle(plan: Plan, file: FoundFile, outcome: Outcome): Settled | undefined {
  switch (plan.kind) {
    case 'other':
      return undefined;
    case 'cached': {
      const { known, part } = plan;
      return { facts: known.facts, ids: known.ids, result: () => fromCachedPart(part(), file.displayName) };
    }
    case 'tail':
    case 'resume': {
      if (outcome === undefined) return undefined; // cannot happen: a started read is a transcript
      const prefix = fromCachedPart(plan.entry.part, file.displayName);
      const result = appendFileResult(prefix, outcome.result);
      const settled: Settled = { facts: result.facts, ids: messageIdHashes(result.requests), result: () => result };
      if (plan.kind === 'resume') settled.entry = entryFor(file, outcome, prefix);
      return settled;
    }
    case 'whole': {
      if (outcome === undefined || outcome.format !== 'transcript') {
        return { facts: [], ids: NO_IDS, entry: otherEntry(file) };
      }
      const { result } = outcome;
      return {
        facts: result.facts,
        ids: messageIdHashes(result.requests),
        result: () => result,
        entry: entryFor(file, outcome, undefined),
      };
    }
  }
}

function otherEntry(file: FoundFile): Settled['entry'] {
  return (realPath, stamp) => (isStill(file.path, stamp) ? { kind: 'other', path: realPath, stamp } : undefined);
}

/**
 * The entry for a transcript just read: the result up to the resume point (joined to the cached
 * prefix), under the stamp the file had before the read. Not kept when the file changed while it
 * was read: the fingerprints must describe the bytes that were parsed.
 */
function entryFor(file: FoundFile, outcome: NonNullable<Outcome>, prefix: FileResult | undefined): Settled['entry'] {
  return (realPath, stamp) => {
    const point = outcome.resume?.point;
    if (point === undefined) return undefined;
    // Taken on the thread that read the file, right after reading it.
    const marks = outcome.resume?.marks;
    if (marks === undefined || !isStill(file.path, stamp)) return undefined;
    const read = outcome.resume?.committed ?? outcome.result;
    const part = prefix === undefined ? read : appendFileResult(prefix, read);
    return { kind: 'transcript', path: realPath, stamp, fingerprints: marks, resume: point, part: toCachedPart(part) };
  };
}

function planRead(
  cache: TranscriptCache | undefined,
  realPath: string | undefined,
  stamp: FileStamp | undefined,
  file: FoundFile,
): Plan {
  if (cache === undefined || realPath === undefined || stamp === undefined) return { kind: 'whole' };
  const summarised = cache.summarised(realPath, stamp);
  if (summarised !== undefined) {
    if (summarised.kind === 'other') return { kind: 'other' };
    const { facts, skipped, ids, sharedIds } = summarised;
    return {
      kind: 'cached',
      known: { facts, skipped, ids: sharedIds ?? ids },
      part: () => cache.summarisedPart(realPath, stamp),
      summarisedAs: sharedIds === undefined ? undefined : realPath,
    };
  }
  const entry = cache.get(realPath);
  if (entry === undefined) return { kind: 'whole' };
  if (entry.kind === 'other') {
    if (!sameStamp(entry.stamp, stamp)) return { kind: 'whole' };
    cache.confirm(entry);
    return { kind: 'other' };
  }
  if (sameStamp(entry.stamp, stamp)) {
    if (entry.resume.offset !== stamp.size) return { kind: 'tail', entry };
    cache.confirm(entry);
    return { kind: 'cached', known: entry.part, part: () => entry.part };
  }
  const { offset } = entry.resume;
  const sameFile = entry.stamp.ino === stamp.ino && entry.stamp.dev === stamp.dev;
  if (!sameFile || offset === 0 || stamp.size < offset) return { kind: 'whole' };
  let marks;
  try {
    marks = fingerprints(file.path, offset);
  } catch {
    return { kind: 'whole' };
  }
  const unchanged =
    marks !== undefined && marks.head === entry.fingerprints.head && marks.tail === entry.fingerprints.tail;
  return unchanged ? { kind: 'resume', entry } : { kind: 'whole' };
}

function startAt(point: ResumePoint): NonNullable<FoundFile['start']> {
  return {
    startOffset: point.offset,
    startLine: point.line,
    lastSession: point.lastSession,
    lastBranch: point.lastBranch,
  };
}

function stampOf(file: FoundFile): FileStamp | undefined {
  const { size, mtimeMs, ino, dev } = file;
  if (mtimeMs === undefined || ino === undefined || dev === undefined) return undefined;
  return { size, mtimeMs, ino, dev };
}

function isStill(path: string, stamp: FileStamp): boolean {
  const now = stampNow(path);
  return now !== undefined && sameStamp(now, stamp);
}

function realPathOf(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}
