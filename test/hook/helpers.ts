import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { SessionRecordSchema, type SessionRecord } from '../../src/records/schema.js';
import { gitRepo, REAL_PROJECTS, REPO, tmp } from '../cli/helpers.js';

export { gitRepo, REAL_PROJECTS, REPO, tmp };

/**
 * Builds dist/ as `scripts/build.mjs` does, into a temporary directory, plus the lock-worker the
 * cross-process lock test spawns, bundled with the same settings.
 */
export async function buildCli(): Promise<string> {
  const outdir = tmp('claude-cost-hook-build-');
  const { buildDist, BUNDLE_OPTIONS } = await buildScript();
  await buildDist(outdir);
  await build({ ...BUNDLE_OPTIONS, outdir, entryPoints: { 'lock-worker': join(REPO, 'test/hook/lock-worker.ts') } });
  return join(outdir, 'cli.js');
}

interface BuildScript {
  buildDist(outdir: string): Promise<void>;
  BUNDLE_OPTIONS: BuildOptions;
}

/** `scripts/build.mjs`, the one place the bundles' settings live. */
export async function buildScript(): Promise<BuildScript> {
  return (await import(pathToFileURL(join(REPO, 'scripts/build.mjs')).href)) as BuildScript;
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Spawn the built CLI with `stdin` piped in, as Claude Code runs a command hook. */
export function runCli(
  cli: string,
  args: string[],
  stdin: string,
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: options.cwd ?? tmp('claude-cost-hook-cwd-'),
      env: { PATH: process.env.PATH ?? '', HOME: tmp('home-'), TZ: 'UTC', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: performance.now() - started }));
    child.stdin.end(stdin);
  });
}

/** The hook's own problem lines (the ingest may log other things to stderr while it is tuned). */
export function problems(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.startsWith('claude-cost hook: '));
}

export interface Payload {
  session_id: string;
  transcript_path: string;
  cwd: string;
  hook_event_name: string;
  [extra: string]: unknown;
}

/** A payload as Claude Code writes it for `event`, with the event's own extra fields. */
export function payload(event: string, sessionId: string, transcriptPath: string, cwd: string): Payload {
  const extra: Record<string, unknown> =
    event === 'SessionEnd'
      ? { reason: 'prompt_input_exit' }
      : event === 'PreCompact'
        ? { trigger: 'auto', custom_instructions: '' }
        : event === 'Stop'
          ? { stop_hook_active: false }
          : {};
  return {
    session_id: sessionId,
    transcript_path: transcriptPath,
    cwd,
    permission_mode: 'default',
    hook_event_name: event,
    ...extra,
  };
}

/** A temporary git repository on `branch` that opted in (`.claude-cost/` exists). */
export function optedInRepo(branch = 'feat/x'): string {
  const repo = realpathSync(gitRepo(branch));
  mkdirSync(join(repo, '.claude-cost'));
  return repo;
}

export const SAMPLE_ID = '5c0375b4-57a5-4f26-b12d-d022ee4e51b7';
const SAMPLE = join(REAL_PROJECTS, 'sample-project', `${SAMPLE_ID}.jsonl`);
export const SUBAGENT_ID = '3f6c2a91-5d0e-4b7a-9c21-8e4f1a7b2c60';
const SUBAGENT_SESSION = join(REPO, 'examples/transcripts/-home-dev-acme-shop', SUBAGENT_ID);

/** Lines of the real sample transcript, its `cwd` set to `cwd` and `gitBranch` per line. */
export function sampleLines(cwd: string, branchOf: (index: number) => string): string[] {
  return readFileSync(SAMPLE, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((line, i) =>
      line
        .replaceAll('"cwd":"/path/to/Demo"', `"cwd":${JSON.stringify(cwd)}`)
        .replaceAll('"gitBranch":"main"', `"gitBranch":${JSON.stringify(branchOf(i))}`),
    );
}

/** A Claude config dir for `cwd`, as Claude Code lays it out; returns the transcript path. */
export function writeTranscript(config: string, cwd: string, sessionId: string, lines: string[]): string {
  const file = join(config, 'projects', cwd.replace(/[^A-Za-z0-9]/g, '-'), `${sessionId}.jsonl`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, lines.map((l) => `${l}\n`).join(''));
  return file;
}

/** The example session with a Haiku subagent, copied into `config` with its `subagents/` log. */
export function writeSubagentSession(config: string, cwd: string): string {
  const rewrite = (text: string) => text.replaceAll('"cwd":"/home/dev/acme-shop"', `"cwd":${JSON.stringify(cwd)}`);
  const main = writeTranscript(
    config,
    cwd,
    SUBAGENT_ID,
    rewrite(readFileSync(`${SUBAGENT_SESSION}.jsonl`, 'utf8'))
      .split('\n')
      .filter((l) => l !== ''),
  );
  const agents = join(dirname(main), SUBAGENT_ID, 'subagents');
  mkdirSync(agents, { recursive: true });
  for (const name of readdirSync(join(SUBAGENT_SESSION, 'subagents'))) {
    writeFileSync(join(agents, name), rewrite(readFileSync(join(SUBAGENT_SESSION, 'subagents', name), 'utf8')));
  }
  return main;
}

/** The records in `<repo>/.claude-cost/sessions`, by file name, validated. */
export function readRecords(repo: string): Map<string, SessionRecord> {
  const dir = join(repo, '.claude-cost', 'sessions');
  const out = new Map<string, SessionRecord>();
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names.sort()) {
    if (!name.endsWith('.json')) continue;
    out.set(name, SessionRecordSchema.parse(JSON.parse(readFileSync(join(dir, name), 'utf8'))));
  }
  return out;
}

export function listDir(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

const TOKEN_KEYS = [
  'inputTokens',
  'outputTokens',
  'cacheWrite5mTokens',
  'cacheWrite1hTokens',
  'cacheReadTokens',
] as const;

/** Token totals over records, for comparing how a session's usage was split. */
export function totals(records: Iterable<SessionRecord>): Record<(typeof TOKEN_KEYS)[number] | 'requests', number> {
  const sum = {
    requests: 0,
    inputTokens: 0,
    outputTokens: 0,
    cacheWrite5mTokens: 0,
    cacheWrite1hTokens: 0,
    cacheReadTokens: 0,
  };
  for (const r of records) {
    for (const b of r.usage) {
      sum.requests += b.requests;
      for (const k of TOKEN_KEYS) sum[k] += b[k];
    }
  }
  return sum;
}
