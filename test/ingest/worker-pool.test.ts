import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, ingestPaths, readInput, type IngestOptions } from '../../src/ingest/index.js';
import { walkInputs, type FoundFile } from '../../src/ingest/walk.js';
import { looksCold, startPrefetch } from '../../src/ingest/prefetch.js';
import { diskOrder, plannedWorkers, readAll, type ReadTask } from '../../src/ingest/worker-pool.js';
import { buildScript } from '../hook/helpers.js';
import { recordTotals, REAL_PROJECTS } from './transcript/helpers.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(repo, 'test', 'fixtures');
const MiB = 1024 * 1024;

const dir = mkdtempSync(join(tmpdir(), 'claude-cost-pool-'));
const tree = join(dir, 'tree');
let workerUrl: URL;
let truth: Record<
  string,
  { input: number; output: number; cacheWrite5m: number; cacheWrite1h: number; cacheRead: number }
>;

interface Generator {
  generateTree(
    dir: string,
    options: { totalBytes: number; sessions: number; seed: number },
  ): Promise<{ files: number; truth: typeof truth }>;
}

beforeAll(async () => {
  // The worker as dist/ holds it, built by `scripts/build.mjs` itself.
  const out = join(dir, 'dist');
  await (await buildScript()).buildDist(out);
  workerUrl = pathToFileURL(join(out, 'ingest-worker.js'));
  // The benchmark's generator: sessions with subagent files, replays, streaming snapshots.
  const generator = (await import(pathToFileURL(join(repo, 'scripts/bench/generate.mjs')).href)) as Generator;
  const stats = await generator.generateTree(tree, { totalBytes: 6 * MiB, sessions: 12, seed: 3 });
  expect(stats.files).toBeGreaterThan(12);
  truth = stats.truth;
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options = (parallel: IngestOptions['parallel']): IngestOptions => ({
  ...DEFAULT_LIMITS,
  recordedBy: 'claude-cost@test',
  parallel,
});

describe('reading with worker threads', () => {
  it('gives a generated tree the same result as reading in order, and the true totals', async () => {
    const inOrder = await ingestPaths([tree], options({ workers: 0 }));
    const parallel = await ingestPaths([tree], options({ workers: 2, workerUrl, mainThreadReads: false }));
    expect(parallel).toEqual(inOrder);

    const want = { input: 0, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0 };
    for (const t of Object.values(truth))
      for (const k of Object.keys(want) as Array<keyof typeof want>) want[k] += t[k];
    expect(recordTotals(parallel.sessions)).toMatchObject(want);
  });

  it('gives the real transcripts and every fixture format the same result as reading in order', async () => {
    const paths = [REAL_PROJECTS, FIXTURES];
    const inOrder = await ingestPaths(paths, options({ workers: 0 }));
    const parallel = await ingestPaths(paths, options({ workers: 3, workerUrl, mainThreadReads: false }));
    expect(parallel).toEqual(inOrder);
    expect(parallel.files.map((f) => f.format)).toEqual(
      expect.arrayContaining(['transcript', 'result', 'export', 'record']),
    );
    expect(recordTotals(parallel.sessions.filter((s) => s.source.format === 'transcript')).requests).toBeGreaterThan(
      225,
    );
  });

  it('finds its worker next to the CLI bundle: the build has an ingest-worker entry', () => {
    const script = readFileSync(join(repo, 'scripts/build.mjs'), 'utf8');
    expect(script).toMatch(/'ingest-worker': 'src\/ingest\/worker\.ts'/);
  });

  it('reads in order when the worker script is missing', async () => {
    const missing = pathToFileURL(join(dir, 'no-such-worker.js'));
    const result = await ingestPaths([REAL_PROJECTS], options({ workers: 2, workerUrl: missing }));
    expect(result).toEqual(await ingestPaths([REAL_PROJECTS], options({ workers: 0 })));
  });
});

describe('readAll', () => {
  const task: ReadTask = { formats: ['record', 'result', 'export', 'transcript'], maxJsonBytes: 64 * MiB };
  const files = async (): Promise<FoundFile[]> => (await walkInputs([tree], DEFAULT_LIMITS)).files;

  it('gets every outcome from the workers when the main thread does not read', async () => {
    const found = [...(await files()), ...(await walkInputs([REAL_PROJECTS, FIXTURES], DEFAULT_LIMITS)).files];
    const mainMustNotRead = (): never => {
      throw new Error('the main thread read a file');
    };
    const parallel = await readAll(found, task, mainMustNotRead, { workers: 2, workerUrl, mainThreadReads: false });
    expect(parallel).toEqual(await readAll(found, task, readInput, { workers: 0 }));
  });

  it('raises the error of the first unreadable file in walk order, as reading in order does', async () => {
    const found = await files();
    const gone = (name: string): FoundFile => ({ path: join(dir, name), displayName: name, size: 50 * MiB });
    // The missing files are the largest, so they are claimed first, by whichever thread is free.
    const list = [...found.slice(0, 3), gone('gone-1.jsonl'), ...found.slice(3), gone('gone-2.jsonl')];
    const inOrder = await readAll(list, task, readInput, { workers: 0 }).catch((error: unknown) => error);
    expect(inOrder).toMatchObject({ code: 'ENOENT', path: join(dir, 'gone-1.jsonl') });
    for (const mainThreadReads of [true, false]) {
      const parallel = await readAll(list, task, readInput, { workers: 2, workerUrl, mainThreadReads }).catch(
        (error: unknown) => error,
      );
      expect(parallel).toEqual(inOrder);
      expect(parallel).toMatchObject({ code: 'ENOENT', path: join(dir, 'gone-1.jsonl') });
      expect((parallel as Error).constructor).toBe((inOrder as Error).constructor);
    }
  });

  it("reads one thread's files in inode order, and gives outcomes and errors in walk order", async () => {
    const found = await files();
    expect(diskOrder(found)).toEqual(
      found.map((_, i) => i).sort((a, b) => (found[a]?.ino ?? 0) - (found[b]?.ino ?? 0) || a - b),
    );
    // Inodes that reverse the walk order: the last file is read first.
    const reversed = found.map((file, i) => ({ ...file, ino: found.length - i }));
    expect(diskOrder(reversed)).toEqual(found.map((_, i) => found.length - 1 - i));
    const plain = found.map(({ ino: _ino, ...file }) => file);
    expect(diskOrder(plain)).toEqual(found.map((_, i) => i));
    const expected = await readAll(plain, task, readInput, { workers: 0, readAhead: false });
    for (const readAhead of [false, true]) {
      expect(await readAll(reversed, task, readInput, { workers: 0, readAhead })).toEqual(expected);
    }
    // The second missing file is read first; the error is still the first one's in walk order.
    const gone = (name: string, ino: number): FoundFile => ({ path: join(dir, name), displayName: name, size: 1, ino });
    const list = [...reversed.slice(0, 2), gone('gone-1.jsonl', 1e9), ...reversed.slice(2), gone('gone-2.jsonl', -1)];
    const error = await readAll(list, task, readInput, { workers: 0 }).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: 'ENOENT', path: join(dir, 'gone-1.jsonl') });
  });

  it('reads on the main thread what a dying worker claimed and never delivered', async () => {
    const found = await files();
    // A worker that claims every file, says so, and exits without a word.
    const signal = join(dir, 'claimed');
    const script = join(dir, 'dying-worker.mjs');
    writeFileSync(
      script,
      `import { workerData } from 'node:worker_threads';
       import { writeFileSync } from 'node:fs';
       Atomics.add(new Int32Array(workerData.next), 0, ${found.length});
       writeFileSync(${JSON.stringify(signal)}, 'yes');
       process.exit(3);`,
    );
    let first = true;
    const slowFirstRead: typeof readInput = async (file, t) => {
      if (first) {
        first = false;
        // Hold the main thread's first file until the worker has claimed the rest.
        for (let i = 0; i < 200 && !existsSync(signal); i += 1) await new Promise((r) => setTimeout(r, 25));
      }
      return readInput(file, t);
    };
    const parallel = await readAll(found, task, slowFirstRead, { workers: 1, workerUrl: pathToFileURL(script) });
    expect(existsSync(signal)).toBe(true);
    expect(parallel).toEqual(await readAll(found, task, readInput, { workers: 0 }));
  });

  it('plans no workers for one file or a small input, and never more than files to share', () => {
    const file = (size: number): FoundFile => ({ path: 'x.jsonl', displayName: 'x.jsonl', size });
    expect(plannedWorkers([file(10_000 * MiB)])).toBe(0);
    expect(plannedWorkers([file(MiB), file(MiB)])).toBe(0);
    expect(plannedWorkers([file(MiB), file(MiB)], { workers: 8 })).toBe(1);
    expect(plannedWorkers([file(MiB), file(MiB), file(MiB)], { workers: 0 })).toBe(0);
  });
});

describe('read-ahead', () => {
  const task: ReadTask = { formats: ['record', 'result', 'export', 'transcript'], maxJsonBytes: 64 * MiB };

  it('changes nothing but timing: the same outcomes with it forced on', async () => {
    const found = (await walkInputs([tree, REAL_PROJECTS, FIXTURES], DEFAULT_LIMITS)).files;
    const ahead = await readAll(found, task, readInput, { workers: 1, workerUrl, prefetch: true });
    expect(ahead).toEqual(await readAll(found, task, readInput, { workers: 0 }));
  });

  it('finds files just written in memory, so it does not start', async () => {
    const found = (await walkInputs([tree], DEFAULT_LIMITS)).files;
    expect(looksCold(found.map((f) => f.path))).toBe(false);
  });

  /**
   * Runs the read-ahead over the generated tree with a 4 MiB window and nothing ever claimed, so
   * it can end before `waitMs` only by stopping itself; says whether it did.
   */
  async function readAhead(cachedBytesPerMs: number, waitMs: number): Promise<'stopped' | 'still running'> {
    const found = (await walkInputs([tree], DEFAULT_LIMITS)).files;
    const job = { paths: found.map((f) => f.path), sizes: found.map((f) => f.size), next: new SharedArrayBuffer(4) };
    const prefetch = startPrefetch(job, { aheadBytes: 4 * MiB, stopAfterCachedBytes: MiB, cachedBytesPerMs });
    const outcome = await Promise.race([
      prefetch.done.then(() => 'stopped' as const),
      new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), waitMs)),
    ]);
    prefetch.stop();
    return outcome;
  }

  it('stops by itself once a run of files comes from memory', async () => {
    // Any speed counts as memory's: it stops after the first MiB.
    expect(await readAhead(1, 5_000)).toBe('stopped');
  });

  it('reads on while the files come from the disk, up to its window', async () => {
    // No speed counts as memory's: it fills its window and waits for the readers.
    expect(await readAhead(1e12, 1_000)).toBe('still running');
  });

  it('stops when asked, and its probe reads neither a FIFO nor a link', async () => {
    const fifo = join(dir, 'pipe.jsonl');
    execFileSync('mkfifo', [fifo]);
    const link = join(dir, 'link.jsonl');
    symlinkSync('/dev/zero', link);
    const next = new SharedArrayBuffer(4);
    const job = { paths: [fifo, link, join(tree, 'none.jsonl')], sizes: [MiB, MiB, MiB], next };
    const prefetch = startPrefetch(job);
    await new Promise((resolve) => setTimeout(resolve, 300));
    prefetch.stop();
    // Opened without following links and without blocking: the probe reads nothing from either.
    expect(looksCold([fifo, link])).toBe(false);
  });
});
