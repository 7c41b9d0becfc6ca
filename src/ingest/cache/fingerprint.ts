import { createHash } from 'node:crypto';
import { closeSync, lstatSync, openSync, readSync } from 'node:fs';
import { READ_NO_FOLLOW } from '../lines.js';

/** How many bytes each fingerprint covers. */
export const FINGERPRINT_BYTES = 4096;

/** What the walk's lstat says about a file; equal stamps mean an unchanged file. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
  dev: number;
}

/**
 * Hashes of the bytes a cached read rests on: the file's first 4 KiB and the 4 KiB before the
 * resume offset (fewer when the file is shorter). A file rewritten rather than appended to
 * (truncated and written anew, or replaced) changes one or the other, even when it grew past
 * the old offset; only the hashes are kept, never the bytes.
 */
export interface Fingerprints {
  head: string;
  tail: string;
}

const window = Buffer.alloc(FINGERPRINT_BYTES);

/** The fingerprints of `path` for a resume at `offset`; undefined when it has fewer bytes. */
export function fingerprints(path: string, offset: number): Fingerprints | undefined {
  const fd = openSync(path, READ_NO_FOLLOW);
  try {
    const head = hashRange(fd, 0, Math.min(FINGERPRINT_BYTES, offset));
    const tailStart = Math.max(0, offset - FINGERPRINT_BYTES);
    const tail = tailStart === 0 ? head : hashRange(fd, tailStart, offset - tailStart);
    return head === undefined || tail === undefined ? undefined : { head, tail };
  } finally {
    closeSync(fd);
  }
}

function hashRange(fd: number, position: number, length: number): string | undefined {
  let got = 0;
  while (got < length) {
    const n = readSync(fd, window, got, length - got, position + got);
    if (n === 0) return undefined;
    got += n;
  }
  return createHash('sha256').update(window.subarray(0, length)).digest('hex').slice(0, 32);
}

/** The stamp of `path` now, without following a link; undefined when it is gone. */
export function stampNow(path: string): FileStamp | undefined {
  try {
    const info = lstatSync(path);
    return info.isFile() ? { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, dev: info.dev } : undefined;
  } catch {
    return undefined;
  }
}

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino && a.dev === b.dev;
}
