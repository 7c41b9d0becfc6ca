import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { ACTIONS_TOKEN, FakeGitHub, type FakePull } from '../github/fake-github.js';

/**
 * Runs the bundled Action the way a runner does: `node dist/index.js` with `INPUT_*` variables
 * (hyphens kept, upper-cased), the event payload in a file, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, and the API pointed at the local fake.
 */

const repoRoot = new URL('../..', import.meta.url).pathname;

/**
 * The usual set-up of an end-to-end suite: the bundle built once, and a fresh fake GitHub (on its
 * own port) for every test, handed over through `ready`.
 */
export function useActionSuite(ready: (bundle: string, fake: FakeGitHub) => void): void {
  let bundle = '';
  let fake: FakeGitHub | undefined;
  beforeAll(() => {
    bundle = buildBundle();
  });
  beforeEach(async () => {
    await fake?.stop();
    fake = new FakeGitHub();
    await fake.start();
    ready(bundle, fake);
  });
  afterAll(async () => {
    await fake?.stop();
  });
}

/** Builds dist/ into a temporary directory, so tests never depend on a stale committed bundle. */
export function buildBundle(): string {
  const out = mkdtempSync(join(tmpdir(), 'claude-cost-action-'));
  execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', out], { cwd: repoRoot });
  return join(out, 'index.js');
}

/** Every input with its action.yml default, as the runner passes them. */
function defaultInputs(token: string): Record<string, string> {
  const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    inputs[name] = String(spec.default ?? '').replace('${{ github.token }}', token);
  }
  return inputs;
}

export interface RunOptions {
  fake: FakeGitHub;
  token?: string;
  inputs?: Record<string, string>;
  eventName?: string;
  event?: unknown;
  /** Multiplies every API wait (CLAUDE_COST_API_TIME_SCALE); default 0.01. */
  timeScale?: string;
  /** Defaults to an empty directory (the API source needs no checkout). */
  workspace?: string;
  /** GITHUB_RUN_ID: the run link in comments and issues. */
  runId?: string;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  ms: number;
}

export interface RunnerFiles {
  event: string;
  output: string;
  summary: string;
}

/**
 * The environment a runner gives the Action's process, and the files it names, in a fresh
 * temporary directory. scripts/bench.mjs uses it too, so the bench runs the Action the same way.
 */
export function runnerEnv(options: RunOptions): { env: Record<string, string>; files: RunnerFiles; workspace: string } {
  const dir = mkdtempSync(join(tmpdir(), 'claude-cost-run-'));
  const workspace = options.workspace ?? join(dir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(join(dir, 'temp'));
  const files = { event: join(dir, 'event.json'), output: join(dir, 'output'), summary: join(dir, 'summary.md') };
  writeFileSync(files.event, JSON.stringify(options.event ?? {}));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const inputs = { ...defaultInputs(options.token ?? ACTIONS_TOKEN), ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    TZ: 'UTC',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: `${options.fake.owner}/${options.fake.repo}`,
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_API_URL: options.fake.url,
    GITHUB_GRAPHQL_URL: `${options.fake.url}/graphql`,
    GITHUB_RUN_ID: options.runId ?? '4242',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: join(dir, 'temp'),
    // Real back-off and write spacing, a hundred times shorter.
    CLAUDE_COST_API_TIME_SCALE: options.timeScale ?? '0.01',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return { env, files, workspace };
}

export async function runBundle(bundle: string, options: RunOptions): Promise<RunResult> {
  const { env, files, workspace } = runnerEnv(options);
  const started = performance.now();
  // Asynchronous on purpose: the fake answers from this process while the child runs.
  const child = spawn(process.execPath, [bundle], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    ms: performance.now() - started,
  };
}

/** GITHUB_OUTPUT holds `name<<DELIM\nvalue\nDELIM` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (m === null) continue;
    const end = lines.indexOf(m[2] ?? '', i + 1);
    outputs[m[1] ?? ''] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}

export function pullRequestEvent(fake: FakeGitHub, pull: FakePull): unknown {
  return {
    action: 'synchronize',
    number: pull.number,
    pull_request: {
      number: pull.number,
      title: pull.title,
      head: { sha: pull.headSha, ref: pull.headRef, repo: { full_name: pull.headRepo } },
      base: { sha: pull.baseSha, ref: 'main', repo: { full_name: `${fake.owner}/${fake.repo}` } },
      labels: pull.labels.map((name) => ({ name })),
      changed_files: pull.files.length,
    },
    repository: { full_name: `${fake.owner}/${fake.repo}` },
  };
}

export const FIXTURES = join(repoRoot, 'test/fixtures/action');

export function fixture(path: string): Buffer {
  return readFileSync(join(FIXTURES, path));
}

export const RECORD_FILES = [
  'sessions/5b2e8c10-7d3a-4f61-9e05-2a8c4d6f1b93--feat-widgets-1a2b3c4d.json',
  'sessions/e91f04a7-3c58-4b2d-8a16-7f0e5d9c2b41--feat-widgets-1a2b3c4d.json',
] as const;

/** Puts the two fixture records on PR `number` under the default records path. */
export function addFixtureRecords(fake: FakeGitHub, number: number): void {
  for (const file of RECORD_FILES) fake.addPullFile(number, `.claude-cost/${file}`, fixture(file));
}
