import { createGitHub, type GitHub, type Timing } from '../github/client.js';
import { findPullRequestByHead, getPullRequest, type PullRequestInfo } from '../github/pulls.js';
import type { Inputs } from '../inputs.js';
import { pullRequestFromEvent, workflowRunFromEvent, type RunContext } from './context.js';
import type { ActionIo, Outcome } from './io.js';
import { unsupportedEvent } from './messages.js';
import { runPeriod } from './run-period.js';
import { runPullRequest } from './run-pr.js';

const PR_EVENTS = ['pull_request', 'pull_request_target'];
/** Runs on the merge queue and on the default branch: the PR already had its check. */
const PASS_EVENTS = ['push', 'merge_group'];
const PERIOD_EVENTS = ['schedule', 'workflow_dispatch'];

export class UnsupportedRunError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedRunError';
  }
}

export interface RunOptions {
  /** Tests shorten the API back-off. */
  timing?: Partial<Timing>;
}

/** The Action's orchestrator: which flow this event gets, then that flow. */
export async function runAction(
  inputs: Inputs,
  context: RunContext,
  io: ActionIo,
  options: RunOptions = {},
): Promise<Outcome> {
  const event = context.eventName;
  const gh = () =>
    createGitHub({
      token: inputs.githubToken,
      baseUrl: context.apiUrl,
      graphqlUrl: context.graphqlUrl,
      owner: context.owner,
      repo: context.repo,
      log: io,
      timing: options.timing,
    });
  // An explicit `mode: period` runs on any event; `auto` picks it for the scheduled ones.
  if (inputs.mode === 'period' || (inputs.mode === 'auto' && PERIOD_EVENTS.includes(event))) {
    return runPeriod({ inputs, context, gh: gh(), io });
  }
  if (PASS_EVENTS.includes(event)) {
    io.notice(unsupportedEvent(event));
    return { failure: undefined };
  }
  if (!PR_EVENTS.includes(event) && event !== 'workflow_run') {
    if (inputs.mode === 'pr') {
      throw new UnsupportedRunError(
        `mode: pr runs on pull_request, pull_request_target or workflow_run events; this run is ${event || 'not an event'}.`,
      );
    }
    io.notice(unsupportedEvent(event));
    return { failure: undefined };
  }
  const client = gh();
  const pr = PR_EVENTS.includes(event)
    ? pullRequestFromEvent(context.event)
    : await pullRequestOfWorkflowRun(client, context.event);
  if (pr === undefined) {
    if (event === 'workflow_run') {
      io.notice('The workflow run that triggered this one belongs to no open pull request; nothing to report.');
      return { failure: undefined };
    }
    throw new UnsupportedRunError(`the ${event} event payload has no pull request`);
  }
  return runPullRequest({ inputs, context, pr, gh: client, io });
}

/**
 * The two-workflow setup: a `pull_request` workflow (read-only token on forks) is the check, and
 * a `workflow_run` workflow with a write token comments. GitHub lists the run's PRs only for
 * same-repository branches, so forks are found by head owner, branch and SHA.
 */
async function pullRequestOfWorkflowRun(gh: GitHub, event: unknown): Promise<PullRequestInfo | undefined> {
  const run = workflowRunFromEvent(event);
  if (run === undefined) return undefined;
  const number =
    run.pullRequestNumbers[0] ??
    (run.headOwner !== '' && run.headBranch !== ''
      ? await findPullRequestByHead(gh, { owner: run.headOwner, branch: run.headBranch, sha: run.headSha })
      : undefined);
  if (number === undefined) return undefined;
  const pr = await getPullRequest(gh, number);
  // The PR may have moved on since that run; report on the commit the check ran on.
  return { ...pr, headSha: run.headSha };
}
