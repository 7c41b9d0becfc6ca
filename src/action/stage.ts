import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Skipped } from '../ingest/types.js';

/**
 * Records a PR adds are copied ("staged") into a private directory under RUNNER_TEMP before the
 * pipeline reads them, whichever way they were found. The pipeline then reads bytes that were
 * checked once (type, size, place) and cannot change underneath it, and both sources feed it
 * the same way.
 */
export interface RecordLimits {
  /** A session record is a few kilobytes; the schema allows at most 10,000 usage buckets. */
  maxFileBytes: number;
  maxTotalBytes: number;
  maxFiles: number;
}

export const RECORD_LIMITS: RecordLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxFiles: 20_000,
};

export interface StagedRecords {
  dir: string;
  /** Repository-relative paths of the staged files. */
  files: string[];
  /** Files refused before reading, with the reason: shown in the report's data notes. */
  skipped: Skipped[];
  /** Facts about the search itself (e.g. the API's file-list cap). */
  notes: string[];
  /** Files and bytes admitted so far (reserved before the write, as reads run concurrently). */
  admitted: number;
  bytes: number;
}

export function newStage(dir: string): StagedRecords {
  return { dir, files: [], skipped: [], notes: [], admitted: 0, bytes: 0 };
}

/** True when `path` is a plain relative path that cannot leave the stage directory. */
export function isSafeRelativePath(path: string): boolean {
  if (path === '' || path.startsWith('/') || path.includes('\\') || path.includes('\0')) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/** Checks the caps for `size` more bytes and reserves them; records why when the file is refused. */
export function admit(stage: StagedRecords, path: string, size: number, limits: RecordLimits): boolean {
  if (size > limits.maxFileBytes) {
    stage.skipped.push({ file: path, line: 0, reason: `file is larger than ${limits.maxFileBytes} bytes` });
    return false;
  }
  if (stage.admitted >= limits.maxFiles) {
    stage.skipped.push({ file: path, line: 0, reason: `more than ${limits.maxFiles} record files in one PR` });
    return false;
  }
  if (stage.bytes + size > limits.maxTotalBytes) {
    stage.skipped.push({
      file: path,
      line: 0,
      reason: `the PR's records exceed ${limits.maxTotalBytes} bytes in total`,
    });
    return false;
  }
  stage.admitted++;
  stage.bytes += size;
  return true;
}

export async function stageFile(stage: StagedRecords, path: string, content: Buffer): Promise<void> {
  const target = join(stage.dir, path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, content, { flag: 'wx' });
  stage.files.push(path);
}

export function refuse(stage: StagedRecords, path: string, reason: string): void {
  stage.skipped.push({ file: path, line: 0, reason });
}
