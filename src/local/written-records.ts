import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { writeCacheFileAtomically } from './atomic-write.js';

const FORMAT = 'claude-cost/written-records';
// 2: a `key` the caller gives (see `keyOf`) instead of a hash of the record's bytes.
const VERSION = 2;

interface Written {
  /** Names the record that was merged into the file (see `keyOf`). */
  key: string;
  size: number;
  mtimeMs: number;
  ino: number;
  dev: number;
}

/**
 * What `claude-cost record` last merged into each record file of one output directory, and the
 * file as it left it. Merging is idempotent, so merging the same record into the same file again
 * changes nothing: a rerun skips those files without taking their locks or reading them (the cost
 * of a warm run is otherwise mostly 300 lock-read-compare cycles). Any change to the file
 * (another writer, a checkout, an edit; a rename gives a new inode) makes it merge as usual.
 * Kept in the cache directory, never in the repository; a damaged file is ignored.
 */
export class WrittenRecords {
  private changed = false;

  private constructor(
    private readonly path: string,
    /** The output directory, ready for a file name to be appended. */
    private readonly dirPrefix: string,
    private readonly entries: Map<string, Written>,
  ) {}

  static load(cacheDir: string, outDir: string): WrittenRecords {
    const key = createHash('sha256')
      .update(realPathOf(resolve(outDir)))
      .digest('hex')
      .slice(0, 32);
    const path = join(cacheDir, 'records', `${key}.json`);
    const dir = resolve(outDir);
    return new WrittenRecords(path, dir.endsWith(sep) ? dir : dir + sep, readEntries(path));
  }

  /**
   * A key `isCurrent` and `note` take: a hash of the record's bytes as written. Any other text
   * that is equal only for equal records will do (the ingest's record keys, known without
   * serialising the record).
   */
  static keyOf(serialised: string): string {
    return createHash('sha256').update(serialised).digest('hex').slice(0, 32);
  }

  /** Merging the record named `key` into the file `name` would change nothing. */
  isCurrent(name: string, key: string): boolean {
    const entry = this.entries.get(name);
    if (entry === undefined || entry.key !== key) return false;
    const now = stampOf(this.dirPrefix + name);
    return (
      now !== undefined &&
      now.size === entry.size &&
      now.mtimeMs === entry.mtimeMs &&
      now.ino === entry.ino &&
      now.dev === entry.dev
    );
  }

  /** The record named `key` was just merged into the file `name`. */
  note(name: string, key: string): void {
    const now = stampOf(this.dirPrefix + name);
    if (now === undefined) return;
    this.entries.set(name, { key, ...now });
    this.changed = true;
  }

  /** Best effort, like every cache write. */
  save(): void {
    if (!this.changed) return;
    try {
      mkdirSync(join(this.path, '..'), { recursive: true, mode: 0o700 });
      const entries = Object.fromEntries([...this.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      writeCacheFileAtomically(this.path, JSON.stringify({ format: FORMAT, version: VERSION, entries }));
      this.changed = false;
    } catch {
      // The next run merges these records again; nothing is lost.
    }
  }
}

/** The real path of `path`, or of its deepest existing parent joined with the rest (a first run creates it). */
function realPathOf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPathOf(parent), basename(path));
  }
}

function stampOf(path: string): Omit<Written, 'key'> | undefined {
  try {
    const info = lstatSync(path);
    return info.isFile() ? { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, dev: info.dev } : undefined;
  } catch {
    return undefined;
  }
}

function readEntries(path: string): Map<string, Written> {
  const entries = new Map<string, Written>();
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return entries;
  }
  if (typeof json !== 'object' || json === null) return entries;
  const { format, version, entries: raw } = json as Record<string, unknown>;
  if (format !== FORMAT || version !== VERSION || typeof raw !== 'object' || raw === null) return entries;
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value !== 'object' || value === null) return new Map();
    const { key, size, mtimeMs, ino, dev } = value as Record<string, unknown>;
    if (typeof key !== 'string' || ![size, mtimeMs, ino, dev].every((n) => typeof n === 'number')) return new Map();
    entries.set(name, { key, size, mtimeMs, ino, dev } as Written);
  }
  return entries;
}
