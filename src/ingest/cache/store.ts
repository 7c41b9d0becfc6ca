import { mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeCacheFileAtomically } from '../../local/atomic-write.js';
import { decodeShard, encodeShard, type CacheEntry, type CollectedMemo, type Shard } from './codec.js';
import { stampNow } from './fingerprint.js';

/**
 * The transcript cache on disk: one small file per session (its transcript and its
 * `<session>/subagents/` logs together), so a hook reads and writes only its own session's file,
 * and two hooks on different sessions never touch the same one. Files are named by a hash of the
 * session's real path and replaced whole by rename, so a reader sees an old file or a new one,
 * never half of one. Two writers of one file: the last rename wins, and the other's entries are
 * read again next time. Every entry checks itself against the transcript before it is used, so
 * a stale one costs time, never a wrong number.
 */
interface LoadedShard {
  entries: Map<string, CacheEntry>;
  /** By the real path of the group's first file. */
  memos: Map<string, CollectedMemo>;
}

export class TranscriptCache {
  private readonly shards = new Map<string, LoadedShard>();
  private readonly dirty = new Set<string>();
  private readonly fresh = new WeakSet<CacheEntry>();
  /** Set when a damaged entry was found: every file is read whole, and the cache rewritten. */
  private ignoreStored = false;

  /** `directory`: the claude-cost cache directory (see `cacheDirectory`). */
  constructor(directory: string) {
    this.dir = join(directory, 'transcripts');
  }

  private readonly dir: string;

  /** The entry for the file whose real path is `path`. */
  get(path: string): CacheEntry | undefined {
    return this.shard(shardName(path)).entries.get(path);
  }

  set(entry: CacheEntry): void {
    this.fresh.add(entry);
    const name = shardName(entry.path);
    this.shard(name).entries.set(entry.path, entry);
    this.dirty.add(name);
  }

  /** The memo of the group whose first file is `path`. */
  memo(path: string): CollectedMemo | undefined {
    return this.shard(shardName(path)).memos.get(path);
  }

  setMemo(memo: CollectedMemo): void {
    const first = memo.files[0]?.path;
    if (first === undefined) return;
    const name = shardName(first);
    this.shard(name).memos.set(first, memo);
    this.dirty.add(name);
  }

  /** Forget everything read from disk (a damaged entry was found); what is set from now on is kept. */
  forgetStored(): void {
    this.ignoreStored = true;
    for (const name of this.shards.keys()) this.dirty.add(name);
    this.shards.clear();
  }

  /**
   * Writes the files that changed. Entries of files that no longer exist are dropped on the way.
   * Best effort: a cache that cannot be written only makes the next run slower, so failures are
   * returned for the caller to mention or not, never thrown.
   */
  save(): { written: number; failed: number } {
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
