import { existsSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { TranscriptCache } from '../ingest/cache/store.js';
import { ingestTranscripts } from '../ingest/incremental.js';
import { DEFAULT_LIMITS } from '../ingest/index.js';
import type { TranscriptSessionFacts } from '../ingest/types.js';
import { isInside, UnreadablePathError } from '../ingest/walk.js';
import { cacheDirectory } from '../local/cache-dir.js';
import { mapLimit } from '../local/map-limit.js';
import { currentBranch, repoRoot, userEmail, worktreePaths } from '../local/git.js';
import { WrittenRecords } from '../local/written-records.js';
import type { SessionRecord } from '../records/schema.js';
import { serialiseRecord } from '../records/serialise.js';
import { recordFileName, writeRecord, type WriteStatus } from '../records/write.js';
import { GENERATOR } from '../version.js';
import { EXIT, UsageError } from './errors.js';
import type { CommandIo } from './io.js';
import { parseCommandArgs } from './options.js';

export const RECORD_HELP = `Usage: claude-cost record [options]

Turn Claude Code transcripts into session records (token counts per model, no prompts)
to commit with your branch.

Options:
  --transcripts PATH   transcript file or directory (repeatable). Default: the projects/
                       folders of $CLAUDE_CONFIG_DIR (a comma-separated list), ~/.claude and
                       ~/.config/claude, keeping only sessions whose working directory is in
                       this git repository: its top level, a subdirectory, or one of its
                       worktrees (git worktree list)
  --session ID         record this session
  --all                record every matching session (default: the most recent one)
  --since DATE         only sessions with activity on or after this UTC day (YYYY-MM-DD)
  --branch NAME        keep usage made on this branch (default: the current git branch)
  --any-branch         keep usage from every branch (one record per session and branch)
  --out DIR            where records go (default: .claude-cost/sessions in this repository)
  --no-cache           read every transcript whole, without the cache
  -h, --help           show this help

Records are merged with an existing record of the same session and branch, never replaced
by less; writes are atomic. A cache outside the repository ($CLAUDE_COST_CACHE_DIR, else
$XDG_CACHE_HOME/claude-cost, else ~/.cache/claude-cost) remembers how far each transcript
was read, so a rerun reads only what was appended since; it holds token counts, ids and
working directories, never prompt text. Exit codes: 0 success, 2 bad usage or nothing to read.
`;

/**
 * Records written at once. Each is flushed to disk before its rename (it is what gets committed),
 * and each has its own lock, so several in flight overlap their flushes: on a first run over a
 * long history that took most of the time the writes did.
 */
const WRITES_IN_FLIGHT = 8;

export async function recordCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    transcripts: { type: 'string', multiple: true },
    session: { type: 'string' },
    all: { type: 'boolean' },
    since: { type: 'string' },
    branch: { type: 'string' },
    'any-branch': { type: 'boolean' },
    out: { type: 'string' },
    'no-cache': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(RECORD_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument "${positionals[0]?.slice(0, 40)}"; use --transcripts PATH`);
  if (values.session !== undefined && values.all) throw new UsageError('--session and --all cannot be used together');
  if (values.branch !== undefined && values['any-branch'])
    throw new UsageError('--branch and --any-branch cannot be used together');
  const since = values.since === undefined ? undefined : parseSince(values.since);

  const explicit = values.transcripts ?? [];
  // The git questions run while the transcripts are read. The top level only finds transcripts
  // and the default --out: with both given, git is not asked.
  const rootQuestion =
    explicit.length === 0 || values.out === undefined ? repoRoot(io.cwd) : Promise.resolve(undefined);
  const branchQuestion = values['any-branch']
    ? Promise.resolve(undefined)
    : values.branch !== undefined
      ? Promise.resolve(values.branch)
      : currentBranch(io.cwd);
  const developerQuestion = userEmail(io.cwd);
  const worktreesQuestion = explicit.length === 0 ? worktreePaths(io.cwd) : Promise.resolve([]);
  const root = await rootQuestion;
  const sources = explicit.length > 0 ? explicit.map((p) => resolve(io.cwd, p)) : defaultTranscriptDirs(io.env);
  if (sources.length === 0) throw new UsageError('no Claude Code transcripts found; pass --transcripts PATH');
  if (explicit.length === 0 && root === undefined) {
    throw new UsageError('not inside a git repository: pass --transcripts PATH and --out DIR');
  }
  // Transcripts found by default discovery belong to many projects: keep this repository's.
  const repoDirs =
    explicit.length === 0 && root !== undefined ? withRealPaths([root, ...(await worktreesQuestion)]) : undefined;

  const cacheDir = cacheDirectory(io.env);
  let ingested;
  try {
    ingested = await ingestTranscripts(sources, {
      ...DEFAULT_LIMITS,
      recordedBy: GENERATOR,
      cache: values['no-cache'] ? undefined : new TranscriptCache(cacheDir, { summary: true }),
      selectSessions:
        repoDirs === undefined && since === undefined && values.session === undefined
          ? undefined
          : (facts) => chooseSessions(facts, { repoDirs, since, sessionId: values.session }),
    });
  } catch (error) {
    if (error instanceof UnreadablePathError) throw new UsageError(error.message);
    throw error;
  }

  let sessions = ingested.sessions;
  const branch = await branchQuestion;
  // A session whose transcript never named a branch (old Claude Code, detached HEAD) is kept.
  if (branch !== undefined) sessions = sessions.filter((s) => s.branch === branch || s.branch === undefined);
  sessions = pickSessions(sessions, values.session, values.all === true);

  for (const s of ingested.skipped) io.stderr(`warning: ${s.file}${s.line > 0 ? `:${s.line}` : ''}: ${s.reason}\n`);
  if (sessions.length === 0) {
    io.stderr(
      `no sessions to record${branch === undefined ? '' : ` on branch ${branch}`}${values.session ? ` with id ${values.session}` : ''}${since === undefined ? '' : ` since ${values.since}`}\n`,
    );
    return EXIT.ok;
  }

  const outDir =
    values.out !== undefined ? resolve(io.cwd, values.out) : join(root ?? io.cwd, '.claude-cost', 'sessions');
  const developer = await developerQuestion;
  const written = values['no-cache'] ? undefined : WrittenRecords.load(cacheDir, outDir);
  // Names are appended, not joined: a warm run lists hundreds of unchanged records.
  const shownDir = relative(io.cwd, outDir);
  const shownPrefix = shownDir === '' ? '' : shownDir.endsWith(sep) ? shownDir : shownDir + sep;
  // One write for all the lines, in the sessions' order, also when a write failed.
  const lines: Array<string | undefined> = [];
  try {
    await mapLimit(sessions, WRITES_IN_FLIGHT, async (session, index) => {
      const record: SessionRecord =
        developer !== undefined && session.developer === undefined ? { ...session, developer } : session;
      const { name, status } = await writeRecordOnce(outDir, record, written, ingested.recordKeys.get(session));
      lines[index] = `${status} ${shownPrefix}${name}\n`;
    });
  } finally {
    const done = lines.filter((line) => line !== undefined);
    if (done.length > 0) io.stdout(done.join(''));
    written?.save();
  }
  return EXIT.ok;
}

/**
 * `writeRecord`, skipped when this very record was merged into the file last time and the file
 * has not changed since: the merge would change nothing (see `WrittenRecords`). `sessionKey`,
 * from the ingest, names the session's record without serialising it; the developer added
 * here is part of what was written, so it is part of the key.
 */
async function writeRecordOnce(
  outDir: string,
  record: SessionRecord,
  written: WrittenRecords | undefined,
  sessionKey: string | undefined,
): Promise<{ name: string; status: WriteStatus }> {
  const name = recordFileName(record);
  if (written === undefined) return { name, status: (await writeRecord(outDir, record)).status };
  const key =
    sessionKey === undefined
      ? WrittenRecords.keyOf(serialiseRecord(record))
      : `${sessionKey} ${JSON.stringify(record.developer ?? null)}`;
  if (written.isCurrent(name, key)) return { name, status: 'unchanged' };
  const { status } = await writeRecord(outDir, record);
  written.note(name, key);
  return { name, status };
}

interface SessionChoice {
  /** Real paths of the repository's work trees; undefined keeps every working directory. */
  repoDirs: readonly string[] | undefined;
  /** Start of the UTC day activity must reach. */
  since: number | undefined;
  sessionId: string | undefined;
}

/**
 * Sessions from what the transcripts say about them: one whose lines ran in the repository (any
 * file of it), active on or after `since` (its latest line in any file).
 */
function chooseSessions(facts: readonly TranscriptSessionFacts[], choice: SessionChoice): Set<string> {
  const inRepo = new Set<string>();
  const latest = new Map<string, number>();
  for (const f of facts) {
    if (choice.sessionId !== undefined && f.sessionId !== choice.sessionId) continue;
    const cwd = f.cwd;
    if (choice.repoDirs === undefined || (cwd !== undefined && choice.repoDirs.some((dir) => isInside(dir, cwd)))) {
      inRepo.add(f.sessionId);
    }
    if (f.lastTimestamp !== undefined) {
      latest.set(
        f.sessionId,
        Math.max(latest.get(f.sessionId) ?? Number.NEGATIVE_INFINITY, Date.parse(f.lastTimestamp)),
      );
    }
  }
  const since = choice.since;
  return new Set(
    [...inRepo].filter((id) => since === undefined || (latest.get(id) ?? Number.NEGATIVE_INFINITY) >= since),
  );
}

function parseSince(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (!match || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== text) {
    throw new UsageError(`--since must be a date as YYYY-MM-DD (got "${text.slice(0, 40)}")`);
  }
  return ms;
}

/** Each path, and its real path when that differs (a transcript may name either). */
function withRealPaths(paths: readonly string[]): string[] {
  const out = new Set<string>();
  for (const path of paths) {
    out.add(path);
    try {
      out.add(realpathSync.native(path));
    } catch {
      // a worktree whose directory is gone: its sessions still match by the path git gives
    }
  }
  return [...out];
}

function pickSessions(sessions: SessionRecord[], id: string | undefined, all: boolean): SessionRecord[] {
  if (id !== undefined) return sessions.filter((s) => s.sessionId === id);
  if (all || sessions.length === 0) return sessions;
  const latest = sessions.reduce((a, b) => ((b.endedAt ?? '') > (a.endedAt ?? '') ? b : a));
  return sessions.filter((s) => s.sessionId === latest.sessionId);
}

/** Claude Code keeps transcripts under `<config dir>/projects`. */
export function defaultTranscriptDirs(env: Readonly<Record<string, string | undefined>>): string[] {
  const dirs = [
    ...(env.CLAUDE_CONFIG_DIR ?? '').split(',').filter((d) => d.trim() !== ''),
    join(env.HOME ?? homedir(), '.claude'),
    join(env.XDG_CONFIG_HOME ?? join(env.HOME ?? homedir(), '.config'), 'claude'),
  ];
  return [...new Set(dirs.map((d) => join(resolve(d.trim()), 'projects')))].filter((d) => existsSync(d));
}
