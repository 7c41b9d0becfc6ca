import type { Stats } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from '../local/git.js';

/** Where records go, relative to the repository's top level. */
export const RECORDS_DIR = join('.claude-cost', 'sessions');
/** Either of these at the top level means the team wants sessions recorded (`claude-cost init` makes both). */
export const OPT_IN_MARKERS = ['.claude-cost/', '.github/claude-cost.yml'] as const;

export type RepositoryLookup =
  { kind: 'outside' } | { kind: 'not-opted-in'; root: string } | { kind: 'opted-in'; root: string; recordsDir: string };

/**
 * The git repository that contains `cwd`, and whether it opted in. A hook configured in a user's
 * own settings fires in every project, so silence outside opted-in repositories is the contract:
 * no files appear in a repository whose team never asked for them.
 */
export async function findRecordingRepository(cwd: string): Promise<RepositoryLookup> {
  const root = await repoRoot(cwd);
  if (root === undefined) return { kind: 'outside' };
  const dataDir = await lstatOrUndefined(join(root, '.claude-cost'));
  if (dataDir !== undefined && !dataDir.isDirectory()) {
    // A symbolic link here would send records (and mkdir) wherever it points.
    throw new Error(`${join(root, '.claude-cost')}: not a directory (a symbolic link?); not recording`);
  }
  const config = await lstatOrUndefined(join(root, '.github', 'claude-cost.yml'));
  if (dataDir === undefined && config === undefined) return { kind: 'not-opted-in', root };
  return { kind: 'opted-in', root, recordsDir: join(root, RECORDS_DIR) };
}

async function lstatOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await lstat(path);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}
