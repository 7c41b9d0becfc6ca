import { mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeCacheFileAtomically } from '../../local/atomic-write.js';
import {
  decodeShard,
  encodeShard,
  recordsHash,
  type CachedPart,
  type CacheEntry,
  type CollectedMemo,
  type Shard,
} from './codec.js';
import { sameStamp, stampNow, type FileStamp } from './fingerprint.js';
import type { SoleHolder } from './groups.js';
import { decodeSummary, encodeSummary, summaryOf, type SummaryEntry } from './summary.js';

/**
 * The transcript cache on disk: one small file per session (its transcript and its
 * `<session>/subagents/` logs together), so a hook reads and writes only its own session's file,
 * and two hooks on different sessions never touch the same one. Files are named by a hash of the
 * session's real path and replaced whole by rename, so a reader sees an old file or a new one,
 * never half of one. Two writers of one file: the last rename wins, and the other's entries are
 * read again next time. Every entry checks itself against the transcript before it is used, so
 * a stale one costs time, never a wrong number.
 *
 * A run over many sessions (`record`) keeps a summary of them all as well (`summary.ts`), so a
 * warm run reads one file, not one per session; the per-session files stay the truth it is
 * checked against.
 */
interface LoadedShard {
  entries: Map<string, CacheEntry>;
  /** By the real path of the group's first file. */
  memos: Map<string, CollectedMemo>;
}

interface LoadedSummary {
  entries: Map<string, SummaryEntry>;
  memos: Map<string, CollectedMemo>;
  /** For the entries as read from disk. */
  soleHolder: SoleHolder | undefined;
}

export interface TranscriptCacheOptions {
  /**
   * Keep the summary too (see `summary.ts`): worth it for runs over many sessions, not for a
   * hook, which reads one session's file and would otherwise read and write every session's.
   */
  summary?: boolean;
}

/**
 * A summary entry said a file was unchanged, but its session's cache file no longer holds that
 * entry (a concurrent run replaced the file, or writing it failed): the run starts over without
 * the summary.
 */
export class StaleSummaryError extends Error {
  constructor(readonly path: string) {
    super(`transcript cache summary is ahead of the cache for ${path}`);
    this.name = 'StaleSummaryError';
  }
}

export class TranscriptCache {
  private readonly shards = new Map<string, LoadedShard>();
  private readonly dirty = new Set<string>();
  private readonly fresh = new WeakSet<CacheEntry>();
  /** Set when a damaged entry was found: every file is read whole, and the cache rewritten. */
  private ignoreStored = false;

  /** Undefined until first wanted; never loaded without `options.summary`. */
  private loadedSummary: LoadedSummary | undefined;
  /** Entries and memos the summary on disk lacks or has stale; `Infinity` to write it anyway. */
  private summaryChanges = 0;
  /** Paths whose summary entry was found to match the file in this run. */
  private readonly confirmed = new Set<string>();

  /** `directory`: the claude-cost cache directory (see `cacheDirectory`). */
  constructor(directory: string, options: TranscriptCacheOptions = {}) {
    this.dir = join(directory, 'transcripts');
    this.summaryPath = options.summary === true ? join(directory, 'transcripts-summary.cache') : undefined;
  }

  private readonly dir: string;
  private readonly summaryPath: string | undefined;

  /**
   * What the summary knows of the file whose real path is `path`, when it still has `stamp`.
   * Undefined without a summary: ask `get`.
   */
  summarised(path: string, stamp: FileStamp): SummaryEntry | undefined {
    const entry = this.summary()?.entries.get(path);
    if (entry === undefined || !sameStamp(entry.stamp, stamp)) return undefined;
    this.confirmed.add(path);
    return entry;
  }

  /** Which file of the summary read from disk holds an id no other file of it holds. */
  soleHolder(): SoleHolder | undefined {
    return this.summary()?.soleHolder;
  }

  /** The requests of a file `summarised` vouched for, from its session's cache file. */
  summarisedPart(path: string, stamp: FileStamp): CachedPart {
    const entry = this.get(path);
    if (entry?.kind !== 'transcript' || !sameStamp(entry.stamp, stamp) || entry.resume.offset !== stamp.size) {
      throw new StaleSummaryError(path);
    }
    return entry.part;
  }

  /** `entry`, from `get`, still describes its file: the summary should say so too. */
  confirm(entry: CacheEntry): void {
    const summary = this.summary();
    if (summary === undefined) return;
    const known = summary.entries.get(entry.path);
    if (known !== undefined && sameStamp(known.stamp, entry.stamp)) return;
    this.summarise(summary, entry);
  }

  /** The entry for the file whose real path is `path`. */
  get(path: string): CacheEntry | undefined {
    return this.shard(shardName(path)).entries.get(path);
  }

  set(entry: CacheEntry): void {
    this.fresh.add(entry);
    const name = shardName(entry.path);
    this.shard(name).entries.set(entry.path, entry);
    this.dirty.add(name);
    const summary = this.summary();
    if (summary !== undefined) this.summarise(summary, entry);
  }

  /**
   * The memo of the group whose first file is `path` that `usable` accepts, its records checked
   * against its hash: the summary's (checked whole when read), else the session's cache file's
   * (newer when the summary was not rewritten since).
   */
  memo(path: string, usable: (memo: CollectedMemo) => boolean): CollectedMemo | undefined {
    const summarised = this.summary()?.memos.get(path);
    if (summarised !== undefined && usable(summarised)) return summarised;
    const stored = this.shard(shardName(path)).memos.get(path);
    if (stored === undefined || !usable(stored) || recordsHash(stored.records) !== stored.hash) return undefined;
    return stored;
  }

  setMemo(memo: CollectedMemo): void {
    const first = memo.files[0]?.path;
    if (first === undefined) return;
    const name = shardName(first);
    this.shard(name).memos.set(first, memo);
    this.dirty.add(name);
    const summary = this.summary();
    if (summary !== undefined) {
      summary.memos.set(first, memo);
      this.summaryChanges += 1;
    }
  }

  /** Forget everything read from disk (a damaged entry was found); what is set from now on is kept. */
  forgetStored(): void {
    this.ignoreStored = true;
    for (const name of this.shards.keys()) this.dirty.add(name);
    this.shards.clear();
    this.forgetSummary();
  }

  /** Forget the summary read from disk (it was ahead of the cache files); it is written anew. */
  forgetSummary(): void {
    if (this.summaryPath === undefined) return;
    this.loadedSummary = { entries: new Map(), memos: new Map(), soleHolder: undefined };
    this.confirmed.clear();
    this.summaryChanges = Number.POSITIVE_INFINITY;
  }

  /**
   * Writes the files that changed. Entries of files that no longer exist are dropped on the way.
   * Best effort: a cache that cannot be written only makes the next run slower, so failures are
   * returned for the caller to mention or not, never thrown.
   */
  save(): { written: number; failed: number } {
    // Shards first: a reader that sees the new summary then finds the entries it vouches for.
    const shards = this.saveShards();
    const summary = this.saveSummary();
    return { written: summary.written + shards.written, failed: summary.failed + shards.failed };
  }

  private saveShards(): { written: number; failed: number } {
    let written = 0;
    let failed = 0;
    if (this.dirty.size === 0) return { written, failed };
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    } catch {
      return { written, failed: this.dirty.size };
    }
    for (const name of this.dirty) {
      const shard = this.shards.get(name);
      // Entries set in this run describe files just read; only older ones may be of deleted files.
      const entries = [...(shard?.entries.values() ?? [])].filter(
        (entry) => this.fresh.has(entry) || stampNow(entry.path) !== undefined,
      );
      const kept = new Set(entries.map((entry) => entry.path));
      const memos = [...(shard?.memos.values() ?? [])].filter((memo) => kept.has(memo.files[0]?.path ?? ''));
      try {
        writeCacheFileAtomically(join(this.dir, name), encodeShard({ entries, memos }));
        written += 1;
      } catch {
        failed += 1;
      }
    }
    this.dirty.clear();
    return { written, failed };
  }

  /**
   * Rewritten only once a thirty-second of what it says is missing or stale: until then each file
   * it lacks costs a warm run one read of a session's cache file (about a millisecond), and
   * rewriting it for hundreds of sessions costs ten or more, too much for every run that finds one
   * session grown.
   * Entries of files this run did not see are kept while their files are unchanged.
   */
  private saveSummary(): { written: number; failed: number } {
    const summary = this.loadedSummary;
    if (this.summaryPath === undefined || summary === undefined) return { written: 0, failed: 0 };
    if (this.summaryChanges === 0 || this.summaryChanges * 32 < summary.entries.size) return { written: 0, failed: 0 };
    const entries = [...summary.entries.values()].filter((entry) => {
      if (this.confirmed.has(entry.path)) return true;
      const now = stampNow(entry.path);
      return now !== undefined && sameStamp(now, entry.stamp);
    });
    const kept = new Set(entries.map((entry) => entry.path));
    const memos = [...summary.memos.values()].filter((memo) => kept.has(memo.files[0]?.path ?? ''));
    try {
      mkdirSync(dirname(this.summaryPath), { recursive: true, mode: 0o700 });
      writeCacheFileAtomically(this.summaryPath, encodeSummary({ entries, memos }));
      this.summaryChanges = 0;
      return { written: 1, failed: 0 };
    } catch {
      return { written: 0, failed: 1 };
    }
  }

  private summary(): LoadedSummary | undefined {
    if (this.summaryPath === undefined) return undefined;
    if (this.loadedSummary === undefined) {
      const stored = this.ignoreStored ? undefined : readSummary(this.summaryPath);
      if (stored === undefined) this.summaryChanges = Number.POSITIVE_INFINITY;
      this.loadedSummary = {
        entries: new Map((stored?.entries ?? []).map((entry) => [entry.path, entry])),
        memos: new Map((stored?.memos ?? []).map((memo) => [memo.files[0]?.path ?? '', memo])),
        soleHolder: stored?.soleHolder,
      };
    }
    return this.loadedSummary;
  }

  private summarise(summary: LoadedSummary, entry: CacheEntry): void {
    const summarised = summaryOf(entry);
    if (summarised === undefined) {
      if (summary.entries.delete(entry.path)) this.summaryChanges += 1;
      return;
    }
    summary.entries.set(entry.path, summarised);
    this.confirmed.add(entry.path);
    this.summaryChanges += 1;
  }

  private shard(name: string): LoadedShard {
    let shard = this.shards.get(name);
    if (shard === undefined) {
      const stored = this.ignoreStored ? undefined : readShard(join(this.dir, name));
      shard = {
        entries: new Map((stored?.entries ?? []).map((entry) => [entry.path, entry])),
        memos: new Map((stored?.memos ?? []).map((memo) => [memo.files[0]?.path ?? '', memo])),
      };
      this.shards.set(name, shard);
    }
    return shard;
  }
}

function readSummary(path: string): ReturnType<typeof decodeSummary> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  return decodeSummary(bytes);
}

/** A missing, unreadable or damaged file reads as empty. */
function readShard(path: string): Shard | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  return decodeShard(bytes);
}

/**
 * `<dir>/<session>.jsonl` and `<dir>/<session>/subagents/*.jsonl` share `<dir>/<session>`; any
 * other file is its own group.
 */
export function sessionGroup(path: string): string {
  const parent = dirname(path);
  if (basename(parent) === 'subagents') return dirname(parent);
  return path.endsWith('.jsonl') ? path.slice(0, -'.jsonl'.length) : path;
}

/**
 * The cache file of `path`'s group: a 64-bit FNV-1a hash of the group's path. Two groups that
 * collide share a file, which is harmless (entries are keyed by path within it).
 */
function shardName(path: string): string {
  const group = sessionGroup(path);
  let a = 0x811c9dc5;
  let b = 0xcbf29ce4;
  for (let i = 0; i < group.length; i += 1) {
    const c = group.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 15);
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}.cache`;
}
