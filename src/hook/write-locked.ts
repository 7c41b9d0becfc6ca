import { lstat, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { SessionRecord } from '../records/schema.js';
import { recordFileName, writeRecord, type WriteStatus } from '../records/write.js';
import { withFileLock, type LockOptions } from './lock.js';

/**
 * `writeRecord` under `<record>.lock`. writeRecord's temp-file-and-rename keeps every file whole,
 * but two processes merging into the same record can still lose one another's data: both read the
 * old record, both merge, the second rename wins. The lock makes read-merge-write one step.
 *
 * If writeRecord ever takes this lock itself, call it directly instead: the lock is not
 * re-entrant, and wrapping it again would wait on itself until the timeout.
 */
export async function writeRecordLocked(
  dir: string,
  record: SessionRecord,
  options: LockOptions = {},
): Promise<{ path: string; status: WriteStatus }> {
  // The lock lives in `dir`, so `dir` must exist and be a real directory before we lock.
  await mkdir(dir, { recursive: true });
  if ((await lstat(dir)).isSymbolicLink()) throw new Error(`${dir}: refusing to write into a symbolic link`);
  const lockPath = join(dir, `${recordFileName(record)}.lock`);
  return withFileLock(lockPath, () => writeRecord(dir, record), options);
}
