import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli } from '../../src/commands/cli.js';
import { SESSION_SCHEMA, type SessionRecord, type UsageBucket } from '../../src/records/schema.js';

export const REPO = new URL('../..', import.meta.url).pathname;
export const REAL_PROJECTS = new URL('../../../shared/fixtures/claude-code-real/projects', import.meta.url).pathname;

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process, as `claude-cost ARGV` would, from `cwd`. */
export async function cli(argv: string[], cwd = REPO, env: Record<string, string | undefined> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    argv,
    {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      cwd,
      env: { HOME: tmp('home-'), ...env },
    },
    new Date('2026-11-24T12:00:00Z'),
  );
  return { code, stdout, stderr };
}

export function tmp(prefix = 'claude-cost-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeJson(path: string, value: unknown): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
  return path;
}

export function bucket(overrides: Partial<UsageBucket> = {}): UsageBucket {
  return {
    model: 'claude-sonnet-4-5-20250929',
    day: '2026-11-20',
    speed: 'standard',
    geo: 'global',
    band: 'le100k',
    origin: 'main',
    requests: 1,
    inputTokens: 0,
    outputTokens: 0,
    cacheWrite5mTokens: 0,
    cacheWrite1hTokens: 0,
    cacheReadTokens: 0,
    webSearchRequests: 0,
    ...overrides,
  };
}

export function record(overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    schema: SESSION_SCHEMA,
    sessionId: 'aaaaaaaa-0000-4000-8000-000000000001',
    tool: 'claude-code',
    recordedBy: 'claude-cost 0.1.0',
    branch: 'feat/x',
    turns: 1,
    requests: 1,
    compactions: 0,
    peakContextTokens: 0,
    usage: [bucket({ inputTokens: 1_000_000 })],
    source: { format: 'transcript', files: 1, linesRead: 1, duplicatesDropped: 0, skipped: [] },
    ...overrides,
  };
}

/** A throwaway git repository with a commit identity, on `branch`. */
export function gitRepo(branch = 'feat/x'): string {
  const dir = tmp('claude-cost-repo-');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q', '-b', branch);
  git('config', 'user.email', 'dev@example.com');
  git('config', 'user.name', 'Dev');
  return dir;
}
