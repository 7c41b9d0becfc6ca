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
/** Reads in flight: four were as fast as sixteen on this kind of disk. */
const LANES = 4;

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
  /** Reads in flight at once. */
  lanes: number;
}

/**
 * The read-ahead thread: plain JavaScript evaluated as its own script, so starting it loads no
 * bundle. `lanes` reads are in flight at once (on libuv's thread pool): a virtual disk serves
 * several requests at a time far faster than one after another (this kind of runner read the
 * bench tree cold in 0.45 s one file at a time and in 0.25 s four at a time). It reads each file
 * to its end and throws the bytes away, staying at most `aheadBytes` ahead of the claim counter;
 * files the readers have already claimed are passed over, and it stops early once a long run of
 * files comes from memory. It opens without following links and without blocking (a FIFO swapped
 * in after the walk must not hang it) and reads only regular files.
 */
const PREFETCH_SOURCE = `
const { close, constants, fstat, open, read } = require('node:fs');
const { workerData } = require('node:worker_threads');
const { paths, sizes, next, aheadBytes, stopAfterCachedBytes, cachedBytesPerMs, lanes } = workerData;
const claimed = new Int32Array(next);
const flags = constants.O_RDONLY | (constants.O_NOFOLLOW || 0) | (constants.O_NONBLOCK || 0);
const before = [0];
for (const size of sizes) before.push(before[before.length - 1] + size);
let index = 0;
let cachedRun = 0;
// The callback API: fs/promises would load file handles and streams into this thread first.
const call = (fn, ...args) => new Promise((resolve, reject) => fn(...args, (error, value) => (error ? reject(error) : resolve(value))));
const pause = () => new Promise((resolve) => setTimeout(resolve, 2));
async function readToEnd(path, buffer) {
  let fd;
  try {
    fd = await call(open, path, flags);
    if (!(await call(fstat, fd)).isFile()) return;
    const started = performance.now();
    let bytes = 0;
    for (let n; (n = await call(read, fd, buffer, 0, buffer.length, null)) > 0; ) bytes += n;
    const fromMemory = bytes > 0 && performance.now() - started < bytes / cachedBytesPerMs;
    cachedRun = fromMemory ? cachedRun + bytes : 0;
  } catch {
  } finally {
    if (fd !== undefined) close(fd, () => {});
  }
}
async function lane() {
  const buffer = Buffer.allocUnsafe(1 << 20);
  while (index < paths.length && cachedRun < stopAfterCachedBytes) {
    const position = Math.min(Atomics.load(claimed, 0), paths.length);
    if (index < position) index = position;
    if (index >= paths.length) return;
    if (before[index] - before[position] > aheadBytes) { await pause(); continue; }
    const file = index;
    index += 1;
    await readToEnd(paths[file], buffer);
  }
}
Promise.all(Array.from({ length: lanes }, lane));
`;

/** Starts the read-ahead thread; it never keeps the process alive. Stop it when reading is done. */
export function startPrefetch(
  job: Pick<PrefetchJob, 'paths' | 'sizes' | 'next'>,
  /** Tests shrink the limits. */
  tuning: Partial<Pick<PrefetchJob, 'aheadBytes' | 'stopAfterCachedBytes' | 'cachedBytesPerMs' | 'lanes'>> = {},
): { stop(): void; done: Promise<void> } {
  let worker: Worker | undefined;
  let done = Promise.resolve();
  try {
    const workerData: PrefetchJob = {
      aheadBytes: AHEAD_BYTES,
      stopAfterCachedBytes: STOP_AFTER_CACHED_BYTES,
      cachedBytesPerMs: CACHED_BYTES_PER_MS,
      lanes: LANES,
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
