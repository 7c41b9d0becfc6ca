import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { DEFAULT_LIMITS, ingestPaths } from '../ingest/index.js';
import { isInside, UnreadablePathError } from '../ingest/walk.js';
import { currentBranch, repoRoot, userEmail } from '../local/git.js';
import type { SessionRecord } from '../records/schema.js';
import { writeRecord } from '../records/write.js';
import { GENERATOR } from '../version.js';
import { EXIT, UsageError } from './errors.js';
import type { CommandIo } from './io.js';
import { parseCommandArgs } from './options.js';

export const RECORD_HELP = `Usage: claude-cost record [options]

Turn Claude Code transcripts into session records (token counts per model, no prompts)
to commit with your branch.

Options:
  --transcripts PATH   transcript file or directory (repeatable). Default: the projects/
                       folders of $CLAUDE_CONFIG_DIR, ~/.claude and ~/.config/claude, keeping
                       only sessions whose working directory is inside this git repository
  --session ID         record this session
  --all                record every matching session (default: the most recent one)
  --branch NAME        keep usage made on this branch (default: the current git branch)
  --any-branch         keep usage from every branch (one record per session and branch)
  --out DIR            where records go (default: .claude-cost/sessions in this repository)
  -h, --help           show this help

Records are merged with an existing record of the same session and branch, never replaced
by less; writes are atomic. Exit codes: 0 success, 2 bad usage or nothing to read.
`;

export async function recordCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    transcripts: { type: 'string', multiple: true },
    session: { type: 'string' },
    all: { type: 'boolean' },
    branch: { type: 'string' },
    'any-branch': { type: 'boolean' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(RECORD_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]?.slice(0, 40)}"; use --transcripts PATH`);
  if (values.session !== undefined && values.all) throw new UsageError('--session and --all cannot be used together');
  if (values.branch !== undefined && values['any-branch']) throw new UsageError('--branch and --any-branch cannot be used together');

  const root = await repoRoot(io.cwd);
  const explicit = values.transcripts ?? [];
  const sources = explicit.length > 0 ? explicit.map((p) => resolve(io.cwd, p)) : defaultTranscriptDirs(io.env);
  if (sources.length === 0) throw new UsageError('no Claude Code transcripts found; pass --transcripts PATH');
  if (explicit.length === 0 && root === undefined) {
    throw new UsageError('not inside a git repository: pass --transcripts PATH and --out DIR');
  }

  let ingested;
  try {
    ingested = await ingestPaths(sources, { ...DEFAULT_LIMITS, recordedBy: GENERATOR, formats: ['transcript'] });
  } catch (error) {
    if (error instanceof UnreadablePathError) throw new UsageError(error.message);
    throw error;
  }

  let sessions = ingested.sessions;
  // Transcripts found by default discovery belong to many projects: keep this repository's.
  if (explicit.length === 0 && root !== undefined) {
    const inRepo = new Set(
      ingested.results.flatMap((r) => r.facts).filter((f) => f.cwd !== undefined && isInside(root, f.cwd)).map((f) => f.sessionId),
    );
    sessions = sessions.filter((s) => inRepo.has(s.sessionId));
  }
  const branch = values['any-branch'] ? undefined : (values.branch ?? (await currentBranch(io.cwd)));
  // A session whose transcript never named a branch (old Claude Code, detached HEAD) is kept.
  if (branch !== undefined) sessions = sessions.filter((s) => s.branch === branch || s.branch === undefined);
  sessions = pickSessions(sessions, values.session, values.all === true);

  for (const s of ingested.skipped) io.stderr(`warning: ${s.file}${s.line > 0 ? `:${s.line}` : ''}: ${s.reason}\n`);
  if (sessions.length === 0) {
    io.stderr(`no sessions to record${branch === undefined ? '' : ` on branch ${branch}`}${values.session ? ` with id ${values.session}` : ''}\n`);
    return EXIT.ok;
  }

  const outDir = values.out !== undefined ? resolve(io.cwd, values.out) : join(root ?? io.cwd, '.claude-cost', 'sessions');
  const developer = await userEmail(io.cwd);
  for (const session of sessions) {
    const record: SessionRecord = developer !== undefined && session.developer === undefined ? { ...session, developer } : session;
    const { path, status } = await writeRecord(outDir, record);
    io.stdout(`${status} ${relative(io.cwd, path) || path}\n`);
  }
  return EXIT.ok;
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
