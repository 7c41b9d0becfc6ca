import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import * as z from 'zod';
import { PullRequestPayloadSchema, pullRequestInfo, type PullRequestInfo } from '../github/pulls.js';

export type { PullRequestInfo };

/**
 * What the runner tells the Action about this run: environment variables and the event
 * payload. Read once, in main.ts, and passed down; nothing else reads `process.env`.
 */
export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  workspace: string;
  runnerTemp: string;
  apiUrl: string;
  graphqlUrl: string | undefined;
  /** Link to this workflow run, for the comment footer; undefined outside a runner. */
  runUrl: string | undefined;
  event: unknown;
}

export class ContextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContextError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

export function readRunContext(env: Env): RunContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
  if (match === null)
    throw new ContextError('GITHUB_REPOSITORY is not set to owner/name: is this running in GitHub Actions?');
  const workspace = absolute('GITHUB_WORKSPACE', env.GITHUB_WORKSPACE);
  const runnerTemp = absolute('RUNNER_TEMP', env.RUNNER_TEMP);
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const runId = env.GITHUB_RUN_ID;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    owner: match[1] ?? '',
    repo: match[2] ?? '',
    workspace,
    runnerTemp,
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    graphqlUrl: env.GITHUB_GRAPHQL_URL || undefined,
    runUrl: runId && /^\d+$/.test(runId) ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
    event: readEvent(env.GITHUB_EVENT_PATH),
  };
}

function absolute(name: string, value: string | undefined): string {
  if (value === undefined || value === '' || !isAbsolute(value)) {
    throw new ContextError(`${name} is not set to an absolute path: is this running in GitHub Actions?`);
  }
  return value;
}

function readEvent(path: string | undefined): unknown {
  if (path === undefined || path === '') return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    throw new ContextError(`GITHUB_EVENT_PATH (${path}) is not a readable JSON file`);
  }
}

/** The PR in a `pull_request` or `pull_request_target` payload, or undefined. */
export function pullRequestFromEvent(event: unknown): PullRequestInfo | undefined {
  const parsed = z.object({ pull_request: PullRequestPayloadSchema }).safeParse(event);
  return parsed.success ? pullRequestInfo(parsed.data.pull_request) : undefined;
}

export interface WorkflowRunInfo {
  headSha: string;
  headBranch: string;
  headOwner: string;
  /** Filled for same-repository PRs only: GitHub leaves it empty for forks. */
  pullRequestNumbers: number[];
}

export function workflowRunFromEvent(event: unknown): WorkflowRunInfo | undefined {
  const parsed = z
    .object({
      workflow_run: z.object({
        head_sha: z.string().regex(/^[0-9a-f]{40}$/),
        head_branch: z.string().max(255).nullable(),
        head_repository: z.object({ owner: z.object({ login: z.string().max(100) }) }).nullable(),
        pull_requests: z.array(z.object({ number: z.number().int().positive() })).default([]),
      }),
    })
    .safeParse(event);
  if (!parsed.success) return undefined;
  const run = parsed.data.workflow_run;
  return {
    headSha: run.head_sha,
    headBranch: run.head_branch ?? '',
    headOwner: run.head_repository?.owner.login ?? '',
    pullRequestNumbers: run.pull_requests.map((p) => p.number),
  };
}
