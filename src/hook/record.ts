import { relative } from 'node:path';
import { TranscriptCache } from '../ingest/cache/store.js';
import { UnreadablePathError } from '../ingest/walk.js';
import type { Skipped } from '../ingest/types.js';
import { userEmail } from '../local/git.js';
import type { SessionRecord } from '../records/schema.js';
import type { WriteStatus } from '../records/write.js';
import type { LockOptions } from '../records/lock.js';
import { writeRecord } from '../records/write.js';
import type { HookPayload } from './payload.js';
import { readHookSession, sessionFiles } from './read.js';
import { findRecordingRepository } from './repository.js';

export interface HookRecordOptions {
  /** `claude-cost <version>`, stamped on the records. */
  recordedBy: string;
  /** The user's home, for a `~/` transcript path. */
  home: string;
  /** The claude-cost cache directory (`cacheDirectory`); without one every file is read whole. */
  cacheDir?: string | undefined;
  lock?: LockOptions;
}

export interface WrittenRecord {
  /** Relative to the repository's top level. */
  path: string;
  branch: string | undefined;
  status: WriteStatus;
}

export type HookOutcome =
  | { kind: 'outside-repository' }
  | { kind: 'not-opted-in'; root: string }
  /** `written` is empty when the session has no usage yet; `problems` are one line each. */
  | { kind: 'recorded'; root: string; written: WrittenRecord[]; problems: string[] };

/**
 * Record the session a Claude Code hook fired for into the repository that contains its `cwd`:
 * one record per branch its lines were on, merged into what is already there, under a lock.
 * Data problems come back as `problems`; it throws only on what it did not foresee (the hook
 * command turns that into one stderr line too).
 */
export async function recordSessionFromHook(payload: HookPayload, options: HookRecordOptions): Promise<HookOutcome> {
  const repository = await findRecordingRepository(payload.cwd);
  if (repository.kind === 'outside') return { kind: 'outside-repository' };
  if (repository.kind === 'not-opted-in') return repository;
  const { root, recordsDir } = repository;

  const files = sessionFiles(payload, options.home);
  let read;
  try {
    const cache = options.cacheDir === undefined ? undefined : new TranscriptCache(options.cacheDir);
    read = await readHookSession(files, payload.session_id, options.recordedBy, cache);
  } catch (error) {
    if (error instanceof UnreadablePathError) return { kind: 'recorded', root, written: [], problems: [error.message] };
    throw error;
  }
  const problems = describeSkipped(read.skipped);

  const developer = read.sessions.length > 0 ? await userEmail(root) : undefined;
  const written: WrittenRecord[] = [];
  for (const session of read.sessions) {
    const record: SessionRecord =
      developer !== undefined && session.developer === undefined ? { ...session, developer } : session;
    try {
      const { path, status } = await writeRecord(recordsDir, record, options.lock);
      written.push({ path: relative(root, path), branch: record.branch, status });
    } catch (error) {
      // One branch's record failing must not cost the others theirs.
      problems.push(`${record.branch ?? '(no branch)'}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { kind: 'recorded', root, written, problems };
}

/**
 * Whole files refused (a symbolic link, not a regular file) are named one by one; unusable lines
 * are summed per file, since a live transcript's cut last line is routine and one line is enough.
 */
function describeSkipped(skipped: readonly Skipped[]): string[] {
  const lines: string[] = [];
  const perFile = new Map<string, { count: number; first: Skipped }>();
  for (const s of skipped) {
    if (s.line === 0) {
      lines.push(`${s.file}: ${s.reason}`);
      continue;
    }
    const seen = perFile.get(s.file);
    if (seen === undefined) perFile.set(s.file, { count: 1, first: s });
    else seen.count += 1;
  }
  for (const [file, { count, first }] of perFile) {
    const more = count > 1 ? ` (and ${count - 1} more line${count === 2 ? '' : 's'})` : '';
    lines.push(`${file}:${first.line}: ${first.reason}${more}; the rest was recorded`);
  }
  return lines;
}
