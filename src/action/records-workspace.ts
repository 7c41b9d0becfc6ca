import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { isInside } from '../ingest/walk.js';
import type { PullRequestInfo } from '../github/pulls.js';
import { admit, isSafeRelativePath, refuse, stageFile, type RecordLimits, type StagedRecords } from './stage.js';

const execFileAsync = promisify(execFile);

export class WorkspaceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkspaceError';
  }
}

/**
 * `workspace` source: the checked-out tree, with the PR's own files found by diffing against the
 * base. Works for the head commit (`ref: head.sha`) and for GitHub's test merge commit (the
 * `pull_request` default); both need the base in history, so `fetch-depth: 0` (or 2 for the
 * merge commit). Every file is checked before it is read: no symlinks (lstat, and the resolved
 * path must stay inside the workspace, which also catches symlinked parent directories), regular
 * files only, size caps.
 */
export async function stageRecordsFromWorkspace(
  workspace: string,
  pr: PullRequestInfo,
  isRecord: (path: string) => boolean,
  stage: StagedRecords,
  limits: RecordLimits,
): Promise<void> {
  const root = await realpath(workspace);
  const changed = await changedPaths(root, pr);
  for (const path of changed.filter(isRecord)) {
    if (!isSafeRelativePath(path)) {
      refuse(stage, path, 'not a plain repository path');
      continue;
    }
    const content = await readChecked(root, path, stage, limits);
    if (content !== undefined) await stageFile(stage, path, content);
  }
}

async function readChecked(
  root: string,
  path: string,
  stage: StagedRecords,
  limits: RecordLimits,
): Promise<Buffer | undefined> {
  const full = join(root, path);
  let info;
  try {
    info = await lstat(full);
  } catch {
    refuse(stage, path, 'listed by git but not in the checkout');
    return undefined;
  }
  if (info.isSymbolicLink()) return void refuse(stage, path, 'symbolic link not followed');
  if (!isInside(root, await realpath(full))) return void refuse(stage, path, 'outside the workspace');
  if (!info.isFile()) return void refuse(stage, path, 'not a regular file');
  if (info.size > limits.maxFileBytes) return void admit(stage, path, info.size, limits);
  // O_NOFOLLOW: if the file was swapped for a symlink since lstat, the open fails.
  const handle = await open(full, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    // One byte more than lstat said, to notice a file that grew past the cap since.
    const buffer = Buffer.alloc(info.size + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0 || (length += bytesRead) === buffer.length) break;
    }
    const size = length === buffer.length ? limits.maxFileBytes + 1 : length;
    if (!admit(stage, path, size, limits)) return undefined;
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

async function git(root: string, args: string[]): Promise<string | undefined> {
  try {
    // safe.directory: a container job's workspace is owned by another user than the job's.
    const { stdout } = await execFileAsync(
      'git',
      ['-c', `safe.directory=${root}`, '-c', 'core.quotePath=false', ...args],
      {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    return stdout;
  } catch {
    return undefined;
  }
}

async function changedPaths(root: string, pr: PullRequestInfo): Promise<string[]> {
  const head = (await git(root, ['rev-parse', '--verify', '--quiet', 'HEAD']))?.trim();
  if (head === undefined)
    throw new WorkspaceError(
      `source: workspace needs a git checkout of the PR in GITHUB_WORKSPACE; use actions/checkout, or source: api`,
    );
  let range: string[] | undefined;
  if (head === pr.headSha) {
    if (await hasCommit(root, pr.baseSha)) {
      const mergeBase = (await git(root, ['merge-base', pr.baseSha, head]))?.trim();
      range = [mergeBase ?? pr.baseSha, head];
    }
  } else {
    const secondParent = (await git(root, ['rev-parse', '--verify', '--quiet', 'HEAD^2']))?.trim();
    if (secondParent !== pr.headSha) {
      throw new WorkspaceError(
        `source: workspace: the checkout is not this PR (HEAD is neither its head commit nor GitHub's merge commit); check out the PR, or use source: api`,
      );
    }
    // The test merge commit: its first parent is the base it was merged onto.
    if (await hasCommit(root, 'HEAD^1')) range = ['HEAD^1', 'HEAD'];
  }
  if (range === undefined) {
    throw new WorkspaceError(
      `source: workspace needs the PR's base commit in the checkout: set fetch-depth: 0 on actions/checkout (2 is enough for the default merge commit), or use source: api`,
    );
  }
  const out = await git(root, [
    'diff',
    '--name-only',
    '-z',
    '--no-renames',
    '--no-ext-diff',
    '--no-textconv',
    '--diff-filter=d',
    ...range,
    '--',
  ]);
  if (out === undefined) throw new WorkspaceError('source: workspace: git diff failed in GITHUB_WORKSPACE');
  return out.split('\0').filter((p) => p !== '');
}

async function hasCommit(root: string, rev: string): Promise<boolean> {
  return (await git(root, ['cat-file', '-e', `${rev}^{commit}`])) !== undefined;
}
