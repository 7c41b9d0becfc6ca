import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  linkSync,
  lstatSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';

/**
 * An exclusive lock file next to what it protects, for a read-merge-write that two processes may
 * run at once (two Claude Code hooks finishing together, or a hook and `claude-cost record`).
 * `open(path, 'wx')` is atomic on local file systems: exactly one process creates the file.
 * A process that dies while holding the lock leaves the file behind, so a lock older than
 * `staleMs` is broken; the work it guards takes milliseconds, so 30 s is far beyond any holder.
 * The file calls are synchronous (each is one quick system call, and awaiting them only added
 * event-loop turns); only the wait between tries is not.
 */
export interface LockOptions {
  /** Give up after waiting this long. Default 5 s. */
  timeoutMs?: number;
  /** A lock file whose last change is older than this is presumed abandoned. Default 30 s. */
  staleMs?: number;
}

const READ_NO_FOLLOW = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

export const LOCK_DEFAULTS = { timeoutMs: 5_000, staleMs: 30_000 } as const;

export class LockTimeoutError extends Error {
  constructor(
    readonly lockPath: string,
    waitedMs: number,
  ) {
    super(
      `${lockPath}: still locked by another claude-cost process after ${Math.round(waitedMs / 1000)} s ` +
        '(delete the file if no claude-cost is running)',
    );
    this.name = 'LockTimeoutError';
  }
}

interface HeldLock {
  path: string;
  /**
   * Written into the file and checked before unlinking: a file system may give a new file the
   * inode number of a deleted one, so the inode alone cannot tell our lock from its successor.
   */
  token: string;
}

/** Run `work` while holding the lock file `lockPath`; the lock is released however `work` ends. */
export async function withFileLock<T>(lockPath: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const held = await acquire(lockPath, { ...LOCK_DEFAULTS, ...options });
  try {
    return await work();
  } finally {
    release(held);
  }
}

async function acquire(path: string, options: Required<LockOptions>): Promise<HeldLock> {
  const started = Date.now();
  let delay = 5;
  for (;;) {
    const held = tryCreate(path);
    if (held !== undefined) return held;
    breakIfStale(path, options.staleMs);
    const waited = Date.now() - started;
    if (waited >= options.timeoutMs) throw new LockTimeoutError(path, waited);
    // Jitter keeps two waiters from retrying in lockstep; the cap keeps the wait responsive.
    await sleep(Math.min(delay * (1 + Math.random()), options.timeoutMs - waited));
    delay = Math.min(delay * 2, 100);
  }
}

function tryCreate(path: string): HeldLock | undefined {
  let fd;
  try {
    // 'wx' also fails on a planted symbolic link at `path`, so the lock is never written elsewhere.
    fd = openSync(path, 'wx', 0o644);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return undefined;
    throw error;
  }
  try {
    // The pid is for a person looking at a left-over lock; the random part makes it ours alone.
    const token = `${process.pid} ${randomBytes(8).toString('hex')}\n`;
    writeFileSync(fd, token);
    return { path, token };
  } catch (error) {
    unlinkQuietly(path);
    throw error;
  } finally {
    closeSync(fd);
  }
}

/**
 * Moves an abandoned lock aside rather than unlinking it by name: between our lstat and our
 * unlink another waiter could break it too and take a fresh lock, which an unlink by name would
 * delete. After the rename we check we moved the file we judged stale, and put back one we did not.
 */
function breakIfStale(path: string, staleMs: number): void {
  let info;
  try {
    info = lstatSync(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  if (Date.now() - info.mtimeMs < staleMs) return;
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  const moved = lstatSync(aside);
  if (moved.dev !== info.dev || moved.ino !== info.ino || moved.mtimeMs !== info.mtimeMs) {
    // A fresh lock: restore it unless yet another process has created one meanwhile.
    try {
      linkSync(aside, path);
    } catch {
      // another process holds a newer lock there
    }
  }
  unlinkQuietly(aside);
}

function release(held: HeldLock): void {
  try {
    const fd = openSync(held.path, READ_NO_FOLLOW);
    let content;
    try {
      content = readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
    // Only our own file: if ours was broken as stale, the one there now belongs to someone else.
    if (content === held.token) unlinkSync(held.path);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

function errorCode(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
