import { describe, expect, it } from 'vitest';
import { fakeSha, FakeGitHub, READ_ONLY_TOKEN } from '../github/fake-github.js';
import { addFixtureRecords, pullRequestEvent, runBundle, useActionSuite } from './harness.js';

let bundle: string;
let fake: FakeGitHub;
useActionSuite((b, f) => {
  bundle = b;
  fake = f;
});

function pullWithRecords(overrides: { headRepo?: string } = {}) {
  const pull = fake.addPull({ number: 3, headSha: fakeSha('h'), baseSha: fakeSha('b'), ...overrides });
  addFixtureRecords(fake, pull.number);
  return pull;
}

describe('GitHub API faults', () => {
  it('writes the summary and warns with the setups that work when a fork PR token cannot comment (403)', async () => {
    const pull = pullWithRecords({ headRepo: 'mallory/widgets' });
    const result = await runBundle(bundle, { fake, token: READ_ONLY_TOKEN, event: pullRequestEvent(fake, pull) });
    expect(result.code).toBe(0);
    expect(fake.commentsOn(3)).toHaveLength(0);
    expect(result.stdout).toMatch(
      /::warning::claude-cost could not comment: GitHub gives pull_request runs from forks a read-only token\..*pull_request_target.*workflow_run/,
    );
    expect(result.summary).toContain('### Claude Code cost: $2.32');
    expect(result.summary).toContain('> [!WARNING]\n> claude-cost could not comment');
    expect(result.outputs['comment-id']).toBe('');
    expect(result.outputs['total-cost-usd']).toMatch(/^2\.32/);
  });

  it('posts a shorter body when GitHub answers 422 (body too long)', async () => {
    const pull = pullWithRecords();
    fake.putFile(pull.baseSha, '.github/claude-cost.yml', 'budgets:\n  default:\n    perPr: { usd: 2 }\n');
    fake.fail({ method: 'POST', path: /\/issues\/3\/comments$/, status: 422, times: 1, message: 'Validation Failed' });
    const result = await runBundle(bundle, { fake, event: pullRequestEvent(fake, pull) });
    const body = fake.commentsOn(3)[0]?.body ?? '';
    expect(body).toContain('### Claude Code cost: $2.32');
    expect(body).toContain('The full report is too long for a comment; it is in the job summary of the [workflow run]');
    expect(body).not.toContain('#### By session');
    // The verdict survives the shortening, with the policy's reason for it.
    expect(body).toContain('· **over budget**');
    expect(body).toMatch(/\n- .*\$2\.00.*\n/);
    expect(result.code).toBe(1);
  });

  it('retries a 500 and carries on', async () => {
    const pull = pullWithRecords();
    fake.fail({ method: 'GET', path: /\/pulls\/3\/files$/, status: 500, times: 1 });
    fake.fail({ method: 'POST', path: /\/issues\/3\/comments$/, status: 502, times: 1 });
    const result = await runBundle(bundle, { fake, event: pullRequestEvent(fake, pull) });
    expect(result.code, result.stdout).toBe(0);
    expect(fake.requests.filter((r) => r.path.endsWith('/pulls/3/files')).map((r) => r.status)).toEqual([500, 200]);
    expect(fake.commentsOn(3)).toHaveLength(1);
  });

  it('waits out a secondary rate limit (403 with retry-after) and retries', async () => {
    const pull = pullWithRecords();
    fake.fail({
      method: 'POST',
      path: /\/issues\/3\/comments$/,
      status: 403,
      times: 1,
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': '1' },
    });
    // Real timing here: the retry must wait the second GitHub asked for.
    const result = await runBundle(bundle, { fake, event: pullRequestEvent(fake, pull), timeScale: '1' });
    expect(result.code, result.stdout).toBe(0);
    expect(result.ms).toBeGreaterThan(1000);
    expect(result.stdout).toContain(
      'GitHub secondary rate limit on POST /repos/{owner}/{repo}/issues/{issue_number}/comments: retrying after 1s',
    );
    expect(
      fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments')).map((r) => r.status),
    ).toEqual([403, 201]);
    expect(fake.commentsOn(3)).toHaveLength(1);
  });

  it('fails after the summary and outputs when GitHub keeps failing', async () => {
    const pull = pullWithRecords();
    fake.fail({ method: 'POST', path: /\/issues\/3\/comments$/, status: 500, times: 10 });
    const result = await runBundle(bundle, { fake, event: pullRequestEvent(fake, pull) });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::HttpError: Injected fault');
    expect(result.summary).toContain('### Claude Code cost: $2.32');
    expect(result.outputs['total-cost-usd']).toMatch(/^2\.32/);
    // One try and three retries.
    expect(fake.countRequests('POST', /\/issues\/3\/comments$/)).toBe(4);
  }, 30_000);
});
