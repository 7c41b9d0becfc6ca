import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { TranscriptStart } from './transcript/parse.js';
import type { Skipped } from './types.js';

/** The native realpath, as `fs/promises` has: the JS one can resolve some mounts differently. */
const realpath = realpathSync.native;

/** Extensions any supported input can have. Everything else in a directory is ignored. */
const INPUT_EXTENSIONS = ['.jsonl', '.json', '.ndjson'] as const;

export class UnreadablePathError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'UnreadablePathError';
  }
}

export interface WalkOptions {
  /**
   * When set, nothing outside this directory is read: paths must resolve inside it. The Action
   * sets it to the workspace; PR data is hostile.
   */
  root?: string | undefined;
  /** Refuse single files larger than this many bytes (streamed formats included). */
  maxFileBytes: number;
}

export interface FoundFile {
  path: string;
  /** Name to show in messages: relative to the working directory when inside it. */
  displayName: string;
  size: number;
  /** From the walk's lstat, for a cache to tell an unchanged file (absent on hand-made entries). */
  mtimeMs?: number;
  ino?: number;
  dev?: number;
  /** A transcript known from an earlier read: read it from here instead of detecting its format. */
  start?: TranscriptStart;
}

export interface WalkResult {
  files: FoundFile[];
  skipped: Skipped[];
}

/**
 * Expand the user's paths into regular files. Symbolic links are never followed (lstat), so a
 * record cannot point the reader at a file elsewhere on the machine. A path the user named that
 * does not exist is a usage error; problems found inside directories are reported, not thrown.
 * File system calls are synchronous: a walk has nothing to overlap them with, and awaiting each
 * `lstat` of a large tree only left the process idle.
 */
export async function walkInputs(paths: readonly string[], options: WalkOptions): Promise<WalkResult> {
  const root = options.root === undefined ? undefined : realpath(resolve(options.root));
  const files: FoundFile[] = [];
  const skipped: Skipped[] = [];
  const seen = new Set<string>();

  const visit = (path: string, named: boolean, shown = displayName(path)): void => {
    let info;
    try {
      info = lstatSync(path);
    } catch (error) {
      if (named) throw new UnreadablePathError(shown, describeFsError(error));
      skipped.push({ file: shown, line: 0, reason: `cannot read: ${describeFsError(error)}` });
      return;
    }
    if (info.isSymbolicLink()) {
      skipped.push({ file: shown, line: 0, reason: 'symbolic link not followed' });
      return;
    }
    if (root !== undefined && !isInside(root, realpath(path))) {
      skipped.push({ file: shown, line: 0, reason: 'outside the workspace' });
      return;
    }
    if (info.isDirectory()) {
      let entries;
      try {
        entries = readdirSync(path, { withFileTypes: true });
      } catch (error) {
        if (named) throw new UnreadablePathError(shown, describeFsError(error));
        skipped.push({ file: shown, line: 0, reason: `cannot read: ${describeFsError(error)}` });
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        if (entry.isDirectory() || entry.isSymbolicLink() || hasInputExtension(entry.name)) {
          visit(join(path, entry.name), false, childName(shown, entry.name));
        }
      }
      return;
    }
    if (!info.isFile()) {
      skipped.push({ file: shown, line: 0, reason: 'not a regular file' });
      return;
    }
    if (info.size > options.maxFileBytes) {
      skipped.push({ file: shown, line: 0, reason: `file is larger than ${options.maxFileBytes} bytes` });
      return;
    }
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    files.push({ path, displayName: shown, size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, dev: info.dev });
  };

  for (const path of paths) visit(path, true);
  return { files, skipped };
}

function hasInputExtension(name: string): boolean {
  return INPUT_EXTENSIONS.some((ext) => name.endsWith(ext));
}

export function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

function displayName(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

/** `displayName` of an entry of a directory shown as `parent`, without resolving it again. */
function childName(parent: string, name: string): string | undefined {
  if (name.startsWith('..')) return undefined; // `displayName` treats these as outside
  return parent === '.' ? name : join(parent, name);
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'not a directory';
    default:
      return typeof code === 'string' ? code : 'unreadable';
  }
}
