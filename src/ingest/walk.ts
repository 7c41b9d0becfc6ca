import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { normalize, relative, resolve, sep } from 'node:path';
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
  /**
   * The file's real path, from its directory's: the walk never follows a link, so below a path
   * the user named only that path needs resolving (absent on hand-made entries).
   */
  realPath?: string;
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

  const readDirectory = (place: Place, named: boolean): void => {
    if (root !== undefined && !isInside(root, place.real)) {
      skipped.push({ file: place.shown, line: 0, reason: 'outside the workspace' });
      return;
    }
    let entries;
    try {
      entries = readdirSync(place.path, { withFileTypes: true });
    } catch (error) {
      if (named) throw new UnreadablePathError(place.shown, describeFsError(error));
      skipped.push({ file: place.shown, line: 0, reason: `cannot read: ${describeFsError(error)}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // Children are named by appending to these: `join` on every entry of a large tree costs more
    // than the lstat of it. Only a named path may need normalising; what is appended to it is.
    const prefix = {
      path: prefixOf(named ? normalize(place.path) : place.path),
      shown: prefixOf(named ? normalize(place.shown) : place.shown),
      absolute: prefixOf(place.absolute),
      real: prefixOf(place.real),
    };
    for (const entry of entries) {
      const isDirectory = entry.isDirectory();
      if (!isDirectory && !entry.isSymbolicLink() && !hasInputExtension(entry.name)) continue;
      const path = prefix.path + entry.name;
      const child: Place = {
        path,
        // `displayName` treats a name starting with `..` as outside the working directory.
        shown: entry.name.startsWith('..') ? displayName(path) : prefix.shown + entry.name,
        absolute: prefix.absolute + entry.name,
        real: prefix.real + entry.name,
      };
      // readdir says what an entry is without following a link: a directory needs no lstat.
      if (isDirectory) readDirectory(child, false);
      else visit(child, false);
    }
  };

  const visit = (place: Place, named: boolean): void => {
    const { path, shown } = place;
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
    if (named) {
      try {
        place.real = realpath(path);
      } catch (error) {
        throw new UnreadablePathError(shown, describeFsError(error));
      }
    }
    if (info.isDirectory()) {
      readDirectory(place, named);
      return;
    }
    if (root !== undefined && !isInside(root, place.real)) {
      skipped.push({ file: shown, line: 0, reason: 'outside the workspace' });
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
    if (seen.has(place.absolute)) return;
    seen.add(place.absolute);
    files.push({
      path,
      displayName: shown,
      realPath: place.real,
      size: info.size,
      mtimeMs: info.mtimeMs,
      ino: info.ino,
      dev: info.dev,
    });
  };

  for (const path of paths) visit({ path, shown: displayName(path), absolute: resolve(path), real: '' }, true);
  return { files, skipped };
}

/**
 * Where the walk is: the path as it will be opened, as shown, absolute (what tells two named paths
 * apart) and real. Below a named path no link is followed, so each is its parent's plus a name.
 */
interface Place {
  path: string;
  shown: string;
  absolute: string;
  real: string;
}

/** `dir` ready for a name to be appended, as `join(dir, name)` would give it. */
function prefixOf(dir: string): string {
  const trimmed = dir.length > 1 && dir.endsWith(sep) ? dir.slice(0, -1) : dir;
  if (trimmed === '.') return '';
  return trimmed === sep ? trimmed : trimmed + sep;
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
