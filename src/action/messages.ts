import type { PullRequestInfo } from '../github/pulls.js';

/** Text a user reads when the Action cannot do all it was asked; our own words, never data. */

export function commentNotPermitted(pr: PullRequestInfo, eventName: string): string {
  const rest = 'The report is in this job summary and the budget gate still applies.';
  if (pr.isFork && eventName === 'pull_request') {
    return (
      'claude-cost could not comment: GitHub gives pull_request runs from forks a read-only token. ' +
      `${rest} To comment on fork PRs, run claude-cost on pull_request_target (it reads the records through the API and never checks out or runs the PR's code), ` +
      'or keep this workflow as the check and add a second workflow on workflow_run with pull-requests: write that runs claude-cost with fail-on: never. The README shows both.'
    );
  }
  return `claude-cost could not comment: the token may not write to pull requests. ${rest} Give the job permissions: pull-requests: write (and contents: read).`;
}

export function unsupportedEvent(eventName: string): string {
  return `claude-cost reports on pull requests; nothing to do for a ${eventName || 'local'} event.`;
}

export function issueNotPermitted(outputDir: string): string {
  return (
    `claude-cost could not create or edit the period report issue: the token may not write issues. The report is in this job summary and in the files in ${outputDir}. ` +
    'Give the job permissions: issues: write (and contents: read), or upload the files as an artifact.'
  );
}

export function shallowCheckout(): string {
  return 'The checkout is shallow, so records that landed before its first commit are not attributed to PRs: give actions/checkout fetch-depth: 0.';
}
