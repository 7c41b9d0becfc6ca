import { closeSync, constants, openSync, readSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/**
 * Reading ahead of the readers when the files are not in memory yet. The readers read
 * synchronously (see `readLinesSync`), so on a cold disk each file's first read leaves its
 * thread waiting for the disk while there is parsing to do. A small thread that only reads,
 * a little ahead of the files the readers claim, turns those waits into page-cache hits.
 *
 * When the files are already cached (the usual case on a developer's machine), reading them
 * again would only cost CPU the readers need, so the read-ahead starts only when a probe of the
 * first files finds the disk slow.
 */

/** A first read slower than this came from the disk, not from memory. */
const COLD_READ_MS = 0.25;
const PROBE_FILES = 3;
const PROBE_BYTES = 64 * 1024;
/** How far ahead of the readers to read: enough to hide the disk, little enough not to evict. */
const AHEAD_BYTES = 96 * 1024 * 1024;
/**
 * Reads from memory run at several GB/s, from this kind of disk at about 1 GB/s or less. When
 * this many bytes in a row came faster than `CACHED_BYTES_PER_MS`, the rest is taken to be in
 * memory too and the read-ahead stops: a probe that misjudged costs little.
 */
const STOP_AFTER_CACHED_BYTES = 32 * 1024 * 1024;
const CACHED_BYTES_PER_MS = 2.5e6;

/** Whether the first files of `paths` (the first ones the readers will claim) are on a cold disk. */
export function looksCold(paths: readonly string[]): boolean {
  const buffer = Buffer.allocUnsafe(PROBE_BYTES);
  let fastest = Number.POSITIVE_INFINITY;
  for (const path of paths.slice(0, PROBE_FILES)) {
    const start = performance.now();
    try {
      const fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
      try {
        readSync(fd, buffer, 0, PROBE_BYTES, 0);
      } finally {
        closeSync(fd);
      }
    } catch {
      continue; // the reader will report it
    }
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest !== Number.POSITIVE_INFINITY && fastest > COLD_READ_MS;
}

export interface PrefetchJob {
  /** Files in the order the readers claim them, with their sizes. */
  paths: readonly string[];
  sizes: readonly number[];
  /** The readers' claim counter (`Int32Array[1]`): how many files have been claimed. */
  next: SharedArrayBuffer;
  aheadBytes: number;
  stopAfterCachedBytes: number;
  cachedBytesPerMs: number;
}

/**
 * The read-ahead thread: plain JavaScript evaluated as its own script, so starting it loads no
 * bundle. It reads each file to its end and throws the bytes away, staying at most
 * `aheadBytes` ahead of the claim counter; files the readers have already claimed are passed
 * over, and it stops early once a long run of files comes from memory. It opens without
 * following links and without blocking (a FIFO swapped in after the walk must not hang it) and
 * reads only regular files.
 */
const PREFETCH_SOURCE = `
const { closeSync, constants, fstatSync, openSync, readSync } = require('node:fs');
const { workerData } = require('node:worker_threads');
const { paths, sizes, next, aheadBytes, stopAfterCachedBytes, cachedBytesPerMs } = workerData;
const claimed = new Int32Array(next);
const pause = new Int32Array(new SharedArrayBuffer(4));
const buffer = Buffer.allocUnsafe(1 << 20);
const flags = constants.O_RDONLY | (constants.O_NOFOLLOW || 0) | (constants.O_NONBLOCK || 0);
let index = 0;
let ahead = 0;
let passed = 0;
let cachedRun = 0;
while (index < paths.length && cachedRun < stopAfterCachedBytes) {
  const position = Math.min(Atomics.load(claimed, 0), paths.length);
  while (passed < position) { if (passed < index) ahead -= sizes[passed]; passed += 1; }
  if (index < position) { index = position; ahead = 0; continue; }
  if (ahead > aheadBytes) { Atomics.wait(pause, 0, 0, 2); continue; }
  try {
    const fd = openSync(paths[index], flags);
    try {
      if (fstatSync(fd).isFile()) {
        const started = performance.now();
        let bytes = 0;
        for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0; ) bytes += n;
        const fromMemory = bytes > 0 && performance.now() - started < bytes / cachedBytesPerMs;
        cachedRun = fromMemory ? cachedRun + bytes : 0;
      }
    } finally {
      closeSync(fd);
    }
  } catch {}
  ahead += sizes[index];
  index += 1;
}
`;

/** Starts the read-ahead thread; it never keeps the process alive. Stop it when reading is done. */
export function startPrefetch(
  job: Pick<PrefetchJob, 'paths' | 'sizes' | 'next'>,
  /** Tests shrink the limits. */
  tuning: Partial<Pick<PrefetchJob, 'aheadBytes' | 'stopAfterCachedBytes' | 'cachedBytesPerMs'>> = {},
): { stop(): void; done: Promise<void> } {
  let worker: Worker | undefined;
  let done = Promise.resolve();
  try {
    const workerData: PrefetchJob = {
      aheadBytes: AHEAD_BYTES,
      stopAfterCachedBytes: STOP_AFTER_CACHED_BYTES,
      cachedBytesPerMs: CACHED_BYTES_PER_MS,
      ...tuning,
      ...job,
    };
    const started = new Worker(PREFETCH_SOURCE, { eval: true, workerData });
    worker = started;
    started.unref();
    // A failure of the read-ahead costs only its benefit.
    started.on('error', () => undefined);
    done = new Promise((resolve) => started.once('exit', () => resolve()));
  } catch {
    worker = undefined;
  }
  return {
    stop: () => {
      worker?.terminate().catch(() => undefined);
    },
    done,
  };
}
