import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function git(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', args, { cwd, encoding: 'utf8' });
    const out = stdout.trim();
    return out === '' ? undefined : out;
  } catch {
    return undefined;
  }
}

/** The repository's top level, or undefined outside a git work tree. */
export function repoRoot(cwd: string): Promise<string | undefined> {
  return git(cwd, ['rev-parse', '--show-toplevel']);
}

export function currentBranch(cwd: string): Promise<string | undefined> {
  return git(cwd, ['branch', '--show-current']);
}

export function userEmail(cwd: string): Promise<string | undefined> {
  return git(cwd, ['config', 'user.email']);
}

/**
 * The paths of every work tree of the repository `cwd` is in: the main one and each linked
 * one (`git worktree add`), from `git worktree list --porcelain`. Sessions run in any of them
 * belong to the repository. Empty outside a repository.
 */
export async function worktreePaths(cwd: string): Promise<string[]> {
  const out = await git(cwd, ['worktree', 'list', '--porcelain']);
  if (out === undefined) return [];
  return out
    .split('\n')
    .filter((line) => line.startsWith('worktree '))
    .map((line) => line.slice('worktree '.length));
}
