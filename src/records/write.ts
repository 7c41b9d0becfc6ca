import { closeSync, constants, lstatSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from '../local/atomic-write.js';
import { sha256Hex } from './identifiers.js';
import { withFileLock, type LockOptions } from './lock.js';
import { describeFirstIssue } from './issues.js';
import { mergeRecords } from './merge.js';
import { SessionRecordSchema, type SessionRecord } from './schema.js';
import { serialiseRecord } from './serialise.js';

export { mergeRecords } from './merge.js';

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const MAX_EXISTING_BYTES = 64 * 1024 * 1024;
const READ_NO_FOLLOW = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

/**
 * `<sessionId>--<branch-slug>-<8 hex of sha256(branch)>.json`, or `<sessionId>.json` without a
 * branch. The hash keeps branches whose slugs collide apart (`feature/x` and `feature-x`, or
 * `Fix` and `fix` on a case-insensitive disk). Session ids may hold `/` or `..` (the identifier
 * rule allows them); such ids are slugged and hashed too, so a name never leaves the directory.
 */
export function recordFileName(record: Pick<SessionRecord, 'sessionId' | 'branch'>): string {
  const id =
    SAFE_NAME.test(record.sessionId) && record.sessionId.length <= 120
      ? record.sessionId
      : hashed(record.sessionId, 110);
  if (record.branch === undefined) return `${id}.json`;
  const slug = slugOf(record.branch).slice(0, 80);
  return `${id}--${slug === '' ? '' : `${slug}-`}${branchHash(record.branch)}.json`;
}

/** A run names hundreds of records on a handful of branches: hash each branch once. */
const branchHashes = new Map<string, string>();
function branchHash(branch: string): string {
  let hash = branchHashes.get(branch);
  if (hash === undefined) {
    hash = sha256Hex(branch);
    if (branchHashes.size < 1000) branchHashes.set(branch, hash);
  }
  return hash;
}

function slugOf(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
}

function hashed(text: string, max: number): string {
  const slug = slugOf(text).slice(0, max);
  return slug === '' ? sha256Hex(text) : `${slug}-${sha256Hex(text)}`;
}

export type WriteStatus = 'created' | 'updated' | 'unchanged';

/**
 * Write `record` into `dir`, merged with the record already there for the same session and branch
 * (never replaced by less). The write is atomic (temp file in the same directory, then rename), is
 * skipped when the bytes would not change, and refuses symbolic links and files it cannot read as
 * a record: it throws rather than overwrite what it does not understand.
 */
export async function writeRecord(
  dir: string,
  record: SessionRecord,
  lock: LockOptions = {},
): Promise<{ path: string; status: WriteStatus }> {
  const checked = SessionRecordSchema.safeParse(record);
  if (!checked.success)
    throw new Error(`refusing to write an invalid session record: ${describeFirstIssue(checked.error)}`);

  // Synchronous file calls: each is one quick system call, and awaiting them only added
  // event-loop turns to every record written.
  mkdirSync(dir, { recursive: true });
  if (lstatSync(dir).isSymbolicLink()) throw new Error(`${dir}: refusing to write into a symbolic link`);
  const path = join(dir, recordFileName(record));
  // Read-merge-write as one step: two writers of one record (two hooks finishing together, or a
  // hook and `record`) would otherwise both merge into the old file, and the last rename would win.
  return withFileLock(`${path}.lock`, () => mergeAndWrite(dir, path, checked.data), lock);
}

async function mergeAndWrite(
  dir: string,
  path: string,
  record: SessionRecord,
): Promise<{ path: string; status: WriteStatus }> {
  const existing = readExisting(path);
  let next = record;
  if (existing !== undefined) {
    const old = existing.record;
    if (old.sessionId !== next.sessionId || old.branch !== next.branch) {
      throw new Error(`${path}: holds another session or branch; not overwritten`);
    }
    next = mergeRecords(old, next);
    const merged = SessionRecordSchema.safeParse(next);
    if (!merged.success)
      throw new Error(`${path}: merged record would be invalid: ${describeFirstIssue(merged.error)}`);
  }
  const bytes = serialiseRecord(next);
  if (existing !== undefined && existing.bytes === bytes) return { path, status: 'unchanged' };
  await writeFileAtomically(path, bytes);
  return { path, status: existing === undefined ? 'created' : 'updated' };
}

function readExisting(path: string): { record: SessionRecord; bytes: string } | undefined {
  let info;
  try {
    info = lstatSync(path);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
    throw error;
  }
  if (info.isSymbolicLink()) throw new Error(`${path}: refusing to write through a symbolic link`);
  if (!info.isFile()) throw new Error(`${path}: not a regular file; not overwritten`);
  if (info.size > MAX_EXISTING_BYTES)
    throw new Error(`${path}: existing file is too large to be a record; not overwritten`);

  // O_NOFOLLOW closes the gap between lstat and open.
  const fd = openSync(path, READ_NO_FOLLOW);
  let bytes: string;
  try {
    bytes = readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.charCodeAt(0) === 0xfeff ? bytes.slice(1) : bytes);
  } catch {
    throw new Error(`${path}: existing file is not valid JSON; not overwritten`);
  }
  const parsed = SessionRecordSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(
      `${path}: existing file is not a valid session record (${describeFirstIssue(parsed.error)}); not overwritten`,
    );
  }
  return { record: parsed.data, bytes };
}
