import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Fingerprints } from './cache/fingerprint.js';
import { looksCold, startPrefetch } from './prefetch.js';
import { ReadAhead, type ReadAheadOptions } from './read-ahead.js';
import type { ResumePoint } from './transcript/parse.js';
import type { FileResult, Format } from './types.js';
import type { FoundFile } from './walk.js';
import { unpackOutcome, type PackedOutcome } from './worker-transfer.js';

/**
 * What one file was read as; `undefined` when no parser recognised it. Transcripts also say where
 * a later read of the grown file resumes, and what `result` holds up to there when it differs.
 */
export type Outcome =
  | {
      format: Format;
      result: FileResult;
      resume?: { point: ResumePoint; committed: FileResult | undefined; marks?: Fingerprints | undefined };
    }
  | undefined;

/** Everything a reader needs besides the file: plain data, so it can cross to a worker. */
export interface ReadTask {
  formats: readonly Format[];
  maxJsonBytes: number;
  /** Fingerprint each transcript at its resume point (for the cache), on the thread that read it. */
  fingerprints?: boolean;
}

export type ReadInput = (file: FoundFile, task: ReadTask, chunks?: Iterable<Buffer>) => Promise<Outcome>;

/** `workerData` of an ingest worker. */
export interface WorkerJob {
  kind: typeof WORKER_KIND;
  task: ReadTask;
  /** Files in the order they are claimed (largest first), with their index in the walk. */
  queue: Array<{ index: number; file: FoundFile }>;
  /** Int32Array[1] over a SharedArrayBuffer: the next queue position to claim. */
  next: SharedArrayBuffer;
}

export const WORKER_KIND = 'claude-cost/ingest-worker';

/** Messages from a worker: one per file it claimed, then `done`. */
export type WorkerMessage =
  | { type: 'outcome'; index: number; outcome: PackedOutcome }
  /** Reading threw (an I/O error): the main thread reads the file again to raise it. */
  | { type: 'failed'; index: number }
  | { type: 'done' };

export interface ParallelOptions {
  /** Worker threads to start besides the main thread, which reads too. Default: from the CPUs. */
  workers?: number;
  /** The worker script. Default: `ingest-worker.js` next to the running bundle. */
  workerUrl?: URL;
  /** Whether this thread reads files too (default). Tests turn it off so every file crosses over. */
  mainThreadReads?: boolean;
  /** Read ahead of the readers (`prefetch.ts`). Default: when the first files read slowly. */
  prefetch?: boolean;
  /**
   * Read ahead on a second thread when this thread reads alone (`read-ahead.ts`). Default: when
   * the files hold at least `READ_AHEAD_MIN_BYTES`.
   */
  readAhead?: boolean | ReadAheadOptions;
}

/**
 * Below this many bytes a worker does not pay for itself: it needs 60-100 ms to start (a new
 * isolate, the bundle loaded into it), and by then the main thread has read most of a small
 * input alone. Measured on a 2-core runner: a loss at 68 MiB, even at 108-200 MiB, a gain of a
 * sixth at 400 MiB. One CPU is left to the read-ahead thread: on a 2-core runner one thread
 * parsing and one reading ahead beat two parsing (Node 20, 400 MiB from a cold disk: 1.18 s
 * against 1.20 s, with a fifth less CPU time and 15% less memory).
 */
export const PARALLEL_MIN_BYTES = 128 * 1024 * 1024;
const MAX_WORKERS = 3;
const YIELD_EVERY_MS = 10;

/** The bundled worker; it exists only next to a built bundle (`scripts/build.mjs`). */
const BUNDLED_WORKER = new URL('./ingest-worker.js', import.meta.url);

/**
 * Below this, a thread that reads ahead is not worth starting: the files are read before it would
 * have helped.
 */
export const READ_AHEAD_MIN_BYTES = 32 * 1024 * 1024;

/**
 * The read-ahead thread for this thread's files, when worth it. A lone file is read where it is
 * parsed, as with worker threads: the second isolate costs more memory than the overlap saves
 * time (with one 1 GiB transcript, Node 24 peaked at 202 MB with it and 195 MB without).
 */
function startReadAhead(files: readonly FoundFile[], option: ParallelOptions['readAhead']): ReadAhead | undefined {
  if (option === false || files.length === 0 || (option === undefined && files.length < 2)) return undefined;
  const planned = files.map((file) => ({ path: file.path, start: file.start?.startOffset ?? 0, size: file.size }));
  const bytes = planned.reduce((sum, file) => sum + Math.max(0, file.size - file.start), 0);
  if (option === undefined && bytes < READ_AHEAD_MIN_BYTES) return undefined;
  return new ReadAhead(planned, typeof option === 'object' ? option : {});
}

/**
 * The order to read `files` in on one thread: by inode, which on the common file systems follows
 * where the files lie on the disk (files written one after another get ascending inodes). From a
 * cold disk that reads faster than name order: `cat` of the bench tree's files took 0.43-0.48 s
 * in inode order and 0.52-0.55 s in walk order. Files the walk did not stat keep their place
 * after the others.
 */
export function diskOrder(files: readonly FoundFile[]): number[] {
  const inode = (file: FoundFile | undefined): number => file?.ino ?? Number.MAX_SAFE_INTEGER;
  return files.map((_, i) => i).sort((a, b) => inode(files[a]) - inode(files[b]) || a - b);
}

/** How many worker threads reading `files` is worth. */
export function plannedWorkers(files: readonly FoundFile[], options: ParallelOptions = {}): number {
  if (files.length < 2) return 0;
  if (options.workers !== undefined) return Math.max(0, Math.min(options.workers, files.length - 1));
  const bytes = files.reduce((sum, file) => sum + file.size - (file.start?.startOffset ?? 0), 0);
  if (bytes < PARALLEL_MIN_BYTES) return 0;
  return Math.max(0, Math.min(availableParallelism() - 2, MAX_WORKERS, files.length - 1));
}

/**
 * Reads `files` with `read`, on this thread and on worker threads, and returns the outcomes in
 * the files' order: the same as reading them one by one, only sooner.
 *
 * Files are claimed one at a time, largest first, from a shared counter, so no thread waits for
 * another and a worker that is still starting simply claims less. Each outcome crosses back
 * packed (`worker-transfer.ts`). A worker that fails to start or dies costs nothing but time:
 * whatever it claimed and did not deliver is read here afterwards. A file whose reading threw is
 * read again here too, so the error surfaces exactly as it would without workers (the first in
 * walk order).
 */
export async function readAll(
  files: readonly FoundFile[],
  task: ReadTask,
  read: ReadInput,
  options: ParallelOptions = {},
): Promise<Outcome[]> {
  const outcomes = new Array<Outcome>(files.length);
  const delivered = new Uint8Array(files.length);
  const workerUrl = options.workerUrl ?? BUNDLED_WORKER;
  const workers = existsSync(fileURLToPath(workerUrl)) ? plannedWorkers(files, options) : 0;
  if (workers === 0) {
    const order = diskOrder(files);
    const ahead = startReadAhead(
      order.map((i) => files[i] as FoundFile),
      options.readAhead,
    );
    // Every file is read even after one threw, so the error raised is the first in walk order.
    const errors = new Map<number, unknown>();
    try {
      for (const [k, i] of order.entries()) {
        try {
          outcomes[i] = await read(files[i] as FoundFile, task, ahead?.chunks(k));
        } catch (error) {
          errors.set(i, error);
        }
        ahead?.finish(k);
      }
    } finally {
      ahead?.stop();
    }
    if (errors.size > 0) throw errors.get(Math.min(...errors.keys()));
    return outcomes;
  }

  const queue = files
    .map((file, index) => ({ index, file }))
    .sort((a, b) => b.file.size - a.file.size || a.index - b.index);
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const job: WorkerJob = { kind: WORKER_KIND, task, queue, next };
  const failed: Array<{ index: number; error: unknown }> = [];
  const deliver = (index: number, outcome: Outcome): void => {
    outcomes[index] = outcome;
    delivered[index] = 1;
  };
  const finished = Array.from({ length: workers }, () => runWorker(workerUrl, job, deliver));
  const paths = queue.map((entry) => entry.file.path);
  const prefetch =
    (options.prefetch ?? looksCold(paths))
      ? startPrefetch({ paths, sizes: queue.map((entry) => entry.file.size), next })
      : undefined;
  let lastYield = performance.now();

  while (options.mainThreadReads !== false) {
    const position = Atomics.add(counter, 0, 1);
    const entry = queue[position];
    if (entry === undefined) break;
    try {
      deliver(entry.index, await read(entry.file, task));
    } catch (error) {
      failed.push({ index: entry.index, error });
    }
    // Now and then let the workers' outcomes in, so they are not all decoded at the end.
    if (performance.now() - lastYield > YIELD_EVERY_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      lastYield = performance.now();
    }
  }
  await Promise.all(finished);
  prefetch?.stop();

  const errors = new Map(failed.map(({ index, error }) => [index, error]));
  for (let index = 0; index < files.length; index += 1) {
    if (delivered[index] === 1) continue;
    if (errors.has(index)) throw errors.get(index);
    outcomes[index] = await read(files[index] as FoundFile, task);
  }
  return outcomes;
}

/** Resolves when the worker is done, whether it finished, failed to start or died. */
function runWorker(url: URL, job: WorkerJob, deliver: (index: number, outcome: Outcome) => void): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(url, { workerData: job });
    } catch {
      resolve();
      return;
    }
    let stopped = false;
    const stop = (): void => {
      if (stopped) return;
      stopped = true;
      resolve();
      worker.terminate().catch(() => undefined);
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'outcome') deliver(message.index, unpackOutcome(message.outcome));
      else if (message.type === 'done') stop();
      // `failed`: left undelivered, read again on the main thread.
    });
    worker.on('error', stop);
    worker.on('exit', stop);
  });
}
