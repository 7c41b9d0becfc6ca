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
