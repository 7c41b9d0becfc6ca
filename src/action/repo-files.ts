import { lstat, mkdir, realpath, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { GitHub } from '../github/client.js';
import { readFileAtRef } from '../github/files.js';
import { isInside } from '../ingest/walk.js';

/** The policy file and a price book are small; anything bigger is a mistake or an attack. */
const MAX_SETTINGS_BYTES = 1024 * 1024;

export class RepoFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RepoFileError';
  }
}

export type RepoFileSource =
  | { kind: 'workspace'; workspace: string }
  /**
   * Read at the base commit: the PR cannot loosen its own budget or prices. The period report,
   * which has no PR, reads the default branch (ref undefined).
   */
  | { kind: 'api'; gh: GitHub; ref: string | undefined; stageDir: string };

/**
 * A settings file of the repository (`config`, `pricing-file`) as a local path, or undefined
 * when the repository has none. In api mode it is read at the base commit, like the workflow
 * itself under `pull_request_target`; in workspace mode from the checkout, with the same
 * symlink and containment checks as records.
 */
export async function localRepoFile(source: RepoFileSource, path: string, input: string): Promise<string | undefined> {
  if (source.kind === 'workspace') {
    const root = await realpath(source.workspace);
    const full = join(root, path);
    const info = await lstat(full).catch(() => undefined);
    if (info === undefined) return undefined;
    if (info.isSymbolicLink() || !info.isFile() || !isInside(root, await realpath(full))) {
      throw new RepoFileError(
        `${input} (${path}) must be a regular file inside the repository, not a link or directory`,
      );
    }
    if (info.size > MAX_SETTINGS_BYTES)
      throw new RepoFileError(`${input} (${path}) is larger than ${MAX_SETTINGS_BYTES} bytes`);
    return full;
  }
  const read = await readFileAtRef(source.gh, path, source.ref, MAX_SETTINGS_BYTES);
  switch (read.kind) {
    case 'missing':
      return undefined;
    case 'not-a-file':
      throw new RepoFileError(`${input} (${path}) must be a regular file in the repository, not a ${read.type}`);
    case 'too-large':
      throw new RepoFileError(`${input} (${path}) is larger than ${MAX_SETTINGS_BYTES} bytes`);
    case 'file': {
      const target = join(source.stageDir, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, read.content);
      return target;
    }
  }
}
