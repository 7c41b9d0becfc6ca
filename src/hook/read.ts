import { lstatSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { TranscriptCache } from '../ingest/cache/store.js';
import { ingestTranscripts } from '../ingest/incremental.js';
import { DEFAULT_LIMITS } from '../ingest/index.js';
import type { Skipped } from '../ingest/types.js';
import type { SessionRecord } from '../records/schema.js';
import type { HookPayload } from './payload.js';

export interface SessionFiles {
  transcript: string;
  /** `<dir>/<session id>/subagents`, when it exists: Claude Code writes subagent logs there. */
  subagents: string | undefined;
}

export interface SessionRead {
  /** One record per branch the session's lines were on; only the payload's session. */
  sessions: SessionRecord[];
  /** Files and lines that could not be used, with reasons (never their content). */
  skipped: Skipped[];
}

/** Where the hook's session is logged. `home` expands a `~/` path, as some payloads carry one. */
export function sessionFiles(
  payload: Pick<HookPayload, 'session_id' | 'transcript_path' | 'cwd'>,
  home: string,
): SessionFiles {
  const given = payload.transcript_path;
  const transcript = given.startsWith('~/')
    ? join(home, given.slice(2))
    : isAbsolute(given)
      ? given
      : resolve(payload.cwd, given);
  const subagents = join(dirname(transcript), payload.session_id, 'subagents');
  let exists = true;
  try {
    // lstat, not stat: a symbolic link is passed on, and the ingest walk refuses it by name.
    lstatSync(subagents);
  } catch {
    exists = false;
  }
  return { transcript, subagents: exists ? subagents : undefined };
}

/**
 * Reads one session's transcript and subagent logs into records, through the transcript cache
 * when one is given: a hook that fires again on a growing session (Stop, PreCompact, then
 * SessionEnd) reads only what was appended since the last one. Its callers see only records and
 * skipped lines. Throws `UnreadablePathError` when the transcript cannot be read.
 */
export async function readHookSession(
  files: SessionFiles,
  sessionId: string,
  recordedBy: string,
  cache?: TranscriptCache,
): Promise<SessionRead> {
  const paths = files.subagents === undefined ? [files.transcript] : [files.transcript, files.subagents];
  // A subagent log may name another session (it should not); only this session is recorded.
  const ingested = await ingestTranscripts(paths, {
    ...DEFAULT_LIMITS,
    recordedBy,
    cache,
    selectSessions: () => new Set([sessionId]),
  });
  return { sessions: ingested.sessions, skipped: ingested.skipped };
}
